import { z } from 'zod';
import { idSchema, requiredText, timestampSchema } from './common';

/** read: GET only; write: also pushes data points and edits what the creating user may edit. */
export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export const apiTokenScopeSchema = z.enum(API_TOKEN_SCOPES, { error: 'must be read or write' });
export type ApiTokenScope = z.infer<typeof apiTokenScopeSchema>;

export const apiTokenCreateSchema = z.object({
  name: requiredText(120),
  scope: apiTokenScopeSchema.default('read'),
  /** Never expires when left out. */
  expiresAt: timestampSchema.nullable().default(null),
});
export type ApiTokenCreate = z.infer<typeof apiTokenCreateSchema>;

/** A token as listed: the secret itself is never stored, only its hash and a recognisable prefix. */
export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  scope: apiTokenScopeSchema,
  /** The first characters of the secret, so people can tell their tokens apart. */
  prefix: z.string(),
  createdBy: idSchema.nullable(),
  createdAt: timestampSchema,
  expiresAt: timestampSchema.nullable(),
  lastUsedAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** The answer to creating a token: the only time its secret is shown. */
export const apiTokenCreatedSchema = apiTokenSchema.extend({ secret: z.string() });
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;
