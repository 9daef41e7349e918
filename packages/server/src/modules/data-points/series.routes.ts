import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, seriesQuerySchema, seriesSchema } from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });

/** Data out: a metric's series at any grain and range, filtered or broken down by dimensions. */
export function seriesRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/metrics/:id/series', {
      config: { access: 'viewer' },
      schema: {
        tags: ['data points'],
        summary:
          "A metric's series rolled up by its aggregation kind: ?grain=month&from=2024-01-01&to=2026-12-31&filter[region]=EU&breakdown=region",
        params,
        querystring: seriesQuerySchema,
        response: { 200: seriesSchema },
      },
      handler: async (request) =>
        services.series.read({
          workspaceId: callerOf(request).workspaceId,
          metricId: request.params.id,
          ...request.query,
        }),
    });
  };
}
