import {
  checkInCreateSchema,
  checkInListSchema,
  checkInSchema,
  type CheckIn,
  type CheckInCreate,
} from '@vitals/core';
import type { z } from 'zod';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
import { withQuery } from './query-string';

export type CheckInPage = z.output<typeof checkInListSchema>;

/** A page of a KPI's check-ins, newest first. */
export function fetchCheckIns(
  kpiId: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<CheckInPage> {
  return apiRequest(
    'GET',
    withQuery(`/api/kpis/${encodeURIComponent(kpiId)}/check-ins`, { limit: 20, cursor }),
    { schema: checkInListSchema, signal },
  );
}

export function createCheckIn(input: z.input<typeof checkInCreateSchema>): Promise<CheckIn> {
  const checked = checkInCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  const body: CheckInCreate = checked.data;
  return apiRequest('POST', '/api/check-ins', { schema: checkInSchema, body });
}
