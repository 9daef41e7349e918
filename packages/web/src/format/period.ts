import type { Grain } from '@vitals/core';

interface PeriodLike {
  grain: Grain;
  key: string;
}

const civil = (text: string) => new Date(`${text}T00:00:00Z`);

/**
 * A period key as people read it: "Nov 2026", "21 Nov 2026", "Week 47, 2026", "Q1 FY2027", "FY2027".
 * Keys the calendar may add later (retail calendars) are shown as they are.
 * @example formatPeriod({ grain: 'month', key: '2026-11' }, 'en-US'); // "Nov 2026"
 */
export function formatPeriod(period: PeriodLike, locale = 'en-US'): string {
  const { grain, key } = period;
  if (grain === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(key)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      civil(key),
    );
  }
  if (grain === 'month' && /^\d{4}-\d{2}$/.test(key)) {
    return new Intl.DateTimeFormat(locale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(civil(`${key}-01`));
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (grain === 'week' && week) return `Week ${Number(week[2])}, ${week[1]}`;
  const quarter = /^((?:FY)?\d{4})-Q([1-4])$/.exec(key);
  if (grain === 'quarter' && quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return key;
}

const GRAIN_WORDS: Record<Grain, string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** "month", "quarter": a grain in words. */
export function grainWord(grain: Grain): string {
  return GRAIN_WORDS[grain];
}

const CADENCE_WORDS: Record<Grain, string> = {
  day: 'Daily',
  week: 'Weekly',
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};

/** "Monthly", "Weekly": a review cadence or grain as an adjective. */
export function cadenceWord(grain: Grain): string {
  return CADENCE_WORDS[grain];
}
