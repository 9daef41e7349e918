import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  invitationAcceptSchema,
  invitationCreatedSchema,
  invitationPreviewSchema,
  invitationTokenSchema,
  signInResponseSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import { setSessionCookie } from '../../http/session-cookie';
import type { Services } from '../../services';

/** Links are 256-bit secrets; the limit only keeps a script from hammering the routes. */
const rateLimit = { max: 30, timeWindow: '15 minutes' };

/** Invitation links: admins make them; whoever holds one sets their password with it. */
export function invitationsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/users/:id/invitations', {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary:
          'Make a one-time link for a person to set their own password (replaces their earlier links; also a password reset)',
        params: z.object({ id: idSchema }),
        response: { 201: invitationCreatedSchema },
      },
      handler: async (request, reply) =>
        reply
          .status(201)
          .send(await services.invitations.create(callerOf(request), request.params.id)),
    });

    app.get('/api/invitations/:token', {
      config: { access: 'public', rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Who an invitation link is for, while it can be used',
        params: z.object({ token: invitationTokenSchema }),
        response: { 200: invitationPreviewSchema },
      },
      handler: async (request) => services.invitations.preview(request.params.token),
    });

    app.post('/api/invitations/accept', {
      config: { access: 'public', rateLimit },
      schema: {
        tags: ['auth'],
        summary:
          'Set your password with an invitation link; signs you in (sets the session cookie)',
        body: invitationAcceptSchema,
        response: { 200: signInResponseSchema },
      },
      handler: async (request, reply) => {
        const signedIn = await services.invitations.accept(request.body);
        setSessionCookie(reply, request, signedIn.sessionSecret, signedIn.expiresAt);
        return { csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
      },
    });
  };
}
