import {
  apiTokenCreateSchema,
  apiTokenCreatedSchema,
  apiTokenSchema,
  type ApiToken,
  type ApiTokenCreated,
} from '@vitals/core';
import { z } from 'zod';
import { apiRequest } from './client';
import { errorFromZod } from './problem';

const tokenListSchema = z.object({ items: z.array(apiTokenSchema) });

export async function fetchTokens(): Promise<ApiToken[]> {
  return (await apiRequest('GET', '/api/tokens', { schema: tokenListSchema })).items;
}

/** The answer holds the secret: the only time it is ever shown. */
export function createToken(input: z.input<typeof apiTokenCreateSchema>): Promise<ApiTokenCreated> {
  const checked = apiTokenCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/tokens', { schema: apiTokenCreatedSchema, body: checked.data });
}

export function revokeToken(id: string): Promise<ApiToken> {
  return apiRequest('POST', `/api/tokens/${encodeURIComponent(id)}/revoke`, {
    schema: apiTokenSchema,
  });
}
