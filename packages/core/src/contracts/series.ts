import { z } from 'zod';
import { aggregationKindSchema } from '../aggregation/kind';
import { grainSchema } from '../calendar/period';
import { civilDateSchema, dimensionNameSchema, idSchema } from './common';
import { dataPointSchema } from './data-point';
import { listResponseSchema, paginationQueryShape } from './pagination';

/*
 * Dimension filters travel as query parameters `filter[<dimension>]=<value>`, repeated for several
 * values of one dimension (`filter[region]=EU&filter[region]=UK`): values may hold commas, so
 * they are never split. Parsed into `{ region: ['EU', 'UK'] }`; several dimensions must all match.
 */
const FILTER_PARAM = /^filter\[([^\]]*)\]$/;
const filterValueSchema = z
  .string()
  .min(1, { error: 'a filter value must not be empty' })
  .max(200, { error: 'a filter value must be at most 200 characters' });
const filterParamSchema = z.union([filterValueSchema, z.array(filterValueSchema).max(100)]);

/** A dimension filter: every named dimension must have one of the listed values. */
export const dimensionFilterSchema = z.record(dimensionNameSchema, z.array(z.string()).min(1));
export type DimensionFilter = z.infer<typeof dimensionFilterSchema>;

type QueryRecord = Record<string, unknown>;

/** Checks the `filter[…]` parameters of a query and refuses any other unknown parameter. */
function checkFilterParams(known: readonly string[]) {
  return (query: QueryRecord, ctx: z.RefinementCtx): void => {
    for (const [name, value] of Object.entries(query)) {
      if (known.includes(name)) continue;
      const match = FILTER_PARAM.exec(name);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `unknown query parameter; filter by a dimension with filter[<dimension>]=<value>`,
        });
        continue;
      }
      if (!dimensionNameSchema.safeParse(match[1]).success) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is not a dimension name' });
      }
      if (!filterParamSchema.safeParse(value).success) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'must be 1–200 characters' });
      }
    }
  };
}

/** The `filter[…]` parameters of a checked query, as a {@link DimensionFilter}. */
function collectFilter(query: QueryRecord): DimensionFilter {
  const filter: DimensionFilter = {};
  for (const [name, value] of Object.entries(query)) {
    const dimension = FILTER_PARAM.exec(name)?.[1];
    if (dimension === undefined) continue;
    filter[dimension] = [...new Set(Array.isArray(value) ? value.map(String) : [String(value)])];
  }
  return filter;
}

function pick<T extends QueryRecord, K extends keyof T & string>(
  query: T,
  keys: readonly K[],
): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (query[key] !== undefined) out[key] = query[key];
  return out;
}

const toAfterFrom = {
  path: ['to'],
  error: 'to must not be before from',
};

/** Comma-separated dimension names, e.g. `breakdown=region,channel`. */
const breakdownParamSchema = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const names = text
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    for (const name of names) {
      if (!dimensionNameSchema.safeParse(name).success) {
        ctx.addIssue({ code: 'custom', message: `"${name}" is not a dimension name` });
      }
    }
    if (new Set(names).size !== names.length) {
      ctx.addIssue({ code: 'custom', message: 'must not repeat a dimension' });
    }
    return names;
  });

const SERIES_PARAMS = ['grain', 'from', 'to', 'breakdown'] as const;

/**
 * `GET /api/metrics/:id/series?grain=month&from=2024-01-01&to=2026-12-31&filter[region]=EU&breakdown=region`.
 * `from` and `to` are days (both included); the series covers every period of `grain` that
 * touches them, whole. `grain` defaults to the metric's base grain.
 */
export const seriesQuerySchema = z
  .object({
    grain: grainSchema.optional(),
    from: civilDateSchema,
    to: civilDateSchema,
    breakdown: breakdownParamSchema.optional(),
  })
  .catchall(z.unknown())
  .superRefine(checkFilterParams(SERIES_PARAMS))
  .refine((q) => q.to >= q.from, toAfterFrom)
  .transform((q) => ({
    ...pick(q, SERIES_PARAMS),
    breakdown: q.breakdown ?? [],
    filter: collectFilter(q),
  }));
export type SeriesQuery = z.output<typeof seriesQuerySchema>;

/** One period (and one combination of breakdown values) of a series. */
export const seriesRowSchema = z.object({
  periodKey: z.string(),
  /** First day of the period. */
  start: civilDateSchema,
  /** The day after the period's last day. */
  end: civilDateSchema,
  /** The breakdown dimensions' values (`null` where a point has none); `{}` without breakdown. */
  dimensions: z.record(z.string(), z.string().nullable()),
  /** The rolled-up value, or null with `reason` (e.g. a zero denominator). */
  value: z.number().nullable(),
  reason: z.string().optional(),
  /** The rolled-up components by the metric's kind (e.g. Σnumerator, Σdenominator); `{}` for formulas. */
  components: z.record(z.string(), z.union([z.number(), z.string()])),
  /** For formula metrics: each operand's value for the period. */
  operands: z.record(z.string(), z.number().nullable()).optional(),
  /** How many stored data points went into the row. */
  pointCount: z.number().int().min(0),
});
export type SeriesRow = z.infer<typeof seriesRowSchema>;

export const seriesSchema = z.object({
  metricId: idSchema,
  metricKey: z.string(),
  aggregation: aggregationKindSchema,
  baseGrain: grainSchema,
  grain: grainSchema,
  /** The first and last day covered (whole periods of `grain`). */
  from: civilDateSchema,
  to: civilDateSchema,
  filter: dimensionFilterSchema,
  breakdown: z.array(z.string()),
  /** Ordered by period, then breakdown values; periods without data have no row. */
  rows: z.array(seriesRowSchema),
});
export type Series = z.infer<typeof seriesSchema>;

const POINT_LIST_PARAMS = ['limit', 'cursor', 'offset', 'order', 'from', 'to'] as const;

/**
 * `GET /api/metrics/:id/data-points?from&to&filter[region]=EU&limit&cursor&order`: the stored
 * points whose period starts between `from` and `to` (both included), by period start.
 */
export const dataPointListQuerySchema = z
  .object({
    ...paginationQueryShape,
    from: civilDateSchema.optional(),
    to: civilDateSchema.optional(),
  })
  .catchall(z.unknown())
  .superRefine(checkFilterParams(POINT_LIST_PARAMS))
  .refine((q) => q.cursor === undefined || q.offset === undefined, {
    path: ['offset'],
    error: 'give either cursor or offset, not both',
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, toAfterFrom)
  .transform((q) => ({ ...pick(q, POINT_LIST_PARAMS), filter: collectFilter(q) }));
export type DataPointListQuery = z.output<typeof dataPointListQuerySchema>;

export const dataPointListSchema = listResponseSchema(dataPointSchema);
