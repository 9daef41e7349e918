import {
  userCreateSchema,
  userListSchema,
  userSchema,
  userUpdateSchema,
  type User,
  type UserUpdate,
} from '@vitals/core';
import type { z } from 'zod';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
import { withQuery } from './query-string';

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

/** Everyone in the workspace, archived people included (Settings shows both). */
export async function fetchAllUsers(signal?: AbortSignal): Promise<User[]> {
  const all: User[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiRequest(
      'GET',
      withQuery('/api/users', { limit: 500, cursor, archived: 'all', sort: 'name' }),
      { schema: userListSchema, signal },
    );
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export type UserCreateInput = z.input<typeof userCreateSchema>;

/** Adds a user (admins); with a password they can sign in at once. */
export function createUser(input: UserCreateInput): Promise<User> {
  const checked = userCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/users', { schema: userSchema, body: checked.data });
}

export function updateUser(id: string, update: UserUpdate): Promise<User> {
  const checked = userUpdateSchema.safeParse(update);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('PATCH', path(id), { schema: userSchema, body: checked.data });
}

export function archiveUser(id: string): Promise<User> {
  return apiRequest('POST', `${path(id)}/archive`, { schema: userSchema });
}

export function restoreUser(id: string): Promise<User> {
  return apiRequest('POST', `${path(id)}/restore`, { schema: userSchema });
}
