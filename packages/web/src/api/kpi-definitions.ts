import {
  kpiCreateSchema,
  kpiSchema,
  kpiUpdateSchema,
  type Kpi,
  type KpiCreateInput,
  type KpiUpdate,
} from '@vitals/core';
import { apiRequest } from './client';
import { errorFromZod } from './problem';

/** Defines a KPI on a metric (editors and admins). */
export function createKpi(input: KpiCreateInput): Promise<Kpi> {
  const checked = kpiCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/kpis', { schema: kpiSchema, body: checked.data });
}

/** Changes the fields given; nested objects (type tags, thresholds) are replaced whole. */
export function updateKpi(id: string, update: KpiUpdate): Promise<Kpi> {
  const checked = kpiUpdateSchema.safeParse(update);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('PATCH', `/api/kpis/${encodeURIComponent(id)}`, {
    schema: kpiSchema,
    body: checked.data,
  });
}
