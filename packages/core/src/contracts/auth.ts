import { z } from 'zod';
import { requiredText } from './common';
import { emailSchema, passwordSchema, userSchema } from './user';
import { workspaceCreateSchema, workspaceSchema } from './workspace';

/** GET /api/setup: whether the workspace exists yet. */
export const setupStateSchema = z.object({ setUp: z.boolean() });
export type SetupState = z.infer<typeof setupStateSchema>;

/** POST /api/setup: the token of the printed setup link, the workspace and its first admin. */
export const setupRequestSchema = z.object({
  token: z.string().min(1, { error: 'is the token from the setup link' }),
  workspace: workspaceCreateSchema,
  admin: z.object({ name: requiredText(120), email: emailSchema, password: passwordSchema }),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;
export type SetupRequestInput = z.input<typeof setupRequestSchema>;

/** The answer to setup: the admin is signed in (cookie set) and gets the CSRF token. */
export const setupResponseSchema = z.object({ workspace: workspaceSchema, csrfToken: z.string() });
export type SetupResponse = z.infer<typeof setupResponseSchema>;

/** POST /api/auth/sign-in. */
export const signInRequestSchema = z.object({
  email: z.string().min(1, { error: 'is required' }).max(254),
  password: z.string().min(1, { error: 'is required' }).max(256),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const signInResponseSchema = z.object({ csrfToken: z.string(), expiresAt: z.string() });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** GET /api/auth/session: who is signed in, their workspace, and the token writes must echo. */
export const sessionSchema = z.object({
  user: userSchema,
  workspace: workspaceSchema,
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;
