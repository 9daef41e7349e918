import {
  lastPeriods,
  periodRange,
  RANGE_MAX_PERIODS,
  type Calendar,
  type DashboardSummaryQuery,
  type Grain,
  type Period,
  type PeriodRange,
} from '@vitals/core';
import { badRequest } from '../../http/problem';

/** What one card shows: a single period, or a run of periods. */
export type CardWindow = { kind: 'period'; period: Period } | { kind: 'range'; range: PeriodRange };

function refuse(pointer: string, message: string): never {
  throw badRequest(message, [{ pointer, message }]);
}

function parseKey(calendar: Calendar, key: string, pointer: string): Period {
  try {
    return calendar.parseKey(key);
  } catch (error) {
    return refuse(pointer, error instanceof Error ? error.message : String(error));
  }
}

/**
 * A custom range's periods, checked with the workspace calendar: both keys valid, of one grain
 * (the query's `grain` when given), `from` not after `to`, at most `RANGE_MAX_PERIODS` periods.
 * Returns null unless the query asks for `range=custom`.
 */
export function customRange(
  calendar: Calendar,
  q: Pick<DashboardSummaryQuery, 'range' | 'grain' | 'from' | 'to'>,
  pointers = { from: '/querystring/from', to: '/querystring/to' },
): PeriodRange | null {
  if (q.range !== 'custom' || !q.from || !q.to) return null;
  const first = parseKey(calendar, q.from, pointers.from);
  const last = parseKey(calendar, q.to, pointers.to);
  const grain = q.grain ?? first.grain;
  for (const [period, pointer] of [
    [first, pointers.from],
    [last, pointers.to],
  ] as const) {
    if (period.grain !== grain) {
      refuse(pointer, `"${period.key}" is a ${period.grain}, not a ${grain}`);
    }
  }
  if (first.start > last.start)
    refuse(pointers.from, `from is after to (${first.key} > ${last.key})`);
  const range = periodRange(calendar, first, last);
  if (range.count > RANGE_MAX_PERIODS) {
    refuse(
      pointers.to,
      `a range holds at most ${RANGE_MAX_PERIODS} periods; ${range.key} has ${range.count}`,
    );
  }
  return range;
}

/** The period or range a card shows at `grain`, as the query asks. */
export function cardWindow(
  calendar: Calendar,
  q: Pick<DashboardSummaryQuery, 'range' | 'n' | 'includeRunning'>,
  grain: Grain,
  asOf: Date,
  custom: PeriodRange | null,
): CardWindow {
  if (custom) return { kind: 'range', range: custom };
  if (q.range === 'last') {
    const range = lastPeriods(calendar, asOf, grain, q.n ?? 1, q.includeRunning ?? false);
    return { kind: 'range', range };
  }
  return { kind: 'period', period: calendar.periodAt(asOf, grain) };
}

/**
 * The periods whose data and targets the card's evaluation reads: a range with the range of the
 * same length before it (its change, a stock's opening value); a period with the one before it
 * (the last complete period a card falls back to, and that one's own comparisons).
 */
export function periodsToRead(calendar: Calendar, w: CardWindow): Period[] {
  if (w.kind === 'period') return [calendar.previous(w.period), w.period];
  return calendar.periodsBetween(calendar.shift(w.range.first, -w.range.count), w.range.last);
}
