import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  passwordChangeSchema,
  userCreateSchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
  userUpdateSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });

/** People: anyone signed in may list them (owner pickers); admins manage them. */
export function usersRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/users', {
      config: { access: 'viewer' },
      schema: {
        tags: ['users'],
        summary: 'List users, filtered by role and archived',
        querystring: userListQuerySchema,
        response: { 200: userListSchema },
      },
      handler: async (request) => services.users.list(callerOf(request), request.query),
    });

    app.post('/api/users', {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Add a user, with an initial password or none (then they cannot sign in yet)',
        body: userCreateSchema,
        response: { 201: userSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.users.create(callerOf(request), request.body)),
    });

    app.post('/api/users/me/password', {
      // Any signed-in person, never a token. Guesses of the current password are limited per
      // user, counted after sign-in is checked.
      config: {
        access: 'person',
        rateLimit: {
          max: 10,
          timeWindow: '15 minutes',
          hook: 'preHandler',
          keyGenerator: (request) => request.caller?.userId ?? request.ip,
        },
      },
      schema: {
        tags: ['users'],
        summary: 'Change your own password; your other sessions end',
        body: passwordChangeSchema,
        response: { 204: z.null() },
      },
      handler: async (request, reply) => {
        await services.users.changePassword(callerOf(request), request.body);
        return reply.status(204).send(null);
      },
    });

    app.get('/api/users/:id', {
      config: { access: 'viewer' },
      schema: { tags: ['users'], summary: 'One user', params, response: { 200: userSchema } },
      handler: async (request) => services.users.get(callerOf(request), request.params.id),
    });

    app.patch('/api/users/:id', {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary: "Change a user's name, email or role (the last admin stays an admin)",
        params,
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
      handler: async (request) =>
        services.users.update(callerOf(request), request.params.id, request.body),
    });

    app.post('/api/users/:id/archive', {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Archive a user: signed out, cannot sign in, their API tokens stop working',
        params,
        response: { 200: userSchema },
      },
      handler: async (request) => services.users.archive(callerOf(request), request.params.id),
    });

    app.post('/api/users/:id/restore', {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Restore an archived user',
        params,
        response: { 200: userSchema },
      },
      handler: async (request) => services.users.restore(callerOf(request), request.params.id),
    });
  };
}
