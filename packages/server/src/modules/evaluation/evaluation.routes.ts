import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dashboardSummaryQuerySchema,
  dashboardSummarySchema,
  type DashboardSummary,
  idSchema,
  kpiEvaluationQuerySchema,
  kpiEvaluationSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

/**
 * Typed replies accept only the declared response shape; these bytes are that shape, validated
 * and serialized once by the summary cache. Fastify sends a Buffer with a JSON content type as is.
 */
const preSerialized = (body: Buffer): DashboardSummary => body as unknown as DashboardSummary;

/** How KPIs stand: one KPI's periods, and the cards of a dashboard. */
export function evaluationRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/kpis/:id/evaluation', {
      config: { access: 'viewer' },
      schema: {
        tags: ['evaluation'],
        summary:
          "A KPI's periods: actual, target, expected-to-date, attainment, status and changes",
        params: z.object({ id: idSchema }),
        querystring: kpiEvaluationQuerySchema,
        response: { 200: kpiEvaluationSchema },
      },
      handler: async (request) =>
        services.evaluation.evaluateKpi(callerOf(request), request.params.id, request.query),
    });

    app.get('/api/dashboard/summary', {
      config: { access: 'viewer' },
      schema: {
        tags: ['evaluation'],
        summary: 'Everything the KPI cards show, for up to 100 KPIs in one request',
        querystring: dashboardSummaryQuerySchema,
        response: { 200: dashboardSummarySchema },
      },
      // The cached body is the validated, serialized answer (see SummaryCache): sent as it is.
      handler: async (request, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .send(preSerialized(await services.summaries.body(callerOf(request), request.query))),
    });
  };
}
