import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkInCreateSchema,
  checkInListQuerySchema,
  checkInListSchema,
  checkInSchema,
  checkInUpdateSchema,
  idSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });
const tags = ['check-ins'];

/**
 * Check-ins: anyone signed in reads them. Writing is `contributor` access: the service lets
 * editors and admins through, and viewers only on KPIs they own (or check-ins they wrote).
 */
export function checkInsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/kpis/:id/check-ins', {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: "A KPI's check-ins, newest first",
        params,
        querystring: checkInListQuerySchema,
        response: { 200: checkInListSchema },
      },
      handler: async (request) =>
        services.checkIns.listOfKpi(callerOf(request), request.params.id, request.query),
    });

    app.post('/api/check-ins', {
      config: { access: 'contributor' },
      schema: {
        tags,
        summary:
          "Check in on a KPI for a period of its review cadence (editors, or the KPI's owner)",
        body: checkInCreateSchema,
        response: { 201: checkInSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.checkIns.create(callerOf(request), request.body)),
    });

    app.get('/api/check-ins/:id', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'One check-in', params, response: { 200: checkInSchema } },
      handler: async (request) => services.checkIns.get(callerOf(request), request.params.id),
    });

    app.patch('/api/check-ins/:id', {
      config: { access: 'contributor' },
      schema: {
        tags,
        summary: 'Correct a check-in (its author or an editor; audited)',
        params,
        body: checkInUpdateSchema,
        response: { 200: checkInSchema },
      },
      handler: async (request) =>
        services.checkIns.update(callerOf(request), request.params.id, request.body),
    });
  };
}
