import { z } from 'zod';
import { DEFAULT_STATUS_THRESHOLDS, statusThresholdsSchema } from '../status/thresholds';
import { DIRECTIONS, directionSchema } from '../targets/direction';
import {
  dimensionValuesSchema,
  freeText,
  idListSchema,
  idSchema,
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

/** Where in the organisation a KPI is steered: from the whole company down to one person. */
export const KPI_LEVELS = ['company', 'department', 'team', 'individual'] as const;
export const kpiLevelSchema = z.enum(KPI_LEVELS, {
  error: 'must be company, department, team or individual',
});
export type KpiLevel = z.infer<typeof kpiLevelSchema>;

/** How often the KPI is reviewed; also how long data may be missing before it is stale. */
export const KPI_REVIEW_CADENCES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const kpiReviewCadenceSchema = z.enum(KPI_REVIEW_CADENCES, {
  error: 'must be day, week, month, quarter or year',
});
export type KpiReviewCadence = z.infer<typeof kpiReviewCadenceSchema>;

/** The KPI literature's classification: scope, timing (leading/lagging) and nature. */
export const kpiTypeTagsSchema = z.object({
  scope: z.enum(['strategic', 'operational', 'functional'], {
    error: 'must be strategic, operational or functional',
  }),
  timing: z.enum(['leading', 'lagging'], { error: 'must be leading or lagging' }),
  nature: z.enum(['quantitative', 'qualitative'], {
    error: 'must be quantitative or qualitative',
  }),
});
export type KpiTypeTags = z.infer<typeof kpiTypeTagsSchema>;

const kpiFields = z.object({
  metricId: idSchema,
  /** Narrows the metric to some dimension values, e.g. `{ region: 'EU' }`; `{}` for all of it. */
  dimensionFilter: dimensionValuesSchema,
  name: requiredText(200),
  objective: freeText(4000),
  whyItMatters: freeText(4000),
  howToInfluence: freeText(4000),
  ownerId: idSchema.nullable(),
  teamId: idSchema.nullable(),
  level: kpiLevelSchema,
  typeTags: kpiTypeTagsSchema,
  direction: directionSchema,
  reviewCadence: kpiReviewCadenceSchema,
  /** Status thresholds as shares of the expected value (status module's rules). */
  thresholds: statusThresholdsSchema,
  /** KPIs that must not get worse while this one is pushed (e.g. churn beside new sales). */
  guardrailKpiIds: idListSchema,
  /** Leading KPIs that drive this one. */
  leadingKpiIds: idListSchema,
});

/**
 * Only the metric and a name are required: a draft KPI may lack its objective or owner, and the
 * KPI hygiene rules point out what is missing rather than refusing it.
 */
export const kpiCreateSchema = z.object({
  ...kpiFields.shape,
  dimensionFilter: dimensionValuesSchema.default({}),
  objective: freeText(4000).default(''),
  whyItMatters: freeText(4000).default(''),
  howToInfluence: freeText(4000).default(''),
  ownerId: idSchema.nullable().default(null),
  teamId: idSchema.nullable().default(null),
  level: kpiLevelSchema.default('team'),
  typeTags: kpiTypeTagsSchema.default({
    scope: 'operational',
    timing: 'lagging',
    nature: 'quantitative',
  }),
  direction: directionSchema.default('higher_is_better'),
  reviewCadence: kpiReviewCadenceSchema.default('month'),
  thresholds: statusThresholdsSchema.default(DEFAULT_STATUS_THRESHOLDS),
  guardrailKpiIds: idListSchema.default([]),
  leadingKpiIds: idListSchema.default([]),
});
export type KpiCreate = z.infer<typeof kpiCreateSchema>;
export type KpiCreateInput = z.input<typeof kpiCreateSchema>;

/**
 * Nested objects are replaced whole (a threshold left out takes its default). Archiving has its
 * own action.
 */
export const kpiUpdateSchema = kpiFields.partial();
export type KpiUpdate = z.infer<typeof kpiUpdateSchema>;

export const kpiSchema = z.object({
  ...storedFields,
  workspaceId: idSchema,
  ...kpiFields.shape,
  archivedAt: timestampSchema.nullable(),
});
export type Kpi = z.infer<typeof kpiSchema>;

/** What KPI lists can be sorted by. */
export const KPI_SORT_FIELDS = ['name', 'createdAt', 'updatedAt'] as const;

/**
 * `GET /api/kpis`: paging, sort and filters. `archived` is `false` (the default: active KPIs),
 * `true` (only archived ones) or `all`; `search` matches name and objective, case-insensitively.
 */
export const kpiListQuerySchema = listQuerySchema(KPI_SORT_FIELDS, {
  teamId: idSchema.optional(),
  ownerId: idSchema.optional(),
  metricId: idSchema.optional(),
  level: kpiLevelSchema.optional(),
  scope: kpiTypeTagsSchema.shape.scope.optional(),
  timing: kpiTypeTagsSchema.shape.timing.optional(),
  nature: kpiTypeTagsSchema.shape.nature.optional(),
  direction: z
    .enum(DIRECTIONS, { error: 'must be higher_is_better, lower_is_better or within_band' })
    .optional(),
  reviewCadence: kpiReviewCadenceSchema.optional(),
  archived: archivedFilterSchema,
  search: searchFilterSchema.optional(),
});
export type KpiListQuery = z.infer<typeof kpiListQuerySchema>;

export const kpiListSchema = listResponseSchema(kpiSchema);
