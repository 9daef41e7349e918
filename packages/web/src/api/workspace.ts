import {
  workspaceSchema,
  workspaceUpdateSchema,
  type Workspace,
  type WorkspaceUpdate,
} from '@vitals/core';
import { apiRequest } from './client';
import { errorFromZod } from './problem';

export function fetchWorkspace(): Promise<Workspace> {
  return apiRequest('GET', '/api/workspace', { schema: workspaceSchema });
}

/** Sends only the fields given; the server audits the change. */
export function updateWorkspace(update: WorkspaceUpdate): Promise<Workspace> {
  const checked = workspaceUpdateSchema.safeParse(update);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('PATCH', '/api/workspace', { schema: workspaceSchema, body: checked.data });
}
