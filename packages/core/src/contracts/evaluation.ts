import { z } from 'zod';
import { grainSchema, periodSchema } from '../calendar/period';
import { periodRangeSchema } from '../calendar/range';
import { kpiStatusSchema } from '../status/status';
import { explanationPartsSchema } from '../targets/explain';
import { targetValueSchema } from '../targets/value';
import { directionSchema } from '../targets/direction';
import { civilDateSchema, idSchema, periodKeySchema, timestampSchema } from './common';
import { rangeCountSchema } from './dashboard';
import { metricUnitSchema } from './metric';

const changeSchema = z.object({
  current: z.number().nullable(),
  base: z.number().nullable(),
  absolute: z.number().nullable(),
  percent: z.number().nullable(),
  verdict: z.enum(['better', 'worse', 'same', 'unknown']),
});

const zoneSchema = z.object({ min: z.number().nullable(), max: z.number().nullable() });

const windowSchema = z.object({ start: civilDateSchema, end: civilDateSchema });

/** One period of a KPI: everything a card, a chart point or "explain this number" needs. */
export const kpiPeriodEvaluationSchema = z.object({
  period: periodSchema,
  phase: z.enum(['future', 'running', 'complete']),
  /** Share of the period elapsed (1 when complete). */
  fraction: z.number(),
  actual: z.number().nullable(),
  /** Why there is no actual (no data in the period, a zero denominator, …). */
  actualReason: z.string().optional(),
  pointCount: z.number().int(),
  target: targetValueSchema.nullable(),
  /** What the actual is judged against: the target, or the expected-to-date while running. */
  expected: targetValueSchema.nullable(),
  pacing: z.enum(['phased', 'from_opening', 'level', 'none']),
  attainment: z.number().nullable(),
  status: kpiStatusSchema,
  reason: z.enum(['evaluated', 'no_actual', 'no_target', 'future', 'stale']),
  /** Where on track and at risk begin and end for this period (null: open end). */
  boundaries: z.object({ onTrack: zoneSchema, atRisk: zoneSchema }).nullable(),
  projection: z
    .object({ value: z.number(), method: z.string(), isForecast: z.literal(true) })
    .nullable(),
  changes: z.object({ vsPrevious: changeSchema, vsLastYear: changeSchema }),
  /** The days compared: like for like while running. */
  windows: z.object({
    likeForLike: z.boolean(),
    current: windowSchema,
    previous: windowSchema,
    lastYear: windowSchema,
  }),
  /** How the target was found, in one line (values rounded for reading). */
  targetExplanation: z.string().nullable(),
  /**
   * The same line as words (`{ text }`) and exact values (`{ value }`), to format the values by the
   * KPI's unit. Absent from servers older than this field.
   */
  targetExplanationParts: explanationPartsSchema.nullable().optional(),
});
export type KpiPeriodEvaluationDto = z.infer<typeof kpiPeriodEvaluationSchema>;

/**
 * A KPI over a run of periods (`range`): the same fields as one period's evaluation, for the
 * union of the range's days; changes are against the range just before it and last year's.
 */
export const kpiRangeEvaluationSchema = kpiPeriodEvaluationSchema
  .omit({ period: true })
  .extend({ range: periodRangeSchema });
export type KpiRangeEvaluationDto = z.infer<typeof kpiRangeEvaluationSchema>;

export const kpiEvaluationQuerySchema = z.object({
  /** Defaults to the KPI's review cadence. */
  grain: grainSchema.optional(),
  /** First and last period keys at the grain; default: the last 12 periods up to the running one. */
  from: periodKeySchema.optional(),
  to: periodKeySchema.optional(),
  /** Evaluate as of this instant instead of now (e.g. to replay a past review). */
  asOf: timestampSchema.optional(),
});
export type KpiEvaluationQuery = z.infer<typeof kpiEvaluationQuerySchema>;

export const kpiEvaluationSchema = z.object({
  kpiId: idSchema,
  grain: grainSchema,
  asOf: timestampSchema,
  direction: directionSchema,
  unit: metricUnitSchema,
  lastUpdated: timestampSchema.nullable(),
  periods: z.array(kpiPeriodEvaluationSchema),
});
export type KpiEvaluation = z.infer<typeof kpiEvaluationSchema>;

export const dashboardSummaryQuerySchema = z
  .object({
    /** Comma-separated KPI ids, at most 100. */
    kpiIds: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(idSchema)
          .min(1, { error: 'give at least one KPI id' })
          .max(100, { error: 'at most 100 KPIs at once' }),
      ),
    /** The grain of the period(s) every card shows; defaults to each KPI's review cadence. */
    grain: grainSchema.optional(),
    /**
     * `current` (default): the running period at the grain; `last`: the last `n` periods (complete
     * ones, or ending with the running one when `includeRunning`); `custom`: `from`..`to`.
     */
    range: z
      .enum(['current', 'last', 'custom'], { error: 'must be current, last or custom' })
      .default('current'),
    n: z.coerce.number({ error: 'n must be a number' }).pipe(rangeCountSchema).optional(),
    includeRunning: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
    /** First and last period keys of a custom range, both at `grain` (or of one grain). */
    from: periodKeySchema.optional(),
    to: periodKeySchema.optional(),
    /** How many periods of the sparkline (at the metric's base grain unless `sparklineGrain`). */
    sparkline: z.coerce.number().int().min(0).max(400).default(30),
    sparklineGrain: grainSchema.optional(),
    asOf: timestampSchema.optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (q.range === 'last' && q.n === undefined)
      issue('n', 'give n, the number of periods (1 to 36)');
    if (q.range !== 'last' && q.n !== undefined) issue('n', 'n is only for range=last');
    if (q.range !== 'last' && q.includeRunning !== undefined) {
      issue('includeRunning', 'includeRunning is only for range=last');
    }
    for (const key of ['from', 'to'] as const) {
      if (q.range === 'custom' && q[key] === undefined) issue(key, `give ${key}, a period key`);
      if (q.range !== 'custom' && q[key] !== undefined)
        issue(key, `${key} is only for range=custom`);
    }
  });
export type DashboardSummaryQuery = z.infer<typeof dashboardSummaryQuerySchema>;

export const kpiCardSchema = z.object({
  kpiId: idSchema,
  name: z.string(),
  unit: metricUnitSchema,
  direction: directionSchema,
  teamId: idSchema.nullable(),
  ownerId: idSchema.nullable(),
  grain: grainSchema,
  /** The period, or with `range=last|custom` the run of periods, the card shows. */
  current: z.union([kpiPeriodEvaluationSchema, kpiRangeEvaluationSchema]),
  /**
   * While `current` is a running period: the period before it, complete, so a card can show it
   * when the running one has no data yet (a weekly KPI on a Monday). Null for a complete period or
   * a range; absent from cards not made by the summary (a KPI page's headline).
   */
  lastComplete: kpiPeriodEvaluationSchema.nullable().optional(),
  sparkline: z.array(
    z.object({
      periodKey: z.string(),
      value: z.number().nullable(),
      target: z.number().nullable(),
      /** The running period: its value is so far, not the period's (drawn apart, not as a drop). */
      partial: z.boolean().optional(),
    }),
  ),
  lastUpdated: timestampSchema.nullable(),
  stale: z.boolean(),
});
export type KpiCard = z.infer<typeof kpiCardSchema>;

export const dashboardSummarySchema = z.object({
  asOf: timestampSchema,
  cards: z.array(kpiCardSchema),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
