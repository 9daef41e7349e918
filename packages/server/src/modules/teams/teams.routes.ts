import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  membershipSetSchema,
  teamCreateSchema,
  teamListQuerySchema,
  teamListSchema,
  teamMemberListQuerySchema,
  teamMemberListSchema,
  teamMemberSchema,
  teamSchema,
  teamUpdateSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });
const memberParams = z.object({ id: idSchema, userId: idSchema });

/** The team tree and who is in each team: anyone signed in reads, admins change. */
export function teamsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/teams', {
      config: { access: 'viewer' },
      schema: {
        tags: ['teams'],
        summary: 'List teams, filtered by parent, level and archived',
        querystring: teamListQuerySchema,
        response: { 200: teamListSchema },
      },
      handler: async (request) => services.teams.list(callerOf(request), request.query),
    });

    app.post('/api/teams', {
      config: { access: 'admin' },
      schema: {
        tags: ['teams'],
        summary: 'Create a company, department or team',
        body: teamCreateSchema,
        response: { 201: teamSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.teams.create(callerOf(request), request.body)),
    });

    app.get('/api/teams/:id', {
      config: { access: 'viewer' },
      schema: { tags: ['teams'], summary: 'One team', params, response: { 200: teamSchema } },
      handler: async (request) => services.teams.get(callerOf(request), request.params.id),
    });

    app.patch('/api/teams/:id', {
      config: { access: 'admin' },
      schema: {
        tags: ['teams'],
        summary: 'Rename a team, change its level or move it under another parent',
        params,
        body: teamUpdateSchema,
        response: { 200: teamSchema },
      },
      handler: async (request) =>
        services.teams.update(callerOf(request), request.params.id, request.body),
    });

    app.post('/api/teams/:id/archive', {
      config: { access: 'admin' },
      schema: {
        tags: ['teams'],
        summary: 'Archive a team without sub-teams in use',
        params,
        response: { 200: teamSchema },
      },
      handler: async (request) => services.teams.archive(callerOf(request), request.params.id),
    });

    app.post('/api/teams/:id/restore', {
      config: { access: 'admin' },
      schema: {
        tags: ['teams'],
        summary: 'Restore an archived team',
        params,
        response: { 200: teamSchema },
      },
      handler: async (request) => services.teams.restore(callerOf(request), request.params.id),
    });

    app.get('/api/teams/:id/members', {
      config: { access: 'viewer' },
      schema: {
        tags: ['teams'],
        summary: "A team's members with their role",
        params,
        querystring: teamMemberListQuerySchema,
        response: { 200: teamMemberListSchema },
      },
      handler: async (request) =>
        services.memberships.list(callerOf(request), request.params.id, request.query),
    });

    app.put('/api/teams/:id/members/:userId', {
      config: { access: 'admin' },
      schema: {
        tags: ['teams'],
        summary: 'Add a user to a team as lead or member, or change their role',
        params: memberParams,
        body: membershipSetSchema,
        response: { 200: teamMemberSchema, 201: teamMemberSchema },
      },
      handler: async (request, reply) => {
        const { member, created } = await services.memberships.set(
          callerOf(request),
          request.params.id,
          request.params.userId,
          request.body.role,
        );
        return reply.status(created ? 201 : 200).send(member);
      },
    });

    app.delete('/api/teams/:id/members/:userId', {
      config: { access: 'admin' },
      schema: {
        tags: ['teams'],
        summary: 'Remove a user from a team',
        params: memberParams,
        response: { 204: z.null() },
      },
      handler: async (request, reply) => {
        await services.memberships.remove(
          callerOf(request),
          request.params.id,
          request.params.userId,
        );
        return reply.status(204).send(null);
      },
    });
  };
}
