import type { AggregationKind } from '../aggregation/kind';
import { grainRank, type Calendar, type Grain, type Period } from '../calendar/index';
import { isTotalTargetKind } from './direction';
import type { HorizonTarget, Phasing, PhasingMethod } from './schema';
import { mapTargetValue, scaleTargetValue, zipTargetValues, type TargetValue } from './value';

/** Why `last_year` phasing fell back to even shares. */
export type PhasingFallbackReason = 'no_data' | 'incomplete' | 'negative';

export interface PhasingResult {
  method: PhasingMethod;
  /** One target per sub-period, in order. */
  values: TargetValue[];
  /** Each sub-period's share of a total (sum kinds); `null` for level kinds. */
  shares: number[] | null;
  /** True when `last_year` had no usable shape and even shares were used instead. */
  fellBackToEven: boolean;
  fallbackReason?: PhasingFallbackReason;
}

/** Methods that make sense for a kind: totals are split, levels are held or ramped. */
export function phasingMethodsFor(kind: AggregationKind): readonly PhasingMethod[] {
  return isTotalTargetKind(kind) ? ['even', 'weights', 'last_year'] : ['even', 'ramp'];
}

function lastYearShares(
  lastYear: readonly (number | null)[],
): { shares: number[] } | { fallback: PhasingFallbackReason } {
  if (lastYear.every((v) => v === null || v === 0)) return { fallback: 'no_data' };
  if (lastYear.some((v) => v === null)) return { fallback: 'incomplete' };
  const values = lastYear as number[];
  if (values.some((v) => v < 0)) return { fallback: 'negative' };
  const total = values.reduce((a, b) => a + b, 0);
  return { shares: values.map((v) => v / total) };
}

/**
 * Spreads a horizon target over `count` sub-periods. For sum kinds the values add up to `total`
 * (even, weights, last year's shape); for level kinds each sub-period gets the level (`even`) or a
 * linear ramp from `phasing.from` that reaches `total` in the last sub-period.
 * Throws a RangeError naming the field when the method does not fit the kind or the counts differ.
 *
 * @example
 * phaseTotal(1200, 3, { method: 'weights', weights: [1, 1, 2] }, 'sum').values; // [300, 300, 600]
 * phaseTotal(130, 3, { method: 'ramp', from: 100 }, 'last').values; // [110, 120, 130]
 */
export function phaseTotal(
  total: TargetValue,
  count: number,
  phasing: Phasing,
  kind: AggregationKind,
): PhasingResult {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`cannot phase over ${count} sub-periods`);
  }
  if (!phasingMethodsFor(kind).includes(phasing.method)) {
    throw new RangeError(
      `phasing.method "${phasing.method}" does not fit a ${kind} metric; use ${phasingMethodsFor(kind).join(', ')}`,
    );
  }
  const fromShares = (shares: number[], extra: Partial<PhasingResult> = {}): PhasingResult => ({
    method: phasing.method,
    values: shares.map((s) => scaleTargetValue(total, s)),
    shares,
    fellBackToEven: false,
    ...extra,
  });
  const even = () => Array.from({ length: count }, () => 1 / count);
  switch (phasing.method) {
    case 'even':
      if (!isTotalTargetKind(kind)) {
        const values = Array.from({ length: count }, () => total);
        return { method: 'even', values, shares: null, fellBackToEven: false };
      }
      return fromShares(even());
    case 'weights': {
      const { weights } = phasing;
      if (weights.length !== count) {
        throw new RangeError(`phasing.weights has ${weights.length} weights; needs ${count}`);
      }
      const bad = weights.findIndex((w) => !Number.isFinite(w) || w < 0);
      if (bad >= 0) {
        throw new RangeError(`phasing.weights[${bad}] is ${weights[bad]}; weights must be ≥ 0`);
      }
      const sum = weights.reduce((a, b) => a + b, 0);
      if (sum === 0) throw new RangeError('phasing.weights are all zero');
      return fromShares(weights.map((w) => w / sum));
    }
    case 'last_year': {
      if (phasing.lastYear.length !== count) {
        throw new RangeError(
          `phasing.lastYear has ${phasing.lastYear.length} values; needs ${count}`,
        );
      }
      const shape = lastYearShares(phasing.lastYear);
      return 'shares' in shape
        ? fromShares(shape.shares)
        : fromShares(even(), { fellBackToEven: true, fallbackReason: shape.fallback });
    }
    case 'ramp': {
      const from = phasing.from;
      const values = Array.from({ length: count }, (_, i) =>
        zipTargetValues(from, total, (a, b) => a + ((b - a) * (i + 1)) / count),
      );
      // The last step lands exactly on the target, free of rounding.
      values[count - 1] = mapTargetValue(total, (n) => n);
      return { method: 'ramp', values, shares: null, fellBackToEven: false };
    }
  }
}

export interface PhasedHorizon extends PhasingResult {
  horizon: Period;
  grain: Grain;
  periods: Period[];
}

/**
 * Reads a horizon's key with the calendar, lists its sub-periods of `target.grain` (which must
 * nest in the horizon) and phases the target over them.
 *
 * @example
 * const cal = new GregorianCalendar({ fiscalYearStartMonth: 4 });
 * const fy = phaseHorizon(
 *   { horizon: 'FY2027', grain: 'quarter', total: 400, phasing: { method: 'even' } }, cal, 'sum');
 * fy.periods.map((p) => p.key); // ['FY2027-Q1', …, 'FY2027-Q4']; fy.values: [100, 100, 100, 100]
 */
export function phaseHorizon(
  target: HorizonTarget,
  calendar: Calendar,
  kind: AggregationKind,
): PhasedHorizon {
  const horizon = calendar.parseKey(target.horizon);
  if (grainRank(target.grain) >= grainRank(horizon.grain)) {
    throw new RangeError(
      `grain ${target.grain} is not finer than the horizon ${target.horizon} (${horizon.grain})`,
    );
  }
  if (!calendar.nests(target.grain, horizon.grain)) {
    throw new RangeError(
      `a ${horizon.grain} cannot be phased by ${target.grain}: its ${target.grain}s do not nest in it`,
    );
  }
  const periods = calendar.periodsIn(horizon.start, horizon.end, target.grain);
  const result = phaseTotal(target.total, periods.length, target.phasing, kind);
  return { ...result, horizon, grain: target.grain, periods };
}
