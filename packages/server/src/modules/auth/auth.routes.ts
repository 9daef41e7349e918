import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionSchema, signInRequestSchema, signInResponseSchema } from '@vitals/core';
import { unauthenticated } from '../../http/problem';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../../http/session-cookie';
import type { Services } from '../../services';
import { UsersRepository } from '../users/users.repository';

/** Sign-in with email and password, sign-out, and who am I. */
export function authRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/auth/sign-in', {
      config: {
        access: 'public',
        // Per address and email: slows guessing without letting one attacker lock everyone out.
        rateLimit: {
          max: 10,
          timeWindow: '15 minutes',
          // Counted once the body is parsed (not at onRequest), so the key can hold the email.
          hook: 'preValidation',
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: signInRequestSchema,
        response: { 200: signInResponseSchema },
      },
      handler: async (request, reply) => {
        const signedIn = await services.auth.signIn(request.body.email, request.body.password);
        setSessionCookie(reply, request, signedIn.sessionSecret, signedIn.expiresAt);
        return { csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
      },
    });

    app.post('/api/auth/sign-out', {
      config: { access: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out and end the session',
        response: { 204: z.null() },
      },
      handler: async (request, reply) => {
        const secret = request.cookies[SESSION_COOKIE];
        if (secret) await services.auth.signOut(secret);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    });

    app.get('/api/auth/session', {
      config: { access: 'person' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, the workspace and the CSRF token',
        response: { 200: sessionSchema },
      },
      handler: async (request) => {
        const caller = request.caller;
        if (!caller || caller.kind !== 'session' || !caller.csrfToken)
          throw unauthenticated('Sign in first');
        const user = await new UsersRepository(services.deps.db).byId(
          caller.workspaceId,
          caller.userId,
        );
        if (!user) throw unauthenticated('Sign in first');
        return {
          user,
          workspace: await services.workspace.get(caller.workspaceId),
          csrfToken: caller.csrfToken,
        };
      },
    });
  };
}
