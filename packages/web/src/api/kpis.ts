import { kpiListSchema, kpiSchema, type Kpi } from '@vitals/core';
import { apiRequest } from './client';
import { withQuery } from './query-string';

/** The most the server gives per page; a workspace rarely has more KPIs than one page. */
const PAGE = 500;

/** Every active KPI of the workspace, following the pages. */
export async function fetchAllKpis(signal?: AbortSignal): Promise<Kpi[]> {
  const all: Kpi[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiRequest('GET', withQuery('/api/kpis', { limit: PAGE, cursor }), {
      schema: kpiListSchema,
      signal,
    });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export function fetchKpi(id: string, signal?: AbortSignal): Promise<Kpi> {
  return apiRequest('GET', `/api/kpis/${encodeURIComponent(id)}`, { schema: kpiSchema, signal });
}
