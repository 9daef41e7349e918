import { z } from 'zod';
import { grainSchema } from '../calendar/period';
import { freeText, idSchema, requiredText, storedFields, timestampSchema } from './common';
import {
  archivedFilterSchema,
  listQuerySchema,
  listResponseSchema,
  searchFilterSchema,
} from './pagination';

/** Which period a dashboard's cards show, relative to today. */
export const DASHBOARD_PERIODS = ['this_month', 'this_quarter', 'this_year', 'cadence'] as const;
export const dashboardPeriodSchema = z.enum(DASHBOARD_PERIODS, {
  error: 'must be this_month, this_quarter, this_year or cadence (each KPI at its review cadence)',
});
export type DashboardPeriod = z.infer<typeof dashboardPeriodSchema>;

const dashboardFields = z.object({
  name: requiredText(120),
  description: freeText(2000),
  /** The KPI cards, in the order shown. */
  kpiIds: z
    .array(idSchema, { error: 'must be a list of KPI ids' })
    .max(60, { error: 'a dashboard holds at most 60 KPIs' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat a KPI' }),
  period: dashboardPeriodSchema,
  /** How many periods the sparklines show. */
  sparkline: z.number().int().min(0).max(400),
  /** Grain of the sparklines; the metric's base grain when null. */
  sparklineGrain: grainSchema.nullable(),
  /** TV mode: seconds between refreshes. */
  refreshSeconds: z.number().int().min(10).max(3600),
});

export const dashboardCreateSchema = z.object({
  ...dashboardFields.shape,
  description: freeText(2000).default(''),
  kpiIds: dashboardFields.shape.kpiIds.default([]),
  period: dashboardPeriodSchema.default('cadence'),
  sparkline: dashboardFields.shape.sparkline.default(30),
  sparklineGrain: grainSchema.nullable().default(null),
  refreshSeconds: dashboardFields.shape.refreshSeconds.default(60),
});
export type DashboardCreate = z.infer<typeof dashboardCreateSchema>;
export type DashboardCreateInput = z.input<typeof dashboardCreateSchema>;

export const dashboardUpdateSchema = dashboardFields.partial();
export type DashboardUpdate = z.infer<typeof dashboardUpdateSchema>;

export const dashboardSchema = z.object({
  ...storedFields,
  workspaceId: idSchema,
  ...dashboardFields.shape,
  createdBy: idSchema.nullable(),
  archivedAt: timestampSchema.nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/**
 * `GET /api/dashboards`: paging, sort (name by default) and filters. `archived` is `false` (the
 * default: active dashboards), `true` or `all`; `search` matches name and description.
 */
export const dashboardListQuerySchema = listQuerySchema(['name', 'createdAt', 'updatedAt'], {
  archived: archivedFilterSchema,
  search: searchFilterSchema.optional(),
});
export type DashboardListQuery = z.infer<typeof dashboardListQuerySchema>;

export const dashboardListSchema = listResponseSchema(dashboardSchema);

/** What loading the sample workspace created. */
export const sampleWorkspaceResultSchema = z.object({
  teams: z.number().int(),
  users: z.number().int(),
  metrics: z.number().int(),
  kpis: z.number().int(),
  targets: z.number().int(),
  dataPoints: z.number().int(),
  checkIns: z.number().int(),
  annotations: z.number().int(),
  dashboards: z.number().int(),
});
export type SampleWorkspaceResult = z.infer<typeof sampleWorkspaceResultSchema>;
