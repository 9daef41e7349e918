import {
  dashboardSummarySchema,
  kpiEvaluationSchema,
  type DashboardSummary,
  type Grain,
  type KpiEvaluation,
} from '@vitals/core';
import { apiRequest } from './client';
import { withQuery } from './query-string';

/** The summary endpoint takes at most this many KPIs per request. */
const SUMMARY_BATCH = 100;

export interface SummaryRequest {
  kpiIds: readonly string[];
  /** The grain of the period(s) every card shows; each KPI's review cadence when left out. */
  grain?: Grain;
  /** The running period (default), the last `n` periods, or the custom run `from`..`to`. */
  range?: 'current' | 'last' | 'custom';
  n?: number;
  includeRunning?: boolean;
  from?: string;
  to?: string;
  sparkline?: number;
  sparklineGrain?: Grain;
}

/**
 * Everything the KPI cards show, in the order asked: one request per 100 KPIs (usually one).
 * An empty list needs no request.
 */
export async function fetchDashboardSummary(
  request: SummaryRequest,
  signal?: AbortSignal,
): Promise<DashboardSummary> {
  const batches: string[][] = [];
  for (let i = 0; i < request.kpiIds.length; i += SUMMARY_BATCH) {
    batches.push(request.kpiIds.slice(i, i + SUMMARY_BATCH));
  }
  if (batches.length === 0) return { asOf: new Date().toISOString(), cards: [] };
  const answers = await Promise.all(
    batches.map((ids) =>
      apiRequest(
        'GET',
        withQuery('/api/dashboard/summary', {
          kpiIds: ids.join(','),
          grain: request.grain,
          range: request.range,
          n: request.n,
          includeRunning: request.includeRunning,
          from: request.from,
          to: request.to,
          sparkline: request.sparkline,
          sparklineGrain: request.sparklineGrain,
        }),
        { schema: dashboardSummarySchema, signal },
      ),
    ),
  );
  return {
    asOf: answers[0]?.asOf ?? new Date().toISOString(),
    cards: answers.flatMap((answer) => answer.cards),
  };
}

export interface EvaluationRequest {
  grain?: Grain;
  /** First and last period keys at the grain; the server's default is the last 12 periods. */
  from?: string;
  to?: string;
}

/** A KPI's periods, each with actual, target, expected-to-date, status and changes. */
export function fetchKpiEvaluation(
  kpiId: string,
  request: EvaluationRequest = {},
  signal?: AbortSignal,
): Promise<KpiEvaluation> {
  return apiRequest(
    'GET',
    withQuery(`/api/kpis/${encodeURIComponent(kpiId)}/evaluation`, { ...request }),
    { schema: kpiEvaluationSchema, signal },
  );
}
