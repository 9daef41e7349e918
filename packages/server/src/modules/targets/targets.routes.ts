import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  kpiTargetCreateSchema,
  kpiTargetListSchema,
  kpiTargetSchema,
  kpiTargetUpdateSchema,
  targetHistorySchema,
  targetResolutionSchema,
  targetResolveQuerySchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });
const tags = ['targets'];

/** A KPI's targets: anyone signed in reads them; editors set, change and delete them (audited). */
export function targetsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/kpis/:id/targets', {
      config: { access: 'viewer' },
      schema: { tags, summary: "A KPI's targets", params, response: { 200: kpiTargetListSchema } },
      handler: async (request) => ({
        items: await services.targets.listOfKpi(callerOf(request), request.params.id),
      }),
    });

    app.get('/api/kpis/:id/targets/resolve', {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'The target of each period in a range, and which stored target set it',
        params,
        querystring: targetResolveQuerySchema,
        response: { 200: targetResolutionSchema },
      },
      handler: async (request) =>
        services.targets.resolve(callerOf(request), request.params.id, request.query),
    });

    app.get('/api/kpis/:id/targets/history', {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: "Every change of a KPI's targets (before, after, who, when), newest first",
        params,
        response: { 200: targetHistorySchema },
      },
      handler: async (request) => ({
        items: await services.targets.history(callerOf(request), request.params.id),
      }),
    });

    app.post('/api/targets', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Set a target: a standing value, one period, or a phased horizon total',
        body: kpiTargetCreateSchema,
        response: { 201: kpiTargetSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.targets.create(callerOf(request), request.body)),
    });

    app.get('/api/targets/:id', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'One target', params, response: { 200: kpiTargetSchema } },
      handler: async (request) => services.targets.get(callerOf(request), request.params.id),
    });

    app.patch('/api/targets/:id', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: "Change a target's value, phasing, basis or note (audited)",
        params,
        body: kpiTargetUpdateSchema,
        response: { 200: kpiTargetSchema },
      },
      handler: async (request) =>
        services.targets.update(callerOf(request), request.params.id, request.body),
    });

    app.delete('/api/targets/:id', {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Delete a target; the audit log keeps what it was',
        params,
        response: { 204: z.null() },
      },
      handler: async (request, reply) => {
        await services.targets.delete(callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
