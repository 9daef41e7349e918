import {
  annotationCreateSchema,
  annotationListSchema,
  annotationSchema,
  type Annotation,
} from '@vitals/core';
import type { z } from 'zod';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
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

/** A page of a KPI's annotations (its own and its metric's), the latest days first. */
export function fetchAnnotationPage(
  kpiId: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<z.output<typeof annotationListSchema>> {
  return apiRequest(
    'GET',
    withQuery('/api/annotations', { kpiId, limit: 20, cursor, sort: 'from', order: 'desc' }),
    { schema: annotationListSchema, signal },
  );
}

/** Notes a day or a range of days on a KPI or a metric. */
export function createAnnotation(
  input: z.input<typeof annotationCreateSchema>,
): Promise<Annotation> {
  const checked = annotationCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/annotations', { schema: annotationSchema, body: checked.data });
}
