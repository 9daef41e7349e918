import { z } from 'zod';
import { grainSchema, isCivilDate } from '../calendar/index';
import { directionSchema, targetBasisSchema } from './direction';
import { isBand, targetValueSchema, type TargetValue } from './value';

const civilDateSchema = z
  .string()
  .refine(isCivilDate, { message: 'must be a real date in the form YYYY-MM-DD' });
const noteSchema = z.string().max(2000).optional();

/**
 * A target per period of one grain that applies from `effectiveFrom` (the first day of a period
 * of that grain) until a later entry of the same grain supersedes it.
 * E.g. monthly 100 from 2026-01-01, then monthly 120 from 2026-07-01.
 */
export const effectiveTargetSchema = z.object({
  grain: grainSchema,
  effectiveFrom: civilDateSchema,
  value: targetValueSchema,
  note: noteSchema,
});
export type EffectiveTarget = z.infer<typeof effectiveTargetSchema>;

/** An explicit target for one period, by its key (`2026-11`, `FY2027-Q1`); beats every other rule. */
export const targetOverrideSchema = z.object({
  period: z.string().min(1, 'must be a period key such as 2026-11'),
  value: targetValueSchema,
  note: noteSchema,
});
export type TargetOverride = z.infer<typeof targetOverrideSchema>;

/** Custom phasing weights, one per sub-period: non-negative, finite and not all zero. */
export const phasingWeightsSchema = z
  .array(z.number({ error: 'must be a finite number' }))
  .min(1, 'needs one weight per sub-period')
  .superRefine((weights, ctx) => {
    weights.forEach((w, i) => {
      if (w < 0) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `weight ${i + 1} (sub-period ${i + 1}) is negative (${w}); weights must be ≥ 0`,
        });
      }
    });
    if (weights.every((w) => w === 0)) {
      ctx.addIssue({ code: 'custom', message: 'weights are all zero; at least one must be > 0' });
    }
  });

/**
 * How a horizon's target is spread over its sub-periods.
 * - `even` — sum kinds: equal shares; level kinds: the same level in every sub-period.
 * - `weights` — sum kinds: shares proportional to custom weights, one per sub-period.
 * - `last_year` — sum kinds: the shape of last year's actuals for the same sub-periods
 *   (`null` where last year has no value); falls back to `even`, flagged, without a usable shape.
 * - `ramp` — level kinds: linear from `from` (the level before the horizon) to the target, reached
 *   in the last sub-period.
 */
export const phasingSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('even') }),
  z.object({ method: z.literal('weights'), weights: phasingWeightsSchema }),
  z.object({
    method: z.literal('last_year'),
    lastYear: z.array(z.number({ error: 'must be a finite number or null' }).nullable()),
  }),
  z.object({ method: z.literal('ramp'), from: targetValueSchema }),
]);
export type Phasing = z.infer<typeof phasingSchema>;
export type PhasingMethod = Phasing['method'];

/**
 * A target for a whole horizon (`FY2027`, `2026`, `2026-Q4`) phased across its sub-periods of
 * `grain`. For sum kinds `total` is the horizon's total; for level kinds it is the level to hold
 * (or to reach, with `ramp`).
 */
export const horizonTargetSchema = z.object({
  horizon: z.string().min(1, 'must be a period key such as FY2027'),
  grain: grainSchema,
  total: targetValueSchema,
  phasing: phasingSchema,
  note: noteSchema,
});
export type HorizonTarget = z.infer<typeof horizonTargetSchema>;

function checkShapes(
  def: { direction: string; entries: EffectiveTarget[]; overrides: TargetOverride[] },
  horizons: HorizonTarget[],
  ctx: z.RefinementCtx,
): void {
  const wantBand = def.direction === 'within_band';
  const check = (value: TargetValue, path: (string | number)[]) => {
    if (isBand(value) !== wantBand) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: wantBand
          ? 'a within_band KPI needs a band { lower, upper } here'
          : `a ${def.direction} KPI needs a single number here, not a band`,
      });
    }
  };
  def.entries.forEach((e, i) => check(e.value, ['entries', i, 'value']));
  def.overrides.forEach((o, i) => check(o.value, ['overrides', i, 'value']));
  horizons.forEach((h, i) => {
    check(h.total, ['horizons', i, 'total']);
    if (h.phasing.method === 'ramp') check(h.phasing.from, ['horizons', i, 'phasing', 'from']);
  });
}

function checkDuplicates(
  def: { entries: EffectiveTarget[]; overrides: TargetOverride[] },
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  def.entries.forEach((e, i) => {
    const id = `${e.grain}@${e.effectiveFrom}`;
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', i, 'effectiveFrom'],
        message: `another ${e.grain} entry is already effective from ${e.effectiveFrom}`,
      });
    }
    seen.add(id);
  });
  const keys = new Set<string>();
  def.overrides.forEach((o, i) => {
    if (keys.has(o.period)) {
      ctx.addIssue({
        code: 'custom',
        path: ['overrides', i, 'period'],
        message: `period ${o.period} is overridden twice`,
      });
    }
    keys.add(o.period);
  });
}

/**
 * A KPI's targets: direction, basis (with a note, required for `other`), per-grain entries with
 * effective dates, per-period overrides and phased horizon totals. Checks what needs no calendar;
 * {@link targetDefinitionSchemaFor} adds the checks that do.
 */
export const targetDefinitionSchema = z
  .object({
    direction: directionSchema,
    basis: targetBasisSchema,
    note: noteSchema,
    entries: z.array(effectiveTargetSchema).default([]),
    overrides: z.array(targetOverrideSchema).default([]),
    horizons: z.array(horizonTargetSchema).default([]),
  })
  .superRefine((def, ctx) => {
    if (def.basis === 'other' && !def.note?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'explain the basis of the target in a note when the basis is "other"',
      });
    }
    checkShapes(def, def.horizons, ctx);
    checkDuplicates(def, ctx);
  });
export type TargetDefinition = z.infer<typeof targetDefinitionSchema>;
export type TargetDefinitionInput = z.input<typeof targetDefinitionSchema>;
