import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, getDay, getDayOfYear } from 'date-fns';

/**
 * A calendar date without a time or zone, written `YYYY-MM-DD`.
 * Civil dates sort correctly as strings, which the store and the roll-ups rely on.
 */
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * Civil-date arithmetic runs on date-fns over `UTCDate`, whose fields are the UTC fields: no day
 * there is longer or shorter than another, and the host's own time zone (a server in Pacific/Apia
 * has no 2011-12-30 of its own) cannot change an answer. Years go through setUTCFullYear, which,
 * unlike the Date constructor, does not read year 50 as 1950.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A UTCDate at midnight of year/month/day; out-of-range months and days roll over. */
function utcDate(year: number, month: number, day: number): UTCDate {
  const date = new UTCDate(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function format(date: Date): CivilDate {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError('cannot take the date of an invalid Date');
  if (year < 0 || year > 9999) {
    throw new RangeError(`year ${year} cannot be written as a date in the form YYYY-MM-DD`);
  }
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function wholeNumber(value: number, what: string): number {
  if (!Number.isFinite(value))
    throw new RangeError(`${what} must be a finite number, got ${value}`);
  return Math.trunc(value);
}

/** The civil date as a `UTCDate` at its midnight; throws a RangeError naming the value when it is not a real date. */
export function toUtcDate(date: CivilDate): UTCDate {
  const match = CIVIL_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = utcDate(year, month, day);
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a real calendar date`);
  }
  return value;
}

/** The UTC date of a `Date`. */
export function fromUtcDate(date: Date): CivilDate {
  return format(date);
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

/** The date of year/month/day; out-of-range months and days roll over (month 13 is next January). */
export function civil(year: number, month: number, day: number): CivilDate {
  return format(
    utcDate(wholeNumber(year, 'year'), wholeNumber(month, 'month'), wholeNumber(day, 'day')),
  );
}

/**
 * Sums already worked out: evaluating a KPI adds the same few days to the same dates again and
 * again (a tenth of its time went into date-fns here). Bounded; a hit skips only the arithmetic.
 */
const added = new Map<string, CivilDate>();
const ADDED_MAX = 20_000;

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  const key = `${date}|${days}`;
  const hit = added.get(key);
  if (hit !== undefined) return hit;
  const sum = format(addDays(toUtcDate(date), wholeNumber(days, 'days')));
  if (added.size >= ADDED_MAX) added.clear();
  added.set(key, sum);
  return sum;
}

/** Adds months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addCivilMonths(date: CivilDate, months: number): CivilDate {
  return format(addMonths(toUtcDate(date), wholeNumber(months, 'months')));
}

/**
 * Answers already worked out: target resolution and pacing ask for the same few spans (a period's
 * day count, a day's share of its month) tens of thousands of times per dashboard, and each costs
 * two date parses and a date-fns difference.
 */
const daysBetweenCache = new Map<string, number>();
const DAYS_BETWEEN_CACHE_SIZE = 50_000;

/** Whole days from `from` to `to` (positive when `to` is later). */
export function civilDaysBetween(from: CivilDate, to: CivilDate): number {
  const key = `${from}|${to}`;
  let days = daysBetweenCache.get(key);
  if (days === undefined) {
    days = differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
    if (daysBetweenCache.size >= DAYS_BETWEEN_CACHE_SIZE) daysBetweenCache.clear();
    daysBetweenCache.set(key, days);
  }
  return days;
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
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: getDay(d),
    dayOfYear: getDayOfYear(d),
  };
}

export function minCivil(a: CivilDate, b: CivilDate): CivilDate {
  return a < b ? a : b;
}
