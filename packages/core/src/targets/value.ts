import { z } from 'zod';

const finite = z.number({ error: 'must be a finite number' });

/** A band target for `within_band` KPIs: on target when `lower ≤ actual ≤ upper`. */
export const targetBandSchema = z
  .object({ lower: finite, upper: finite })
  .refine((band) => band.lower <= band.upper, {
    path: ['upper'],
    message: 'upper must be greater than or equal to lower',
  });
export type TargetBand = z.infer<typeof targetBandSchema>;

/** A single finite value, or a band for `within_band` KPIs. */
export const targetValueSchema = z.union([finite, targetBandSchema], {
  error: 'must be a finite number, or a band { lower, upper } of finite numbers',
});
export type TargetValue = number | TargetBand;

/** Narrowing helper: true for a `{ lower, upper }` band. */
export function isBand(value: TargetValue): value is TargetBand {
  return typeof value === 'object';
}

/** Applies `f` to a value, or to both bounds of a band. */
export function mapTargetValue(value: TargetValue, f: (n: number) => number): TargetValue {
  return isBand(value) ? { lower: f(value.lower), upper: f(value.upper) } : f(value);
}

/** Multiplies a value (or both bounds of a band) by `factor`. */
export function scaleTargetValue(value: TargetValue, factor: number): TargetValue {
  return mapTargetValue(value, (n) => n * factor);
}

/** Combines two values of the same shape bound by bound; throws when a number meets a band. */
export function zipTargetValues(
  a: TargetValue,
  b: TargetValue,
  f: (x: number, y: number) => number,
): TargetValue {
  if (isBand(a) && isBand(b)) return { lower: f(a.lower, b.lower), upper: f(a.upper, b.upper) };
  if (!isBand(a) && !isBand(b)) return f(a, b);
  throw new RangeError('cannot combine a single target value with a band');
}

/** Σ of values of one shape; `null` for an empty list. */
export function sumTargetValues(values: readonly TargetValue[]): TargetValue | null {
  let total: TargetValue | null = null;
  for (const v of values) total = total === null ? v : zipTargetValues(total, v, (x, y) => x + y);
  return total;
}
