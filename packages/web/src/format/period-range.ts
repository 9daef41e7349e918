import type { Grain } from '@vitals/core';
import { formatPeriod, grainWord } from './period';

interface PeriodLike {
  grain: Grain;
  key: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const QUARTER = /^((?:FY)?\d{4})-Q([1-4])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function monthName(key: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${key}-01T00:00:00Z`),
  );
}

/**
 * A run of periods as people read it, the shared year said once: "Sep–Nov 2026",
 * "Nov 2025–Jan 2026", "Weeks 45–48, 2026", "Q3–Q4 2026", "3–9 Nov 2026", "FY2025–FY2027".
 * A single period reads as `formatPeriod` does; unknown keys are shown as they are.
 */
export function formatRange(first: PeriodLike, last: PeriodLike, locale = 'en-US'): string {
  if (first.key === last.key) return formatPeriod(first, locale);
  const both = (re: RegExp) => {
    const a = re.exec(first.key);
    const b = re.exec(last.key);
    return a && b ? ([a, b] as const) : null;
  };
  const grain = first.grain;
  const month = grain === 'month' ? both(MONTH) : null;
  if (month) {
    const [a, b] = month;
    return a[1] === b[1]
      ? `${monthName(first.key, locale)}–${monthName(last.key, locale)} ${a[1]}`
      : `${formatPeriod(first, locale)}–${formatPeriod(last, locale)}`;
  }
  const week = grain === 'week' ? both(WEEK) : null;
  if (week) {
    const [a, b] = week;
    return a[1] === b[1]
      ? `Weeks ${Number(a[2])}–${Number(b[2])}, ${a[1]}`
      : `${formatPeriod(first, locale)} – ${formatPeriod(last, locale)}`;
  }
  const quarter = grain === 'quarter' ? both(QUARTER) : null;
  if (quarter) {
    const [a, b] = quarter;
    return a[1] === b[1] ? `Q${a[2]}–Q${b[2]} ${a[1]}` : `Q${a[2]} ${a[1]}–Q${b[2]} ${b[1]}`;
  }
  if (grain === 'day' && both(DAY)) {
    // The locale's own way of sharing month and year between two dates ("Nov 3 – 9, 2026").
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
      new Date(`${first.key}T00:00:00Z`),
      new Date(`${last.key}T00:00:00Z`),
    );
  }
  return `${first.key}–${last.key}`;
}

/** A period by its short name beside its grain: "W48", "Oct 2026", "Q3 2026", "29 Nov 2026". */
export function shortPeriod(period: PeriodLike, locale = 'en-US'): string {
  const week = period.grain === 'week' ? WEEK.exec(period.key) : null;
  return week ? `W${Number(week[2])}` : formatPeriod(period, locale);
}

/** "Last 3 months", "Last week", "Last 7 days to date": a last-N setting in words. */
export function lastPeriodsName(grain: Grain, n: number, includeRunning: boolean): string {
  const word = grainWord(grain);
  if (n === 1 && includeRunning) return `This ${word} to date`;
  const head = n === 1 ? `Last ${word}` : `Last ${n} ${word}s`;
  return includeRunning ? `${head} to date` : head;
}
