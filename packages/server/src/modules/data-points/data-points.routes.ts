import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DATA_POINT_BATCH_MAX,
  dataPointBatchBodySchema,
  dataPointBatchQuerySchema,
  dataPointBatchResultSchema,
  dataPointHistorySchema,
  dataPointListQuerySchema,
  dataPointListSchema,
  idSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import { HttpProblem } from '../../http/problem';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });

/** Refuses an oversized batch before any item is looked at. */
async function refuseOversized(request: { body: unknown }): Promise<void> {
  const items = (request.body as { items?: unknown } | null)?.items;
  if (Array.isArray(items) && items.length > DATA_POINT_BATCH_MAX) {
    const message = `a batch holds at most ${DATA_POINT_BATCH_MAX.toLocaleString('en')} items; this one has ${items.length.toLocaleString('en')}: split it`;
    throw new HttpProblem(413, 'payload_too_large', message, [{ pointer: '/body/items', message }]);
  }
}

/** Data in (the batch write) and the stored points with their history. */
export function dataPointsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/data-points', {
      // Editors, admins and write tokens; a viewer only for metrics of KPIs they own (service).
      config: { access: 'contributor' },
      preValidation: refuseOversized,
      schema: {
        tags: ['data points'],
        summary:
          'Write a batch of data points (upsert by metric, period and dimensions); all-or-nothing unless ?mode=partial',
        querystring: dataPointBatchQuerySchema,
        body: dataPointBatchBodySchema,
        response: { 200: dataPointBatchResultSchema },
      },
      handler: async (request) =>
        services.ingest.write(callerOf(request), request.body.items, request.query.mode),
    });

    app.get('/api/metrics/:id/data-points', {
      config: { access: 'viewer' },
      schema: {
        tags: ['data points'],
        summary: "A metric's stored points with revision, source, who and when (paged)",
        params,
        querystring: dataPointListQuerySchema,
        response: { 200: dataPointListSchema },
      },
      handler: async (request) =>
        services.points.list(callerOf(request), request.params.id, request.query),
    });

    app.get('/api/data-points/:id/revisions', {
      config: { access: 'viewer' },
      schema: {
        tags: ['data points'],
        summary: 'A data point as it is now and every value it held before, oldest first',
        params,
        response: { 200: dataPointHistorySchema },
      },
      handler: async (request) => services.points.history(callerOf(request), request.params.id),
    });
  };
}
