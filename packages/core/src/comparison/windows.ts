import type { Calendar, CivilDate, DateWindow, Period, PeriodPhase } from '../calendar/index';

export interface ComparisonWindows {
  phase: PeriodPhase;
  /** True when the windows are the first `days` days of each period (running period). */
  likeForLike: boolean;
  /** Days in the current window. */
  days: number;
  current: DateWindow;
  previous: DateWindow;
  lastYear: DateWindow;
  periods: { current: Period; previous: Period; lastYear: Period };
}

/**
 * The date windows to aggregate for comparing a period with the previous period and the same
 * period last year. Complete periods compare whole periods. The running period compares like for
 * like via `calendar.likeForLike`: its first N days against the first N days of the previous
 * period and of the same period last year (each cut at its own end). By default N counts complete
 * days only (`through: 'last_complete_day'`), so a half-finished today is not set against a full
 * day; `'as_of_day'` counts today too. A future period gets empty windows.
 *
 * @example
 * // As of 11 November 2026, 15:00: Nov 1–10 vs Oct 1–10 vs Nov 1–10 2025
 * comparisonWindows(cal.parseKey('2026-11'), asOf, cal).current; // { start: '2026-11-01', end: '2026-11-11' }
 */
export function comparisonWindows(
  period: Period,
  asOf: Date | number,
  calendar: Calendar,
  options: { through?: 'last_complete_day' | 'as_of_day' } = {},
): ComparisonWindows {
  const phase = calendar.phase(period, asOf);
  const periods = {
    current: period,
    previous: calendar.previous(period),
    lastYear: calendar.sameLastYear(period),
  };
  if (phase === 'complete') {
    const whole = (p: Period): DateWindow => ({ start: p.start, end: p.end });
    return {
      phase,
      likeForLike: false,
      days: calendar.dayCount(period),
      current: whole(periods.current),
      previous: whole(periods.previous),
      lastYear: whole(periods.lastYear),
      periods,
    };
  }
  const today = calendar.dateOf(asOf);
  const dayBefore = (date: CivilDate) => calendar.previous(calendar.periodOf(date, 'day')).start;
  const through = options.through ?? 'last_complete_day';
  // A future period (or one just begun, counting complete days only) has zero days so far.
  const lastDay =
    phase === 'future'
      ? dayBefore(period.start)
      : through === 'as_of_day'
        ? today
        : dayBefore(today);
  const windows = calendar.likeForLike(period, lastDay);
  return {
    phase,
    likeForLike: true,
    days: windows.days,
    current: windows.current,
    previous: windows.previous,
    lastYear: windows.lastYear,
    periods,
  };
}
