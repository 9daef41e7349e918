import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  kpiCreateSchema,
  kpiListQuerySchema,
  kpiListSchema,
  kpiSchema,
  kpiUpdateSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });
const tags = ['kpis'];

/** KPIs: anyone signed in reads them; editors define, change, archive and restore them. */
export function kpisRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/kpis', {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'List KPIs (paged, filtered, sorted)',
        querystring: kpiListQuerySchema,
        response: { 200: kpiListSchema },
      },
      handler: async (request) => services.kpis.list(callerOf(request), request.query),
    });

    app.post('/api/kpis', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Define a KPI on a metric (audited)',
        body: kpiCreateSchema,
        response: { 201: kpiSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.kpis.create(callerOf(request), request.body)),
    });

    app.get('/api/kpis/:id', {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'A KPI with its guardrail and leading KPIs',
        params,
        response: { 200: kpiSchema },
      },
      handler: async (request) => services.kpis.get(callerOf(request), request.params.id),
    });

    app.patch('/api/kpis/:id', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Change a KPI; links given are replaced whole (audited)',
        params,
        body: kpiUpdateSchema,
        response: { 200: kpiSchema },
      },
      handler: async (request) =>
        services.kpis.update(callerOf(request), request.params.id, request.body),
    });

    app.post('/api/kpis/:id/archive', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Archive a KPI: hidden from lists, kept with its history',
        params,
        response: { 200: kpiSchema },
      },
      handler: async (request) => services.kpis.archive(callerOf(request), request.params.id),
    });

    app.post('/api/kpis/:id/restore', {
      config: { access: 'editor' },
      schema: { tags, summary: 'Restore an archived KPI', params, response: { 200: kpiSchema } },
      handler: async (request) => services.kpis.restore(callerOf(request), request.params.id),
    });
  };
}
