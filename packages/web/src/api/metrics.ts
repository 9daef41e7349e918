import { metricSchema, type Metric } from '@vitals/core';
import { apiRequest } from './client';

export function fetchMetric(id: string, signal?: AbortSignal): Promise<Metric> {
  return apiRequest('GET', `/api/metrics/${encodeURIComponent(id)}`, {
    schema: metricSchema,
    signal,
  });
}
