import { z } from 'zod';
import { aggregationKindSchema } from '../aggregation/kind';
import { GRAINS, grainSchema, periodSchema } from '../calendar/period';
import { TARGET_BASES, directionSchema } from '../targets/direction';
import { phasingWeightsSchema } from '../targets/schema';
import { explanationPartsSchema } from '../targets/explain';
import { targetValueSchema } from '../targets/value';
import {
  actorSchema,
  civilDateSchema,
  freeText,
  idSchema,
  periodKeySchema,
  storedFields,
  timestampSchema,
} from './common';

/**
 * How a horizon's total is spread over its sub-periods, as stored. Mirrors core's `Phasing`
 * except `last_year`, whose shape is read from last year's actuals when the target is evaluated.
 */
export const kpiTargetPhasingSchema = z.discriminatedUnion(
  'method',
  [
    z.object({ method: z.literal('even') }),
    z.object({ method: z.literal('weights'), weights: phasingWeightsSchema }),
    z.object({ method: z.literal('last_year') }),
    z.object({ method: z.literal('ramp'), from: targetValueSchema }),
  ],
  { error: 'method must be even, weights, last_year or ramp' },
);
export type KpiTargetPhasing = z.infer<typeof kpiTargetPhasingSchema>;

const grainField = z.enum(GRAINS, { error: 'must be day, week, month, quarter or year' });
const basisField = z.enum(TARGET_BASES, {
  error: 'must be past_performance, competitor, benchmark or other',
});

/**
 * One stored target of a KPI, in one of three placements (core's targets module evaluates them):
 * - `effectiveFrom`: a standing value for every period of `grain` from that date on, until a later
 *   entry of the same grain (core's `TargetEntry`);
 * - `periodKey` without phasing: the value of that one period, whose grain is `grain` (an override);
 * - `periodKey` with `phasing`: a horizon total (`FY2027`) spread over its sub-periods of `grain`.
 */
const kpiTargetFields = z.object({
  kpiId: idSchema,
  grain: grainField,
  periodKey: periodKeySchema.nullable(),
  effectiveFrom: civilDateSchema.nullable(),
  /** A number, or `{ lower, upper }` for within-band KPIs. */
  value: targetValueSchema,
  phasing: kpiTargetPhasingSchema.nullable(),
  basis: basisField,
  note: freeText(2000),
});

type Placement = {
  periodKey?: string | null;
  effectiveFrom?: string | null;
  phasing?: KpiTargetPhasing | null;
};

function validPlacement(target: Placement, ctx: z.RefinementCtx): void {
  const hasPeriod = target.periodKey != null;
  if (hasPeriod === (target.effectiveFrom != null)) {
    ctx.addIssue({
      code: 'custom',
      path: [hasPeriod ? 'effectiveFrom' : 'periodKey'],
      message:
        'give exactly one of periodKey (one period or horizon) or effectiveFrom (from a date on)',
    });
  }
  if (target.phasing != null && !hasPeriod) {
    ctx.addIssue({
      code: 'custom',
      path: ['phasing'],
      message: 'phasing spreads a horizon total: give the horizon as periodKey (e.g. FY2027)',
    });
  }
}

export const kpiTargetCreateSchema = z
  .object({
    ...kpiTargetFields.shape,
    periodKey: periodKeySchema.nullable().default(null),
    effectiveFrom: civilDateSchema.nullable().default(null),
    phasing: kpiTargetPhasingSchema.nullable().default(null),
    basis: basisField.default('other'),
    note: freeText(2000).default(''),
  })
  .superRefine(validPlacement);
export type KpiTargetCreate = z.infer<typeof kpiTargetCreateSchema>;
export type KpiTargetCreateInput = z.input<typeof kpiTargetCreateSchema>;

/** Where a target applies (KPI, grain, period or date) is fixed; the rest may change. */
export const kpiTargetUpdateSchema = kpiTargetFields
  .pick({ value: true, phasing: true, basis: true, note: true })
  .partial();
export type KpiTargetUpdate = z.infer<typeof kpiTargetUpdateSchema>;

export const kpiTargetSchema = z.object({
  ...storedFields,
  ...kpiTargetFields.shape,
  /** Who set the value last; earlier values are in the audit log. */
  updatedBy: actorSchema,
});
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

/** `GET /api/kpis/:id/targets`: every stored target of a KPI. */
export const kpiTargetListSchema = z.object({ items: z.array(kpiTargetSchema) });

/** `GET /api/kpis/:id/targets/resolve?grain=month&from=2026-01&to=2026-12`: periods from–to, both included. */
export const targetResolveQuerySchema = z.object({
  grain: grainField,
  from: periodKeySchema,
  to: periodKeySchema,
});
export type TargetResolveQuery = z.infer<typeof targetResolveQuerySchema>;

/** A stored target that set (part of) a resolved period's target. */
export const resolvedTargetSourceSchema = z.object({
  targetId: idSchema,
  /** How the stored target applies: an override, a phased horizon, a horizon's level, a standing value. */
  rule: z.enum(['override', 'phased', 'horizon_level', 'effective']),
  /** The period the stored target set directly (e.g. the month inside a phased year). */
  periodKey: z.string(),
  /** That period's target. */
  value: targetValueSchema,
  /** The share of it counted toward the resolved period (pro-rating by days; 1 when whole). */
  share: z.number(),
  /** What it contributes: `value × share` for sum kinds, the level otherwise. */
  contribution: targetValueSchema,
});

export const resolvedTargetSchema = z.object({
  period: periodSchema,
  /** `null` when no target applies to the period. */
  value: targetValueSchema.nullable(),
  /** How the value was found: set directly, Σ of sub-periods, pro-rated by days, level in effect. */
  rule: z.enum(['direct', 'sum_of_sub_periods', 'pro_rated', 'level_in_effect', 'none']),
  explanation: z.string(),
  /** `explanation` as words and exact values, to format by the KPI's unit (absent from older servers). */
  explanationParts: explanationPartsSchema.optional(),
  sources: z.array(resolvedTargetSourceSchema),
});
export type ResolvedTargetResponse = z.infer<typeof resolvedTargetSchema>;

export const targetResolutionSchema = z.object({
  kpiId: idSchema,
  grain: grainSchema,
  /** The metric's aggregation kind: sum targets add up over periods, other kinds are levels. */
  kind: aggregationKindSchema,
  direction: directionSchema,
  periods: z.array(resolvedTargetSchema),
});
export type TargetResolution = z.infer<typeof targetResolutionSchema>;

/** One change of a KPI's target, from the audit log: what it was before and after, who, when. */
export const targetHistoryEntrySchema = z.object({
  id: idSchema,
  targetId: idSchema,
  action: z.enum(['create', 'update', 'delete']),
  before: kpiTargetSchema.nullable(),
  after: kpiTargetSchema.nullable(),
  actor: actorSchema,
  at: timestampSchema,
});
export type TargetHistoryEntry = z.infer<typeof targetHistoryEntrySchema>;

export const targetHistorySchema = z.object({ items: z.array(targetHistoryEntrySchema) });
