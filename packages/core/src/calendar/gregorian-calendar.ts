import {
  addCivilDays,
  addCivilMonths,
  civil,
  civilDaysBetween,
  civilParts,
  fromUtcDate,
  minCivil,
  toUtcDate,
  type CivilDate,
} from './civil-date';
import type { Calendar, LikeForLikeWindows, PeriodPhase } from './calendar';
import { grainRank, type Grain, type Period } from './period';
import {
  calendarSettingsSchema,
  type CalendarSettings,
  type CalendarSettingsInput,
} from './settings';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const toMs = (instant: Date | number): number =>
  typeof instant === 'number' ? instant : instant.getTime();

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DAY_START_CACHE_SIZE = 10_000;
const PERIOD_CACHE_SIZE = 20_000;

/*
 * Time-zone arithmetic reads the zone's wall clock through Intl (the runtime's IANA data) and never
 * through a `Date`'s local fields, so the host's own time zone cannot change an answer.
 */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormats.set(zone, format);
  }
  return format;
}

/** The zone's wall-clock time at an instant, written as the UTC instant with the same fields. */
function wallClock(zone: string, ms: number): number {
  const subSecond = ((ms % 1000) + 1000) % 1000;
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of wallClockFormat(zone).formatToParts(ms - subSecond)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(fields.year ?? NaN, (fields.month ?? NaN) - 1, fields.day ?? NaN);
  wall.setUTCHours(fields.hour ?? NaN, fields.minute ?? NaN, fields.second ?? NaN, subSecond);
  return wall.getTime();
}

/**
 * The first instant at which the zone's wall clock reads `wall` or later: local midnight, or the end
 * of the jump when the clocks skip it, or the first of two midnights when the clocks fall back over it.
 */
function firstInstantAtWallClock(zone: string, wall: number): number {
  const reaches = (t: number): boolean => wallClock(zone, t) >= wall;
  // Usually the offset a day before or a day after gives the instant exactly.
  const candidates = new Set(
    [wall - DAY_MS, wall + DAY_MS].map((t) => wall - wallClock(zone, t) + t),
  );
  const exact = [...candidates].filter((t) => wallClock(zone, t) === wall && !reaches(t - 1));
  if (exact.length > 0) return Math.min(...exact);
  // The clocks jump over `wall` (or change twice near it): walk up to it in half hours from a time
  // no zone's offset can reach (offsets stay within ±18 h), then bisect to the millisecond.
  let lo = wall - 18 * HOUR_MS;
  while (!reaches(lo + HOUR_MS / 2)) lo += HOUR_MS / 2;
  let hi = lo + HOUR_MS / 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** First instants of local days already worked out, per zone (each costs a few Intl look-ups). */
const dayStarts = new Map<string, Map<CivilDate, number>>();

function dayStart(zone: string, date: CivilDate): number {
  let starts = dayStarts.get(zone);
  if (!starts) dayStarts.set(zone, (starts = new Map()));
  let start = starts.get(date);
  if (start === undefined) {
    start = firstInstantAtWallClock(zone, toUtcDate(date).getTime());
    if (starts.size >= DAY_START_CACHE_SIZE) starts.clear();
    starts.set(date, start);
  }
  return start;
}

/**
 * The Gregorian calendar in a workspace's time zone, with a configurable week start and fiscal year.
 *
 * Keys: days `2026-11-21`; weeks `2026-W47`; months `2026-11`; quarters `2026-Q4` and years `2026`
 * when the fiscal year starts in January, otherwise `FY2027-Q1` and `FY2027` — a fiscal year is named
 * by the calendar year in which it ends (April 2026 – March 2027 is FY2027).
 *
 * Week numbers: a week belongs to the year that holds its fourth day, and week 1 is the week that
 * holds January 4th. With Monday as the first day this is exactly ISO 8601 (the Thursday rule); with
 * Sunday as the first day the Wednesday decides. A year therefore has 52 or 53 weeks, and the
 * first or last days of a calendar year can sit in the neighbouring year's week.
 *
 * @example
 * const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin', fiscalYearStartMonth: 4 });
 * cal.periodAt(new Date('2026-11-21T12:00:00Z'), 'quarter').key; // 'FY2027-Q3'
 */
export class GregorianCalendar implements Calendar {
  readonly settings: CalendarSettings;

  constructor(settings: CalendarSettingsInput = {}) {
    this.settings = calendarSettingsSchema.parse(settings);
  }

  /** The last instant asked and its date: evaluations ask for "today" once per KPI and window. */
  private lastDate: { ms: number; date: CivilDate } | null = null;

  dateOf(instant: Date | number): CivilDate {
    const ms = toMs(instant);
    if (this.lastDate?.ms === ms) return this.lastDate.date;
    const date = fromUtcDate(new Date(wallClock(this.settings.timeZone, ms)));
    this.lastDate = { ms, date };
    return date;
  }

  periodAt(instant: Date | number, grain: Grain): Period {
    return this.periodOf(this.dateOf(instant), grain);
  }

  /**
   * Periods already worked out, by grain and date. Each costs several date-fns operations, and a
   * dashboard asks for the same few hundred thousands of times (sparklines, targets, comparisons).
   * Frozen, since every caller shares them.
   */
  private readonly periods = new Map<string, Period>();

  periodOf(date: CivilDate, grain: Grain): Period {
    const cacheKey = `${grain}${date}`;
    let period = this.periods.get(cacheKey);
    if (!period) {
      period = Object.freeze(this.computePeriodOf(date, grain));
      if (this.periods.size >= PERIOD_CACHE_SIZE) this.periods.clear();
      this.periods.set(cacheKey, period);
    }
    return period;
  }

  private computePeriodOf(date: CivilDate, grain: Grain): Period {
    const { year, month, weekday } = civilParts(date);
    switch (grain) {
      case 'day':
        return { grain, key: date, start: date, end: addCivilDays(date, 1) };
      case 'week': {
        const start = addCivilDays(date, -((weekday - this.settings.weekStartsOn + 7) % 7));
        return { grain, key: this.weekKey(start), start, end: addCivilDays(start, 7) };
      }
      case 'month': {
        const start = civil(year, month, 1);
        return { grain, key: `${year}-${pad2(month)}`, start, end: addCivilMonths(start, 1) };
      }
      case 'quarter': {
        const offset = this.fiscalMonthIndex(month);
        const start = addCivilMonths(civil(year, month, 1), -(offset % 3));
        const quarter = Math.floor(offset / 3) + 1;
        const key = this.fiscal()
          ? `FY${this.fiscalYearOf(year, month)}-Q${quarter}`
          : `${year}-Q${quarter}`;
        return { grain, key, start, end: addCivilMonths(start, 3) };
      }
      case 'year': {
        const start = addCivilMonths(civil(year, month, 1), -this.fiscalMonthIndex(month));
        const fy = this.fiscalYearOf(year, month);
        const key = this.fiscal() ? `FY${fy}` : String(fy);
        return { grain, key, start, end: addCivilMonths(start, 12) };
      }
    }
  }

  /** Keys already parsed (only valid ones: a bad key throws every time). */
  private readonly keys = new Map<string, Period>();

  parseKey(key: string): Period {
    const cached = this.keys.get(key);
    if (cached) return cached;
    const period = this.periodForKey(key);
    if (!period || this.periodOf(period.start, period.grain).key !== key) {
      throw new RangeError(`"${key}" is not a period key of this calendar${this.keyHint()}`);
    }
    if (this.keys.size >= PERIOD_CACHE_SIZE) this.keys.clear();
    this.keys.set(key, period);
    return period;
  }

  next(period: Period): Period {
    return this.periodOf(period.end, period.grain);
  }

  previous(period: Period): Period {
    return this.periodOf(addCivilDays(period.start, -1), period.grain);
  }

  shift(period: Period, n: number): Period {
    switch (period.grain) {
      case 'day':
        return this.periodOf(addCivilDays(period.start, n), 'day');
      case 'week':
        return this.periodOf(addCivilDays(period.start, 7 * n), 'week');
      case 'month':
        return this.periodOf(addCivilMonths(period.start, n), 'month');
      case 'quarter':
        return this.periodOf(addCivilMonths(period.start, 3 * n), 'quarter');
      case 'year':
        return this.periodOf(addCivilMonths(period.start, 12 * n), 'year');
    }
  }

  sameLastYear(period: Period): Period {
    switch (period.grain) {
      case 'day':
      case 'month':
        // addCivilMonths clamps 29 February to the 28th.
        return this.periodOf(addCivilMonths(period.start, -12), period.grain);
      case 'week': {
        const [yearText, weekText] = period.key.split('-W');
        const year = Number(yearText) - 1;
        const week = Number(weekText);
        const week1 = this.periodOf(civil(year, 1, 4), 'week').start;
        const candidate = this.periodOf(addCivilDays(week1, 7 * (week - 1)), 'week');
        // Week 53 of a 53-week year maps to week 52 of a year that has none.
        return candidate.key.startsWith(`${year}-`) ? candidate : this.previous(candidate);
      }
      case 'quarter':
        return this.shift(period, -4);
      case 'year':
        return this.shift(period, -1);
    }
  }

  periodsIn(from: CivilDate, to: CivilDate, grain: Grain): Period[] {
    const out: Period[] = [];
    if (from >= to) return out;
    for (let p = this.periodOf(from, grain); p.start < to; p = this.next(p)) out.push(p);
    return out;
  }

  periodsBetween(first: Period, last: Period): Period[] {
    if (first.grain !== last.grain) {
      throw new RangeError(`cannot list periods from a ${first.grain} to a ${last.grain}`);
    }
    return this.periodsIn(first.start, last.end, first.grain);
  }

  startInstant(period: Period): Date {
    return new Date(dayStart(this.settings.timeZone, period.start));
  }

  endInstant(period: Period): Date {
    return this.startInstant(this.periodOf(period.end, 'day'));
  }

  dayCount(period: Period): number {
    return civilDaysBetween(period.start, period.end);
  }

  elapsedDays(period: Period, instant: Date | number): number {
    const ms = toMs(instant);
    if (ms <= this.startInstant(period).getTime()) return 0;
    if (ms >= this.endInstant(period).getTime()) return this.dayCount(period);
    const today = this.periodOf(this.dateOf(ms), 'day');
    const dayStart = this.startInstant(today).getTime();
    const dayLength = this.endInstant(today).getTime() - dayStart;
    return civilDaysBetween(period.start, today.start) + (ms - dayStart) / dayLength;
  }

  elapsedFraction(period: Period, instant: Date | number): number {
    return this.elapsedDays(period, instant) / this.dayCount(period);
  }

  phase(period: Period, instant: Date | number): PeriodPhase {
    const ms = toMs(instant);
    if (ms < this.startInstant(period).getTime()) return 'future';
    return ms < this.endInstant(period).getTime() ? 'running' : 'complete';
  }

  likeForLike(period: Period, asOf: CivilDate): LikeForLikeWindows {
    const days = Math.max(
      0,
      Math.min(civilDaysBetween(period.start, asOf) + 1, this.dayCount(period)),
    );
    const firstDays = (p: Period) => ({
      start: p.start,
      end: minCivil(addCivilDays(p.start, days), p.end),
    });
    return {
      days,
      current: firstDays(period),
      previous: firstDays(this.previous(period)),
      lastYear: firstDays(this.sameLastYear(period)),
    };
  }

  nests(fine: Grain, coarse: Grain): boolean {
    if (grainRank(fine) > grainRank(coarse)) return false;
    return fine !== 'week' || coarse === 'week';
  }

  private fiscal(): boolean {
    return this.settings.fiscalYearStartMonth !== 1;
  }

  /** Months since the fiscal year began: 0 for its first month. */
  private fiscalMonthIndex(month: number): number {
    return (month - this.settings.fiscalYearStartMonth + 12) % 12;
  }

  private fiscalYearOf(year: number, month: number): number {
    return this.fiscal() && month >= this.settings.fiscalYearStartMonth ? year + 1 : year;
  }

  private weekKey(weekStart: CivilDate): string {
    const decidingDay = civilParts(addCivilDays(weekStart, 3));
    const week = Math.floor((decidingDay.dayOfYear - 1) / 7) + 1;
    return `${decidingDay.year}-W${pad2(week)}`;
  }

  private periodForKey(key: string): Period | undefined {
    let m: RegExpExecArray | null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return this.tryPeriod(() => this.periodOf(key, 'day'));
    if ((m = /^(\d{4})-W(\d{2})$/.exec(key))) {
      const week1 = this.periodOf(civil(Number(m[1]), 1, 4), 'week').start;
      return this.periodOf(addCivilDays(week1, 7 * (Number(m[2]) - 1)), 'week');
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(key))) {
      const month = Number(m[2]);
      return month >= 1 && month <= 12
        ? this.periodOf(civil(Number(m[1]), month, 1), 'month')
        : undefined;
    }
    if ((m = /^(?:FY)?(\d{4})-Q([1-4])$/.exec(key))) {
      const yearStart = this.fiscalYearStart(Number(m[1]));
      return this.periodOf(addCivilMonths(yearStart, 3 * (Number(m[2]) - 1)), 'quarter');
    }
    if ((m = /^(?:FY)?(\d{4})$/.exec(key))) {
      return this.periodOf(this.fiscalYearStart(Number(m[1])), 'year');
    }
    return undefined;
  }

  /** First day of the (fiscal) year named `year`. */
  private fiscalYearStart(year: number): CivilDate {
    const F = this.settings.fiscalYearStartMonth;
    return civil(F === 1 ? year : year - 1, F, 1);
  }

  private tryPeriod(make: () => Period): Period | undefined {
    try {
      return make();
    } catch {
      return undefined;
    }
  }

  private keyHint(): string {
    return this.fiscal()
      ? ' (keys look like 2026-11-21, 2026-W47, 2026-11, FY2027-Q1, FY2027)'
      : ' (keys look like 2026-11-21, 2026-W47, 2026-11, 2026-Q4, 2026)';
  }
}
