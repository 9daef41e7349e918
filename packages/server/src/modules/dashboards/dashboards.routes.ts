import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dashboardCreateSchema,
  dashboardListQuerySchema,
  dashboardListSchema,
  dashboardSchema,
  dashboardUpdateSchema,
  idSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });
const tags = ['dashboards'];

/** Named dashboards: anyone signed in reads them; editors define, change, archive and restore them. */
export function dashboardsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/dashboards', {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'List dashboards (paged, sorted, filtered)',
        querystring: dashboardListQuerySchema,
        response: { 200: dashboardListSchema },
      },
      handler: async (request) => services.dashboards.list(callerOf(request), request.query),
    });

    app.post('/api/dashboards', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Create a dashboard of chosen, ordered KPI cards (audited)',
        body: dashboardCreateSchema,
        response: { 201: dashboardSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.dashboards.create(callerOf(request), request.body)),
    });

    app.get('/api/dashboards/:id', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'A dashboard', params, response: { 200: dashboardSchema } },
      handler: async (request) => services.dashboards.get(callerOf(request), request.params.id),
    });

    app.patch('/api/dashboards/:id', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Change a dashboard; kpiIds given replace the cards, in the order given (audited)',
        params,
        body: dashboardUpdateSchema,
        response: { 200: dashboardSchema },
      },
      handler: async (request) =>
        services.dashboards.update(callerOf(request), request.params.id, request.body),
    });

    app.post('/api/dashboards/:id/archive', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Archive a dashboard: hidden from lists, kept with its history',
        params,
        response: { 200: dashboardSchema },
      },
      handler: async (request) => services.dashboards.archive(callerOf(request), request.params.id),
    });

    app.post('/api/dashboards/:id/restore', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Restore an archived dashboard',
        params,
        response: { 200: dashboardSchema },
      },
      handler: async (request) => services.dashboards.restore(callerOf(request), request.params.id),
    });
  };
}
