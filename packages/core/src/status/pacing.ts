import type { AggregationKind } from '../aggregation/kind';
import type { Calendar, Period } from '../calendar/index';
import {
  isBand,
  scaleTargetValue,
  targetToDate,
  zipTargetValues,
  type PacedTarget,
  type TargetValue,
} from '../targets/index';

/** How the expected-to-date value was derived for a running period. */
export type PacingMethod = 'phased' | 'from_opening' | 'level' | 'none';

export interface Expected {
  value: TargetValue | null;
  pacing: PacingMethod;
}

/** A resolved target or a plain value; `null` when no target applies. */
export type TargetInput = PacedTarget | TargetValue | null;

function isResolved(target: TargetInput): target is PacedTarget {
  return target !== null && typeof target === 'object' && 'pieces' in target;
}

/** The full-period target value of a target input. */
export function targetValueOf(target: TargetInput): TargetValue | null {
  return isResolved(target) ? target.value : target;
}

/**
 * What the KPI should show by `asOf` in a running period.
 * - sum (and distinct, approximately): the target × the share phased to date — from the resolved
 *   target's own sub-period targets when it has them, else × `calendar.elapsedFraction`;
 * - last: from the opening value toward the target, `opening + (target − opening) × fraction`
 *   (the level target itself when the opening is unknown, and for a band);
 * - ratio, average, first, min, max: the level target itself.
 *
 * @example
 * expectedToDate({ kind: 'last', target: 130, opening: 100, period, asOf, calendar }).value; // 110 at 1/3
 */
export function expectedToDate(input: {
  kind: AggregationKind;
  target: TargetInput;
  period: Period;
  asOf: Date | number;
  calendar: Calendar;
  opening?: number | null;
  /** The share elapsed, when judging more than `period` (a run of periods ending with it). */
  fraction?: number;
}): Expected {
  const { kind, target, period, asOf, calendar } = input;
  const full = targetValueOf(target);
  if (full === null) return { value: null, pacing: 'none' };
  const fraction = input.fraction ?? calendar.elapsedFraction(period, asOf);
  if (kind === 'sum' || kind === 'distinct') {
    const value =
      kind === 'sum' && isResolved(target)
        ? targetToDate(target, asOf, calendar)
        : scaleTargetValue(full, fraction);
    return { value, pacing: 'phased' };
  }
  // A band on a stock says where the level should stay ("headcount 170–185"), not where it should
  // land: paced from the opening it would shrink to a sliver around it early in the period.
  if (kind === 'last' && !isBand(full) && input.opening !== undefined && input.opening !== null) {
    const opening = input.opening;
    const from: TargetValue = isBand(full) ? { lower: opening, upper: opening } : opening;
    const value = zipTargetValues(from, full, (o, t) => o + (t - o) * fraction);
    return { value, pacing: 'from_opening' };
  }
  return { value: full, pacing: 'level' };
}

/** A forecast of the period-end value; always marked as a forecast. */
export interface Projection {
  value: number;
  method: 'run_rate' | 'linear_from_opening' | 'current_level';
  isForecast: true;
}

/**
 * A simple projection of a running period's end value: sum → actual ÷ fraction (run rate);
 * last → the linear trend from the opening, `opening + (actual − opening) ÷ fraction`;
 * ratio, average, first, min, max → the level so far. `null` when nothing sensible can be said
 * (no time elapsed, no opening for `last`, distinct counts).
 *
 * @example
 * projectPeriodEnd({ kind: 'sum', actual: 9_500, fraction: 1 / 3 })?.value; // 28500
 */
export function projectPeriodEnd(input: {
  kind: AggregationKind;
  actual: number;
  fraction: number;
  opening?: number | null;
}): Projection | null {
  const { kind, actual, fraction } = input;
  if (!(fraction > 0)) return null;
  switch (kind) {
    case 'sum':
      return { value: actual / fraction, method: 'run_rate', isForecast: true };
    case 'last': {
      if (input.opening === undefined || input.opening === null) return null;
      const value = input.opening + (actual - input.opening) / fraction;
      return { value, method: 'linear_from_opening', isForecast: true };
    }
    case 'distinct':
      return null;
    default:
      return { value: actual, method: 'current_level', isForecast: true };
  }
}
