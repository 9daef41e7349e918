import type { Direction, TargetBand } from '../targets/index';

/** Whether a change is good news for the KPI — judged by its direction, not by the sign. */
export type ChangeVerdict = 'better' | 'worse' | 'same' | 'unknown';

export interface Change {
  current: number | null;
  base: number | null;
  /** current − base; `null` when either is missing. */
  absolute: number | null;
  /**
   * The change in percent of the base's magnitude: `(current − base) ÷ |base| × 100`, so a rise is
   * positive even from a negative base. `null` when the base is 0 or either value is missing.
   */
  percent: number | null;
  verdict: ChangeVerdict;
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-12;
}

/** How far a value lies outside a band (0 inside). */
function distanceToBand(value: number, band: TargetBand): number {
  return Math.max(band.lower - value, 0, value - band.upper);
}

/**
 * The change from a base value (previous period, same period last year) to the current one.
 * higher_is_better: a rise is better; lower_is_better: a fall is better; within_band: getting
 * closer to `band` is better (both inside it: same; no band given: unknown).
 *
 * @example
 * compareWithBase(18, 20, 'lower_is_better'); // { absolute: -2, percent: -10, verdict: 'better', … }
 * compareWithBase(5, 0, 'higher_is_better').percent; // null (zero base)
 */
export function compareWithBase(
  current: number | null,
  base: number | null,
  direction: Direction,
  band?: TargetBand | null,
): Change {
  if (current === null || base === null) {
    return { current, base, absolute: null, percent: null, verdict: 'unknown' };
  }
  const absolute = current - base;
  const percent = base === 0 ? null : (absolute / Math.abs(base)) * 100;
  return { current, base, absolute, percent, verdict: verdictOf(current, base, direction, band) };
}

function verdictOf(
  current: number,
  base: number,
  direction: Direction,
  band: TargetBand | null | undefined,
): ChangeVerdict {
  if (direction === 'within_band') {
    if (!band) return 'unknown';
    const now = distanceToBand(current, band);
    const before = distanceToBand(base, band);
    if (nearlyEqual(now, before)) return 'same';
    return now < before ? 'better' : 'worse';
  }
  if (nearlyEqual(current, base)) return 'same';
  return current > base === (direction === 'higher_is_better') ? 'better' : 'worse';
}

export interface PeriodChanges {
  vsPrevious: Change;
  vsLastYear: Change;
}

/**
 * Changes against the previous period and the same period last year, each judged by direction.
 * For a running period pass like-for-like values (see `comparisonWindows`).
 *
 * @example
 * compareChanges({ current: 110, previous: 100, lastYear: 120, direction: 'higher_is_better' });
 * // vsPrevious: +10 (+10 %, better); vsLastYear: −10 (−8.33 %, worse)
 */
export function compareChanges(input: {
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  direction: Direction;
  /** within_band KPIs: the current period's band. */
  band?: TargetBand | null;
}): PeriodChanges {
  const { current, direction, band } = input;
  return {
    vsPrevious: compareWithBase(current, input.previous, direction, band),
    vsLastYear: compareWithBase(current, input.lastYear, direction, band),
  };
}
