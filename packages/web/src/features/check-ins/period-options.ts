import type { Calendar, Grain } from '@vitals/core';
import { recentPeriods } from '../../app/calendar';
import { formatPeriod } from '../../format/period';

export interface PeriodOption {
  value: string;
  label: string;
}

/**
 * The periods a check-in can review at a cadence: the running one and the `count − 1` before it,
 * newest first. The default is the last complete period (the review usually looks back).
 */
export function reviewPeriodOptions(
  calendar: Calendar,
  cadence: Grain,
  locale: string,
  now: Date = new Date(),
  count = 13,
): { options: PeriodOption[]; defaultKey: string } {
  const periods = recentPeriods(calendar, cadence, count, now);
  const options = periods.map((period, index) => ({
    value: period.key,
    label: `${formatPeriod(period, locale)}${index === 0 ? ' (running)' : ''}`,
  }));
  return { options, defaultKey: periods[1]?.key ?? periods[0]?.key ?? '' };
}

/** A stored period key as people read it, or the key itself when the calendar does not know it. */
export function periodLabel(calendar: Calendar, key: string, locale: string): string {
  try {
    return formatPeriod(calendar.parseKey(key), locale);
  } catch {
    return key;
  }
}
