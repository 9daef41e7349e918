import { z } from 'zod';
import { aggregationKindSchema } from '../aggregation/kind';
import { grainSchema } from '../calendar/period';
import {
  dimensionNameSchema,
  freeText,
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
import { currencySchema } from './workspace';

/** How values read: money, percentages, counts, durations (in seconds), plain ratios, numbers, scores. */
export const METRIC_UNIT_KINDS = [
  'currency',
  'percent',
  'count',
  'duration',
  'ratio',
  'number',
  'score',
] as const;
export const metricUnitKindSchema = z.enum(METRIC_UNIT_KINDS, {
  error: `must be one of: ${METRIC_UNIT_KINDS.join(', ')}`,
});

export const metricUnitSchema = z
  .object({
    kind: metricUnitKindSchema,
    /** For `currency` units; the workspace currency when left out. */
    currency: currencySchema.optional(),
    /** Decimals shown; the display default for the kind when left out. */
    decimals: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be 0 or more' })
      .max(10, { error: 'must be 10 or less' })
      .optional(),
  })
  .refine((unit) => unit.kind === 'currency' || unit.currency === undefined, {
    path: ['currency'],
    error: 'a currency applies only to a unit of kind currency',
  });
export type MetricUnit = z.infer<typeof metricUnitSchema>;

/** Where a metric's values come from. */
export const METRIC_SOURCE_KINDS = [
  'manual',
  'push',
  'upload',
  'sql',
  'file',
  'http',
  'formula',
] as const;
export const metricSourceKindSchema = z.enum(METRIC_SOURCE_KINDS, {
  error: `must be one of: ${METRIC_SOURCE_KINDS.join(', ')}`,
});
export type MetricSourceKind = z.infer<typeof metricSourceKindSchema>;

/** Formulas name other metrics by key, so keys are identifiers. */
export const metricKeySchema = z
  .string({ error: 'must be text' })
  .regex(/^[a-z][a-z0-9_]*$/, {
    error: 'must start with a letter and hold only a-z, 0-9 and _ (e.g. new_customers)',
  })
  .max(64, { error: 'must be at most 64 characters' });

export const metricDimensionsSchema = z
  .array(dimensionNameSchema, { error: 'must be a list of dimension names' })
  .max(10, { error: 'a metric has at most 10 dimensions' })
  .refine((names) => new Set(names).size === names.length, {
    error: 'must not repeat a dimension',
  });

const formulaSchema = requiredText(2000);

const metricFields = z.object({
  name: requiredText(120),
  description: freeText(4000),
  unit: metricUnitSchema,
  aggregation: aggregationKindSchema,
  dimensions: metricDimensionsSchema,
  sourceKind: metricSourceKindSchema,
  /** The expression over other metrics' keys; set exactly when `sourceKind` is `formula`. */
  formula: formulaSchema.nullable(),
});

/** A formula is required for formula metrics and meaningless for the others. */
function formulaMatchesSource(
  value: { sourceKind?: MetricSourceKind; formula?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.sourceKind === 'formula' && !value.formula) {
    ctx.addIssue({
      code: 'custom',
      path: ['formula'],
      message: 'a formula metric needs a formula',
    });
  }
  if (value.sourceKind !== undefined && value.sourceKind !== 'formula' && value.formula) {
    ctx.addIssue({
      code: 'custom',
      path: ['formula'],
      message: 'only metrics with sourceKind formula have a formula',
    });
  }
}

export const metricCreateSchema = z
  .object({
    ...metricFields.shape,
    key: metricKeySchema,
    description: freeText(4000).default(''),
    /** The grain data points are stored at; coarser periods are rolled up from it. */
    baseGrain: grainSchema.default('day'),
    dimensions: metricDimensionsSchema.default([]),
    sourceKind: metricSourceKindSchema.default('manual'),
    formula: formulaSchema.nullable().default(null),
  })
  .superRefine(formulaMatchesSource);
export type MetricCreate = z.infer<typeof metricCreateSchema>;

/**
 * `key` is fixed at creation: formulas refer to it. `aggregation` and `baseGrain` may change only
 * while the metric has no data points (stored points hold the components of the kind, keyed by
 * periods of the base grain); the server answers 409 otherwise.
 */
export const metricUpdateSchema = metricFields
  .extend({ baseGrain: grainSchema })
  .partial()
  .superRefine(formulaMatchesSource);
export type MetricUpdate = z.infer<typeof metricUpdateSchema>;

export const metricSchema = z.object({
  ...storedFields,
  workspaceId: idSchema,
  key: metricKeySchema,
  ...metricFields.shape,
  baseGrain: grainSchema,
  archivedAt: timestampSchema.nullable(),
});
export type Metric = z.infer<typeof metricSchema>;

/**
 * `GET /api/metrics`: paging, sort and filters; `search` matches key, name and description,
 * case-insensitively.
 */
export const metricListQuerySchema = listQuerySchema(['name', 'key', 'createdAt'], {
  sourceKind: metricSourceKindSchema.optional(),
  aggregation: aggregationKindSchema.optional(),
  archived: archivedFilterSchema,
  search: searchFilterSchema.optional(),
});
export type MetricListQuery = z.infer<typeof metricListQuerySchema>;

export const metricListSchema = listResponseSchema(metricSchema);
