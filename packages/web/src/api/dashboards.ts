import {
  dashboardCreateSchema,
  dashboardListSchema,
  dashboardSchema,
  dashboardUpdateSchema,
  type Dashboard,
  type DashboardCreateInput,
  type DashboardUpdate,
} from '@vitals/core';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
import { withQuery } from './query-string';

const path = (id: string) => `/api/dashboards/${encodeURIComponent(id)}`;

/** The workspace's active dashboards, by name. */
export async function fetchDashboards(signal?: AbortSignal): Promise<Dashboard[]> {
  const answer = await apiRequest(
    'GET',
    withQuery('/api/dashboards', { limit: 500, sort: 'name' }),
    {
      schema: dashboardListSchema,
      signal,
    },
  );
  return answer.items;
}

export function fetchDashboard(id: string, signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest('GET', path(id), { schema: dashboardSchema, signal });
}

export function createDashboard(input: DashboardCreateInput): Promise<Dashboard> {
  const checked = dashboardCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/dashboards', { schema: dashboardSchema, body: checked.data });
}

/** Sends only the fields given. */
export function updateDashboard(id: string, update: DashboardUpdate): Promise<Dashboard> {
  const checked = dashboardUpdateSchema.safeParse(update);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('PATCH', path(id), { schema: dashboardSchema, body: checked.data });
}

export function archiveDashboard(id: string): Promise<Dashboard> {
  return apiRequest('POST', `${path(id)}/archive`, { schema: dashboardSchema });
}
