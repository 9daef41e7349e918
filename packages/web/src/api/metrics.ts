import {
  metricCreateSchema,
  metricListSchema,
  metricSchema,
  type Metric,
  type MetricCreate,
} from '@vitals/core';
import type { z } from 'zod';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
import { withQuery } from './query-string';

const PAGE = 500;

/** Every active metric of the workspace (formula metrics included), following the pages. */
export async function fetchAllMetrics(signal?: AbortSignal): Promise<Metric[]> {
  const all: Metric[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiRequest(
      'GET',
      withQuery('/api/metrics', { limit: PAGE, cursor, sort: 'name' }),
      { schema: metricListSchema, signal },
    );
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export function fetchMetric(id: string, signal?: AbortSignal): Promise<Metric> {
  return apiRequest('GET', `/api/metrics/${encodeURIComponent(id)}`, {
    schema: metricSchema,
    signal,
  });
}

export type MetricCreateInput = z.input<typeof metricCreateSchema>;

export function createMetric(input: MetricCreateInput): Promise<Metric> {
  const checked = metricCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  const body: MetricCreate = checked.data;
  return apiRequest('POST', '/api/metrics', { schema: metricSchema, body });
}
