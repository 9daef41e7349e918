import { z } from 'zod';
import { grainSchema } from '../calendar/period';
import {
  freeText,
  idSchema,
  periodKeySchema,
  requiredText,
  storedFields,
  timestampSchema,
} from './common';
import {
  archivedFilterSchema,
  listQuerySchema,
  listResponseSchema,
  searchFilterSchema,
} from './pagination';

/** The single periods a dashboard's cards can show, relative to today. */
export const DASHBOARD_PERIODS = ['this_month', 'this_quarter', 'this_year', 'cadence'] as const;
export const dashboardPeriodSchema = z.enum(DASHBOARD_PERIODS, {
  error: 'must be this_month, this_quarter, this_year or cadence (each KPI at its review cadence)',
});
export type DashboardPeriod = z.infer<typeof dashboardPeriodSchema>;

/** The longest run of periods a card measures at once. */
export const RANGE_MAX_PERIODS = 36;

/** How many periods "the last N" covers. */
export const rangeCountSchema = z
  .number({ error: `n must be a whole number between 1 and ${RANGE_MAX_PERIODS}` })
  .int({ error: `n must be a whole number between 1 and ${RANGE_MAX_PERIODS}` })
  .min(1, { error: `n must be between 1 and ${RANGE_MAX_PERIODS}` })
  .max(RANGE_MAX_PERIODS, { error: `n must be between 1 and ${RANGE_MAX_PERIODS}` });

/**
 * What a dashboard's cards show: one period relative to today (`this_month`, …, `cadence`), the
 * last `n` periods of a grain (complete ones, or ending with the running one), or a fixed run of
 * periods `from`..`to` (keys of `grain`, both included; checked against the workspace calendar).
 */
export const dashboardPeriodSettingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: dashboardPeriodSchema }),
    z.object({
      kind: z.literal('last'),
      grain: grainSchema,
      n: rangeCountSchema,
      /** End with the running period (n − 1 complete ones before it) instead of n complete ones. */
      includeRunning: z.boolean().default(false),
    }),
    z.object({
      kind: z.literal('custom'),
      grain: grainSchema,
      from: periodKeySchema,
      to: periodKeySchema,
    }),
  ],
  {
    error: (issue) =>
      typeof issue.input !== 'object' || issue.input === null
        ? 'must be this_month, this_quarter, this_year, cadence, or { kind: "last" | "custom", … }'
        : 'kind must be this_month, this_quarter, this_year, cadence, last or custom',
  },
);
export type DashboardPeriodSetting = z.infer<typeof dashboardPeriodSettingSchema>;
export type DashboardPeriodSettingInput = z.input<typeof dashboardPeriodSettingSchema>;

/**
 * A period setting as sent: the object, or one of the older plain names (`"this_month"`), read as
 * `{ kind: "this_month" }` so stored dashboards and older clients keep their meaning.
 */
const periodInputSchema = z
  .preprocess(
    (value) =>
      typeof value === 'string' && (DASHBOARD_PERIODS as readonly string[]).includes(value)
        ? { kind: value }
        : value,
    dashboardPeriodSettingSchema,
  )
  .meta({
    description:
      '{ kind: this_month | this_quarter | this_year | cadence } | { kind: last, grain, n, includeRunning } | { kind: custom, grain, from, to }; a plain this_month, … is read as { kind }',
  });

const dashboardFields = z.object({
  name: requiredText(120),
  description: freeText(2000),
  /** The KPI cards, in the order shown. */
  kpiIds: z
    .array(idSchema, { error: 'must be a list of KPI ids' })
    .max(60, { error: 'a dashboard holds at most 60 KPIs' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat a KPI' }),
  period: periodInputSchema,
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
  period: periodInputSchema.default({ kind: 'cadence' }),
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
  period: dashboardPeriodSettingSchema,
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
