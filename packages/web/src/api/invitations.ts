import {
  invitationAcceptSchema,
  invitationCreatedSchema,
  invitationPreviewSchema,
  signInResponseSchema,
  type InvitationCreated,
  type InvitationPreview,
} from '@vitals/core';
import { apiRequest, setCsrfToken } from './client';
import { errorFromZod } from './problem';

/** A one-time link for a person to set their password (admins); replaces their older links. */
export function createInvitation(userId: string): Promise<InvitationCreated> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(userId)}/invitations`, {
    schema: invitationCreatedSchema,
  });
}

export function fetchInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiRequest('GET', `/api/invitations/${encodeURIComponent(token)}`, {
    schema: invitationPreviewSchema,
    signal,
  });
}

/** Sets the password with the link and signs the person in. */
export async function acceptInvitation(token: string, password: string): Promise<void> {
  const checked = invitationAcceptSchema.safeParse({ token, password });
  if (!checked.success) throw errorFromZod(checked.error);
  const answer = await apiRequest('POST', '/api/invitations/accept', {
    schema: signInResponseSchema,
    body: checked.data,
  });
  setCsrfToken(answer.csrfToken);
}
