import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setupRequestSchema, setupResponseSchema, setupStateSchema } from '@vitals/core';
import { setSessionCookie } from '../../http/session-cookie';
import type { Services } from '../../services';

/** First start: is Vitals set up, and create the workspace with its admin. */
export function setupRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/setup', {
      config: { access: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Whether the workspace exists yet',
        response: { 200: setupStateSchema },
      },
      handler: async () => ({ setUp: await services.setup.isSetUp() }),
    });

    app.post('/api/setup', {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '15 minutes' } },
      schema: {
        tags: ['setup'],
        summary: 'Create the workspace and its admin with the token of the setup link',
        body: setupRequestSchema,
        response: { 201: setupResponseSchema },
      },
      handler: async (request, reply) => {
        const { workspace } = await services.setup.complete(request.body);
        const signedIn = await services.auth.signIn(
          request.body.admin.email,
          request.body.admin.password,
        );
        setSessionCookie(reply, request, signedIn.sessionSecret, signedIn.expiresAt);
        return reply.status(201).send({ workspace, csrfToken: signedIn.csrfToken });
      },
    });
  };
}
