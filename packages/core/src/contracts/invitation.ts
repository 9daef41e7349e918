import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { emailSchema, passwordSchema } from './user';

/** Invitation secrets are URL-safe base64 with a prefix: `vi_` and 43 characters. */
export const invitationTokenSchema = z
  .string({ error: 'must be text' })
  .regex(/^vi_[A-Za-z0-9_-]{43}$/, { error: 'is not an invitation token (copy the whole link)' });

/**
 * `POST /api/users/:id/invitations` (admins): a one-time link for the person to set their own
 * password. It replaces any earlier open link of theirs, so it also serves as a password reset.
 * The secret is shown only in this answer.
 */
export const invitationCreatedSchema = z.object({
  id: idSchema,
  userId: idSchema,
  token: invitationTokenSchema,
  /** Path of the web app's page that accepts it; prefix it with the server's address. */
  path: z.string(),
  expiresAt: timestampSchema,
});
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;

/** `GET /api/invitations/:token`: who the link is for, before they choose a password. */
export const invitationPreviewSchema = z.object({
  email: emailSchema,
  name: z.string(),
  workspaceName: z.string(),
  expiresAt: timestampSchema,
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** `POST /api/invitations/accept`: sets the password and signs the person in. */
export const invitationAcceptSchema = z.object({
  token: invitationTokenSchema,
  password: passwordSchema,
});
export type InvitationAccept = z.infer<typeof invitationAcceptSchema>;
