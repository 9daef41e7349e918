import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  metricCreateSchema,
  metricListQuerySchema,
  metricListSchema,
  metricSchema,
  metricUpdateSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });

/** Metric definitions: anyone signed in reads, editors change. */
export function metricsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/metrics', {
      config: { access: 'viewer' },
      schema: {
        tags: ['metrics'],
        summary: 'List metrics, filtered by source, aggregation, archived and search text',
        querystring: metricListQuerySchema,
        response: { 200: metricListSchema },
      },
      handler: async (request) => services.metrics.list(callerOf(request), request.query),
    });

    app.post('/api/metrics', {
      config: { access: 'editor' },
      schema: {
        tags: ['metrics'],
        summary: 'Define a metric; a formula metric reads other metrics by key',
        body: metricCreateSchema,
        response: { 201: metricSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.metrics.create(callerOf(request), request.body)),
    });

    app.get('/api/metrics/:id', {
      config: { access: 'viewer' },
      schema: { tags: ['metrics'], summary: 'One metric', params, response: { 200: metricSchema } },
      handler: async (request) => services.metrics.get(callerOf(request), request.params.id),
    });

    app.patch('/api/metrics/:id', {
      config: { access: 'editor' },
      schema: {
        tags: ['metrics'],
        summary: 'Change a metric (aggregation and base grain only while it has no data points)',
        params,
        body: metricUpdateSchema,
        response: { 200: metricSchema },
      },
      handler: async (request) =>
        services.metrics.update(callerOf(request), request.params.id, request.body),
    });

    app.post('/api/metrics/:id/archive', {
      config: { access: 'editor' },
      schema: {
        tags: ['metrics'],
        summary: 'Archive a metric (its data stays)',
        params,
        response: { 200: metricSchema },
      },
      handler: async (request) => services.metrics.archive(callerOf(request), request.params.id),
    });

    app.post('/api/metrics/:id/restore', {
      config: { access: 'editor' },
      schema: {
        tags: ['metrics'],
        summary: 'Restore an archived metric',
        params,
        response: { 200: metricSchema },
      },
      handler: async (request) => services.metrics.restore(callerOf(request), request.params.id),
    });
  };
}
