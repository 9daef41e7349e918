import { addCivilDays } from '@vitals/core';

/** The last day of a half-open window `[start, end)`: the day before `end`. */
export function lastDay(end: string): string {
  return addCivilDays(end, -1);
}

/**
 * Days as people read them: "Nov 3, 2026", "Nov 1 – Nov 10, 2026" for a range.
 * @example formatDays('2026-11-01', '2026-11-10', 'en-US'); // "Nov 1 – 10, 2026"
 */
export function formatDays(from: string, to: string | null, locale = 'en-US'): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  if (to === null || to === from) return format.format(day(from));
  // Intl puts thin spaces around the dash; plain spaces read (and copy) the same everywhere.
  return format.formatRange(day(from), day(to)).replace(/[\u2009\u202f]/g, ' ');
}
