import {
  kpiTargetCreateSchema,
  kpiTargetListSchema,
  kpiTargetSchema,
  kpiTargetUpdateSchema,
  targetResolutionSchema,
  type Grain,
  type KpiTarget,
  type KpiTargetCreateInput,
  type KpiTargetUpdate,
  type TargetResolution,
} from '@vitals/core';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
import { withQuery } from './query-string';

const kpiPath = (kpiId: string) => `/api/kpis/${encodeURIComponent(kpiId)}`;

/** Every stored target of a KPI. */
export async function fetchTargets(kpiId: string, signal?: AbortSignal): Promise<KpiTarget[]> {
  return (
    await apiRequest('GET', `${kpiPath(kpiId)}/targets`, { schema: kpiTargetListSchema, signal })
  ).items;
}

/** The target of each period from–to (period keys at `grain`) and which stored targets set it. */
export function resolveTargets(
  kpiId: string,
  query: { grain: Grain; from: string; to: string },
  signal?: AbortSignal,
): Promise<TargetResolution> {
  return apiRequest('GET', withQuery(`${kpiPath(kpiId)}/targets/resolve`, query), {
    schema: targetResolutionSchema,
    signal,
  });
}

export function createTarget(input: KpiTargetCreateInput): Promise<KpiTarget> {
  const checked = kpiTargetCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/targets', { schema: kpiTargetSchema, body: checked.data });
}

export function updateTarget(id: string, update: KpiTargetUpdate): Promise<KpiTarget> {
  const checked = kpiTargetUpdateSchema.safeParse(update);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('PATCH', `/api/targets/${encodeURIComponent(id)}`, {
    schema: kpiTargetSchema,
    body: checked.data,
  });
}

/** Deletes a target; the server's audit log keeps what it was (`GET /api/kpis/:id/targets/history`). */
export function deleteTarget(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/targets/${encodeURIComponent(id)}`);
}
