import { z } from 'zod';
import { grainSchema } from '../calendar/period';
import { targetBasisSchema } from '../targets/direction';
import { phasingWeightsSchema } from '../targets/schema';
import { targetValueSchema } from '../targets/value';
import {
  actorSchema,
  civilDateSchema,
  freeText,
  idSchema,
  periodKeySchema,
  storedFields,
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

/**
 * One stored target of a KPI, in one of three placements (core's targets module evaluates them):
 * - `effectiveFrom`: a standing value for every period of `grain` from that date on, until a later
 *   entry of the same grain (core's `TargetEntry`);
 * - `periodKey` without phasing: the value of that one period, whose grain is `grain` (an override);
 * - `periodKey` with `phasing`: a horizon total (`FY2027`) spread over its sub-periods of `grain`.
 */
const kpiTargetFields = z.object({
  kpiId: idSchema,
  grain: grainSchema,
  periodKey: periodKeySchema.nullable(),
  effectiveFrom: civilDateSchema.nullable(),
  /** A number, or `{ lower, upper }` for within-band KPIs. */
  value: targetValueSchema,
  phasing: kpiTargetPhasingSchema.nullable(),
  basis: targetBasisSchema,
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
    basis: targetBasisSchema.default('other'),
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
