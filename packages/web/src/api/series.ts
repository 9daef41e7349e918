import {
  dataPointHistorySchema,
  dataPointListSchema,
  seriesSchema,
  type DataPointHistory,
  type Grain,
  type Series,
} from '@vitals/core';
import type { z } from 'zod';
import { apiRequest } from './client';
import { filterParams, withQuery } from './query-string';

type Filter = Readonly<Record<string, string>>;

const metricPath = (metricId: string) => `/api/metrics/${encodeURIComponent(metricId)}`;

/** A metric rolled up by period (and broken down by dimensions) over the days from–to. */
export function fetchSeries(
  metricId: string,
  query: { grain: Grain; from: string; to: string; breakdown?: readonly string[]; filter?: Filter },
  signal?: AbortSignal,
): Promise<Series> {
  const { filter = {}, breakdown, ...rest } = query;
  const params = {
    ...rest,
    breakdown: breakdown && breakdown.length > 0 ? breakdown.join(',') : undefined,
    ...filterParams(filter),
  };
  return apiRequest('GET', withQuery(`${metricPath(metricId)}/series`, params), {
    schema: seriesSchema,
    signal,
  });
}

export type DataPointPage = z.output<typeof dataPointListSchema>;

/** The stored points whose period starts between from and to, a page at a time. */
export function fetchDataPoints(
  metricId: string,
  query: { from: string; to: string; filter?: Filter; limit?: number; cursor?: string },
  signal?: AbortSignal,
): Promise<DataPointPage> {
  const { filter = {}, ...rest } = query;
  return apiRequest(
    'GET',
    withQuery(`${metricPath(metricId)}/data-points`, { ...rest, ...filterParams(filter) }),
    { schema: dataPointListSchema, signal },
  );
}

/** A data point as it is now and every value it held before, oldest first. */
export function fetchRevisions(
  dataPointId: string,
  signal?: AbortSignal,
): Promise<DataPointHistory> {
  return apiRequest('GET', `/api/data-points/${encodeURIComponent(dataPointId)}/revisions`, {
    schema: dataPointHistorySchema,
    signal,
  });
}
