import { annotationListSchema, type Annotation } from '@vitals/core';
import { apiRequest } from './client';
import { withQuery } from './query-string';

/** A KPI's annotations (its own and its metric's) touching the days from–to, oldest first. */
export async function fetchKpiAnnotations(
  kpiId: string,
  range: { from: string; to: string },
  signal?: AbortSignal,
): Promise<Annotation[]> {
  const answer = await apiRequest(
    'GET',
    withQuery('/api/annotations', { kpiId, ...range, limit: 500, sort: 'from' }),
    { schema: annotationListSchema, signal },
  );
  return answer.items;
}
