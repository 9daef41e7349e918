import { z } from 'zod';
import type { Calendar } from './calendar';
import type { CivilDate } from './civil-date';
import { grainSchema, type Grain, type Period } from './period';

/**
 * A run of whole, consecutive periods of one grain ("the last 3 months", "Sep–Nov 2026"). Not a
 * `Period`: a period is one calendar bucket with a key the calendar can read back; a range is a
 * list of them, and its days are the union of theirs.
 */
export interface PeriodRange {
  grain: Grain;
  first: Period;
  last: Period;
  /** How many periods of the grain it holds. */
  count: number;
  /** `first.start` and `last.end` (half-open), the union window. */
  start: CivilDate;
  end: CivilDate;
  /** `2026-09..2026-11`; a single period's own key when `count` is 1. */
  key: string;
}

export const periodRangeSchema = z.object({
  grain: grainSchema,
  first: z.object({ grain: grainSchema, key: z.string(), start: z.string(), end: z.string() }),
  last: z.object({ grain: grainSchema, key: z.string(), start: z.string(), end: z.string() }),
  count: z.number().int(),
  start: z.string(),
  end: z.string(),
  key: z.string(),
});

/** The range from `first` to `last` (both included, same grain, `first` not after `last`). */
export function periodRange(calendar: Calendar, first: Period, last: Period): PeriodRange {
  if (first.grain !== last.grain) {
    throw new RangeError(
      `a range holds one grain: ${first.key} is a ${first.grain}, ${last.key} a ${last.grain}`,
    );
  }
  if (first.start > last.start) throw new RangeError(`${first.key} is after ${last.key}`);
  const count = calendar.periodsBetween(first, last).length;
  const key = count === 1 ? first.key : `${first.key}..${last.key}`;
  return { grain: first.grain, first, last, count, start: first.start, end: last.end, key };
}

/**
 * The last `n` periods of a grain as of an instant: the `n` complete ones before the running
 * period, or, with `includeRunning`, `n − 1` complete ones and the running one.
 *
 * @example
 * // As of 11 Nov 2026: lastPeriods(cal, asOf, 'month', 3).key === '2026-08..2026-10'
 * // and with includeRunning: '2026-09..2026-11'
 */
export function lastPeriods(
  calendar: Calendar,
  asOf: Date | number,
  grain: Grain,
  n: number,
  includeRunning = false,
): PeriodRange {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, not ${n}`);
  const running = calendar.periodAt(asOf, grain);
  const last = includeRunning ? running : calendar.previous(running);
  return periodRange(calendar, calendar.shift(last, 1 - n), last);
}

/** The range `steps` ranges of the same length earlier (−1: the run just before it). */
export function shiftRange(calendar: Calendar, range: PeriodRange, steps: number): PeriodRange {
  const by = range.count * steps;
  return periodRange(calendar, calendar.shift(range.first, by), calendar.shift(range.last, by));
}

/** The same periods one year earlier (each end moved by `calendar.sameLastYear`). */
export function rangeLastYear(calendar: Calendar, range: PeriodRange): PeriodRange {
  return periodRange(
    calendar,
    calendar.sameLastYear(range.first),
    calendar.sameLastYear(range.last),
  );
}

/** Every period of the range, in order. */
export function periodsOfRange(calendar: Calendar, range: PeriodRange): Period[] {
  return calendar.periodsBetween(range.first, range.last);
}
