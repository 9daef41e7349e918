import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenCreateSchema,
  apiTokenCreatedSchema,
  apiTokenSchema,
  idSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });

/** Admins manage the workspace's API tokens. */
export function tokensRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/tokens', {
      config: { access: 'admin' },
      schema: {
        tags: ['tokens'],
        summary: 'List API tokens (never their secrets)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
      handler: async (request) => ({ items: await services.tokens.list(callerOf(request)) }),
    });
    app.post('/api/tokens', {
      config: { access: 'admin' },
      schema: {
        tags: ['tokens'],
        summary: 'Create a token; the answer is the only time its secret is shown',
        body: apiTokenCreateSchema,
        response: { 201: apiTokenCreatedSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.tokens.create(callerOf(request), request.body)),
    });
    app.post('/api/tokens/:id/revoke', {
      config: { access: 'admin' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke a token at once',
        params,
        response: { 200: apiTokenSchema },
      },
      handler: async (request) => services.tokens.revoke(callerOf(request), request.params.id),
    });
  };
}
