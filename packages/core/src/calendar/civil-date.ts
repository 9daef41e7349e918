import { TZDate } from '@date-fns/tz';

/**
 * A calendar date without a time or zone, written `YYYY-MM-DD`.
 * Civil dates sort correctly as strings, which the store and the roll-ups rely on.
 */
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/*
 * Civil-date arithmetic is plain integer arithmetic on day numbers (days since 1970-01-01), after
 * H. Hinnant's `days_from_civil` / `civil_from_days`. It never goes through a `Date`'s local fields,
 * so neither the host's time zone (a server in Pacific/Apia has no 2011-12-30) nor `Date`'s
 * two-digit-year rule (year 50 read as 1950) can change an answer.
 */

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a proleptic Gregorian date (month 1–12, day 1–31). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floorDiv(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const z = n + 719_468;
  const era = floorDiv(z, 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floorDiv(
    dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36_524) - floorDiv(dayOfEra, 146_096),
    365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const mp = floorDiv(5 * dayOfYear + 2, 153);
  const day = dayOfYear - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function formatDayNumber(n: number): CivilDate {
  const { year, month, day } = fromDayNumber(n);
  if (year < 0 || year > 9999) {
    throw new RangeError(`year ${year} cannot be written as a date in the form YYYY-MM-DD`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day number of a valid civil date; throws a RangeError naming the value otherwise. */
function parseDayNumber(date: CivilDate): number {
  const match = CIVIL_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a real calendar date`);
  }
  return dayNumber(year, month, day);
}

function wholeNumber(value: number, what: string): number {
  if (!Number.isFinite(value))
    throw new RangeError(`${what} must be a finite number, got ${value}`);
  return Math.trunc(value);
}

/** Civil-date arithmetic runs in UTC, where no day is longer or shorter than another. */
export function toUtcDate(date: CivilDate): TZDate {
  return new TZDate(parseDayNumber(date) * DAY_MS, 'UTC');
}

/** The UTC date of a `Date` (for a `TZDate`, its date in UTC, whatever its zone). */
export function fromUtcDate(date: Date): CivilDate {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError('cannot take the date of an invalid Date');
  return formatDayNumber(floorDiv(ms, DAY_MS));
}

/** True when `value` is a well-formed, real calendar date such as `2026-02-28`. */
export function isCivilDate(value: string): boolean {
  try {
    parseDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The date of year/month/day; out-of-range months and days roll over (month 13 is next January). */
export function civil(year: number, month: number, day: number): CivilDate {
  const monthIndex = wholeNumber(year, 'year') * 12 + wholeNumber(month, 'month') - 1;
  const y = floorDiv(monthIndex, 12);
  return formatDayNumber(dayNumber(y, monthIndex - y * 12 + 1, 1) + wholeNumber(day, 'day') - 1);
}

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return formatDayNumber(parseDayNumber(date) + wholeNumber(days, 'days'));
}

/** Adds months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addCivilMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = fromDayNumber(parseDayNumber(date));
  const monthIndex = year * 12 + month - 1 + wholeNumber(months, 'months');
  const y = floorDiv(monthIndex, 12);
  const m = monthIndex - y * 12 + 1;
  return formatDayNumber(dayNumber(y, m, Math.min(day, daysInMonth(y, m))));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function civilDaysBetween(from: CivilDate, to: CivilDate): number {
  return parseDayNumber(to) - parseDayNumber(from);
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
  const n = parseDayNumber(date);
  const { year, month, day } = fromDayNumber(n);
  return {
    year,
    month,
    day,
    // 1970-01-01 was a Thursday.
    weekday: (((n + 4) % 7) + 7) % 7,
    dayOfYear: n - dayNumber(year, 1, 1) + 1,
  };
}

export function minCivil(a: CivilDate, b: CivilDate): CivilDate {
  return a < b ? a : b;
}
