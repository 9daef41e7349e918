import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format, getDayOfYear } from 'date-fns';

/**
 * A calendar date without a time or zone, written `YYYY-MM-DD`.
 * Civil dates sort correctly as strings, which the store and the roll-ups rely on.
 */
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Civil-date arithmetic runs in UTC, where no day is longer or shorter than another. */
export function toUtcDate(date: CivilDate): TZDate {
  const match = CIVIL_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [, y, m, d] = match;
  const value = new TZDate(Number(y), Number(m) - 1, Number(d), 'UTC');
  if (format(value, 'yyyy-MM-dd') !== date) {
    throw new RangeError(`"${date}" is not a real calendar date`);
  }
  return value;
}

export function fromUtcDate(date: Date): CivilDate {
  return format(date, 'yyyy-MM-dd');
}

/** True when `value` is a well-formed, real calendar date such as `2026-02-28`. */
export function isCivilDate(value: string): boolean {
  try {
    toUtcDate(value);
    return true;
  } catch {
    return false;
  }
}

export function civil(year: number, month: number, day: number): CivilDate {
  return fromUtcDate(new TZDate(year, month - 1, day, 'UTC'));
}

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return fromUtcDate(addDays(toUtcDate(date), days));
}

/** Adds months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addCivilMonths(date: CivilDate, months: number): CivilDate {
  return fromUtcDate(addMonths(toUtcDate(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function civilDaysBetween(from: CivilDate, to: CivilDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

export interface CivilParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  dayOfYear: number;
}

export function civilParts(date: CivilDate): CivilParts {
  const d = toUtcDate(date);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    weekday: d.getDay(),
    dayOfYear: getDayOfYear(d),
  };
}

export function minCivil(a: CivilDate, b: CivilDate): CivilDate {
  return a < b ? a : b;
}
