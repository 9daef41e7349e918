import { z } from 'zod';
import { idSchema, requiredText, storedFields, timestampSchema } from './common';
import { archivedFilterSchema, listQuerySchema, listResponseSchema } from './pagination';

/** admin: everything; editor: definitions and data; viewer: read. */
export const USER_ROLES = ['admin', 'editor', 'viewer'] as const;
export const userRoleSchema = z.enum(USER_ROLES, { error: 'must be admin, editor or viewer' });
export type UserRole = z.infer<typeof userRoleSchema>;

/** Emails are compared case-insensitively, so they are kept in lower case. */
export const emailSchema = z
  .email({ error: 'must be an email address such as ada@example.com' })
  .max(254, { error: 'must be at most 254 characters' })
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: 'must be text' })
  .min(12, { error: 'must be at least 12 characters' })
  .max(256, { error: 'must be at most 256 characters' });

const userFields = z.object({
  email: emailSchema,
  name: requiredText(120),
  role: userRoleSchema,
});

/** Without a password the user cannot sign in until one is set. */
export const userCreateSchema = z.object({
  ...userFields.shape,
  role: userRoleSchema.default('viewer'),
  password: passwordSchema.optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = userFields.partial();
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** What the API shows of a user: never the password hash. */
export const userSchema = z.object({
  ...storedFields,
  workspaceId: idSchema,
  ...userFields.shape,
  archivedAt: timestampSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

/** `GET /api/users`: paging, sort and filters; any signed-in user may list people (owner pickers). */
export const userListQuerySchema = listQuerySchema(['name', 'email'], {
  role: userRoleSchema.optional(),
  archived: archivedFilterSchema,
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userListSchema = listResponseSchema(userSchema);

/** `POST /api/users/me/password`: the current password proves it is the user asking. */
export const passwordChangeSchema = z.object({
  currentPassword: z
    .string({ error: 'must be text' })
    .min(1, { error: 'is required' })
    .max(256, { error: 'must be at most 256 characters' }),
  newPassword: passwordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
