import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCivilDays,
  civilDaysBetween,
  civilParts,
  fromUtcDate,
  toUtcDate,
  type CivilDate,
} from './civil-date';
import { GregorianCalendar } from './gregorian-calendar';
import { GRAINS, grainRank, type Grain, type Period } from './period';
import type { CalendarSettings } from './settings';

/**
 * Laws every calendar answer must obey, over zones with odd offsets and DST rules (half-hour DST on
 * Lord Howe, +05:45 in Kathmandu, -03:30 in St. John's, +12:45 in Chatham, midnight jumps in São
 * Paulo, midnight fall-backs in Havana and Amman, a skipped day in Apia), every week start and
 * every fiscal start month.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const RUNS = 2500;

const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'America/Havana',
  'Asia/Amman',
  'America/Santiago',
  'Pacific/Apia',
  'Asia/Kolkata',
] as const;

const settingsArb: fc.Arbitrary<CalendarSettings> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekStartsOn: fc.integer({ min: 0, max: 6 }),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});
const grainArb = fc.constantFrom(...GRAINS);

const FIRST_DAY = Date.UTC(1970, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2060, 0, 1) / DAY_MS;
const dateArb: fc.Arbitrary<CivilDate> = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((n) => fromUtcDate(new Date(n * DAY_MS)));

/** An instant anywhere, or one within three hours of a local midnight, where the bugs live. */
type InstantSpec = { anywhere: number } | { near: CivilDate; offsetMs: number };
const instantArb: fc.Arbitrary<InstantSpec> = fc.oneof(
  fc.integer({ min: FIRST_DAY * DAY_MS, max: LAST_DAY * DAY_MS }).map((anywhere) => ({ anywhere })),
  fc.record({
    near: dateArb,
    offsetMs: fc.oneof(
      fc.integer({ min: -3 * HOUR_MS, max: 3 * HOUR_MS }),
      fc.integer({ min: -2, max: 2 }),
    ),
  }),
);
const instantOf = (cal: GregorianCalendar, spec: InstantSpec): number =>
  'anywhere' in spec
    ? spec.anywhere
    : cal.startInstant(cal.periodOf(spec.near, 'day')).getTime() + spec.offsetMs;

const calendars = new Map<string, GregorianCalendar>();
function calendarFor(settings: CalendarSettings): GregorianCalendar {
  const id = JSON.stringify(settings);
  let cal = calendars.get(id);
  if (!cal) calendars.set(id, (cal = new GregorianCalendar(settings)));
  return cal;
}

/** An independent reading of the local date: Intl's own calendar fields, not the code under test. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function referenceDate(timeZone: string, ms: number): CivilDate {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  const part = (type: string) => format.formatToParts(ms).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const DAYS_IN: Record<Grain, [number, number]> = {
  day: [1, 1],
  week: [7, 7],
  month: [28, 31],
  quarter: [89, 92],
  year: [365, 366],
};

function keyPattern(grain: Grain, fiscal: boolean): RegExp {
  const fy = fiscal ? 'FY' : '';
  return {
    day: /^\d{4}-\d{2}-\d{2}$/,
    week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
    month: /^\d{4}-(0[1-9]|1[0-2])$/,
    quarter: new RegExp(`^${fy}\\d{4}-Q[1-4]$`),
    year: new RegExp(`^${fy}\\d{4}$`),
  }[grain];
}

const expectTiles = (periods: Period[]) => {
  const gaps = periods.filter((p, i) => i > 0 && p.start !== periods[i - 1]?.end);
  expect(gaps).toEqual([]);
};

/** The zone's UTC offset in minutes as Intl names it (`GMT+05:45`), independently of the code. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
function referenceOffset(timeZone: string, ms: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!match) throw new Error(`unexpected offset name ${name} in ${timeZone}`);
  const minutes = Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

describe('GregorianCalendar around every offset change, 1980–2040', () => {
  it.each(ZONES.filter((zone) => zone !== 'UTC' && zone !== 'Asia/Kolkata'))('%s', (timeZone) => {
    const cal = new GregorianCalendar({ timeZone });
    const problems: string[] = [];
    let changes = 0;
    let previous = referenceOffset(timeZone, Date.UTC(1980, 0, 1));
    for (let ms = Date.UTC(1980, 0, 2); ms < Date.UTC(2041, 0, 1); ms += DAY_MS) {
      const offset = referenceOffset(timeZone, ms);
      if (offset === previous) continue;
      previous = offset;
      changes++;
      // The change happened in the last 24 hours: check the local days around it.
      const around = cal.dateOf(ms - DAY_MS / 2);
      for (let k = -2; k <= 2; k++) {
        const date = addCivilDays(around, k);
        const day = cal.periodOf(date, 'day');
        const start = cal.startInstant(day).getTime();
        const end = cal.endInstant(day).getTime();
        const startsAt = referenceDate(timeZone, start);
        const exists = start < end;
        if (referenceDate(timeZone, start - 1) >= date || startsAt !== (exists ? date : day.end)) {
          problems.push(`${date} starts ${new Date(start).toISOString()} (${startsAt})`);
        }
        for (const t of [start, end - 1, (start + end) / 2]) {
          if (exists && cal.dateOf(t) !== referenceDate(timeZone, t)) {
            problems.push(`dateOf ${new Date(t).toISOString()}`);
          }
        }
        // With both midnights on the clock, the day lasts 24 h less the change of offset.
        const wallStart = start + referenceOffset(timeZone, start) * 60_000;
        const wallEnd = end + referenceOffset(timeZone, end) * 60_000;
        if (
          exists &&
          wallStart === toUtcDate(day.start).getTime() &&
          wallEnd === toUtcDate(day.end).getTime() &&
          end - start !==
            DAY_MS - (referenceOffset(timeZone, end) - referenceOffset(timeZone, start)) * 60_000
        ) {
          problems.push(`${date} lasts ${(end - start) / HOUR_MS} h`);
        }
      }
    }
    expect(changes).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('GregorianCalendar laws', () => {
  it('reads the local date as Intl does, and a day starts at its first instant', () => {
    fc.assert(
      fc.property(settingsArb, instantArb, dateArb, (settings, spec, date) => {
        const cal = calendarFor(settings);
        const t = instantOf(cal, spec);
        expect(cal.dateOf(t)).toBe(referenceDate(settings.timeZone, t));
        expect(cal.dateOf(new Date(t))).toBe(cal.dateOf(t));

        const day = cal.periodOf(date, 'day');
        const start = cal.startInstant(day).getTime();
        const end = cal.endInstant(day).getTime();
        expect(referenceDate(settings.timeZone, start - 1) < date).toBe(true);
        if (start < end) expect(referenceDate(settings.timeZone, start)).toBe(date);
        // A day the zone skipped (Apia, 30 December 2011) has no instants.
        else expect(referenceDate(settings.timeZone, start)).toBe(day.end);
        expect(end - start).toBeLessThanOrEqual(26 * HOUR_MS);
      }),
      { numRuns: RUNS },
    );
  });

  it('puts every instant in exactly one period of each grain', () => {
    fc.assert(
      fc.property(settingsArb, instantArb, grainArb, (settings, spec, grain) => {
        const cal = calendarFor(settings);
        const t = instantOf(cal, spec);
        const date = cal.dateOf(t);
        const p = cal.periodAt(t, grain);
        expect(p).toEqual(cal.periodOf(date, grain));
        expect(p.grain).toBe(grain);
        expect(p.start <= date && date < p.end).toBe(true);
        expect(cal.startInstant(p).getTime()).toBeLessThanOrEqual(t);
        expect(cal.endInstant(p).getTime()).toBeGreaterThan(t);
        // …and in neither neighbour.
        expect(cal.endInstant(cal.previous(p)).getTime()).toBeLessThanOrEqual(t);
        expect(cal.startInstant(cal.next(p)).getTime()).toBeGreaterThan(t);
        expect(cal.phase(p, t)).toBe('running');
        expect(cal.phase(cal.previous(p), t)).toBe('complete');
        expect(cal.phase(cal.next(p), t)).toBe('future');
      }),
      { numRuns: RUNS },
    );
  });

  it('tiles consecutive periods with no gap or overlap, with well-formed keys', () => {
    fc.assert(
      fc.property(
        settingsArb,
        dateArb,
        grainArb,
        fc.integer({ min: 1, max: 12 }),
        (settings, date, grain, count) => {
          const cal = calendarFor(settings);
          const fiscal = settings.fiscalYearStartMonth !== 1;
          const [min, max] = DAYS_IN[grain];
          const problems: string[] = [];
          let p = cal.periodOf(date, grain);
          const seen = new Set<string>();
          for (let i = 0; i < count; i++) {
            const next = cal.next(p);
            const start = cal.startInstant(p).getTime();
            const end = cal.endInstant(p).getTime();
            const days = cal.dayCount(p);
            if (next.grain !== grain) problems.push(`${p.key}: next is a ${next.grain}`);
            if (next.start !== p.end)
              problems.push(`${p.key} ends ${p.end}, ${next.key} starts ${next.start}`);
            if (end !== cal.startInstant(next).getTime())
              problems.push(`${p.key}: instants do not meet`);
            if (!(p.start < p.end) || days < min || days > max)
              problems.push(`${p.key}: ${days} days`);
            if (grain === 'day' ? start > end : start >= end) problems.push(`${p.key}: empty`);
            if (!keyPattern(grain, fiscal).test(p.key)) problems.push(`${p.key}: malformed key`);
            if (seen.has(p.key)) problems.push(`${p.key}: repeated`);
            seen.add(p.key);
            p = next;
          }
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('steps back and forth to the same period, and shift(p, n) is n steps', () => {
    fc.assert(
      fc.property(
        settingsArb,
        dateArb,
        grainArb,
        fc.integer({ min: -30, max: 30 }),
        (settings, date, grain, n) => {
          const cal = calendarFor(settings);
          const p = cal.periodOf(date, grain);
          expect(cal.previous(cal.next(p))).toEqual(p);
          expect(cal.next(cal.previous(p))).toEqual(p);
          let stepped = p;
          for (let i = 0; i < Math.abs(n); i++) {
            stepped = n > 0 ? cal.next(stepped) : cal.previous(stepped);
          }
          expect(cal.shift(p, n)).toEqual(stepped);
          expect(cal.shift(cal.shift(p, n), -n)).toEqual(p);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads every key back into its period, and rejects the other style of key', () => {
    fc.assert(
      fc.property(settingsArb, dateArb, grainArb, (settings, date, grain) => {
        const cal = calendarFor(settings);
        const p = cal.periodOf(date, grain);
        expect(cal.parseKey(p.key)).toEqual(p);
        if (grain === 'quarter' || grain === 'year') {
          const other = p.key.startsWith('FY') ? p.key.slice(2) : `FY${p.key}`;
          expect(() => cal.parseKey(other)).toThrow(RangeError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('makes a coarse period the union of the finer periods that nest in it', () => {
    const pairs = GRAINS.flatMap((fine) =>
      GRAINS.filter((coarse) => grainRank(fine) <= grainRank(coarse)).map(
        (coarse) => [fine, coarse] as const,
      ),
    );
    fc.assert(
      fc.property(settingsArb, dateArb, fc.constantFrom(...pairs), (settings, date, pair) => {
        const [fine, coarse] = pair;
        const cal = calendarFor(settings);
        const c = cal.periodOf(date, coarse);
        const parts = cal.periodsIn(c.start, c.end, fine);
        expect(parts.length).toBeGreaterThan(0);
        expectTiles(parts);
        const first = parts[0] as Period;
        const last = parts[parts.length - 1] as Period;
        if (cal.nests(fine, coarse)) {
          expect(first.start).toBe(c.start);
          expect(last.end).toBe(c.end);
          const outside = parts.filter(
            (part) =>
              cal.periodOf(part.start, coarse).key !== c.key ||
              cal.periodOf(addCivilDays(part.end, -1), coarse).key !== c.key,
          );
          expect(outside).toEqual([]);
          const days = parts.reduce((sum, part) => sum + cal.dayCount(part), 0);
          expect(days).toBe(cal.dayCount(c));
        } else {
          // Weeks straddle months, quarters and years: the list still covers the period.
          expect(fine).toBe('week');
          expect(first.start <= c.start && c.end <= last.end).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('lists exactly the periods that overlap a range, in order', () => {
    fc.assert(
      fc.property(
        settingsArb,
        dateArb,
        fc.integer({ min: 0, max: 400 }),
        grainArb,
        (settings, from, length, grain) => {
          const cal = calendarFor(settings);
          const to = addCivilDays(from, length);
          const list = cal.periodsIn(from, to, grain);
          if (length === 0) {
            expect(list).toEqual([]);
            return;
          }
          expectTiles(list);
          expect(list[0]).toEqual(cal.periodOf(from, grain));
          expect(list[list.length - 1]).toEqual(cal.periodOf(addCivilDays(to, -1), grain));
          expect(cal.periodsBetween(list[0] as Period, list[list.length - 1] as Period)).toEqual(
            list,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('numbers weeks so that week 1 holds January 4th and a year has 52 or 53 weeks', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 1971, max: 2059 }), (settings, year) => {
        const cal = calendarFor(settings);
        const week1 = cal.parseKey(`${year}-W01`);
        expect(week1.start <= `${year}-01-04` && `${year}-01-04` < week1.end).toBe(true);
        const lastWeek = cal.periodOf(`${year}-12-28`, 'week');
        expect([`${year}-W52`, `${year}-W53`]).toContain(lastWeek.key);
        expect(cal.next(lastWeek).key).toBe(`${year + 1}-W01`);
        const weeks = civilDaysBetween(week1.start, lastWeek.end) / 7;
        expect(lastWeek.key).toBe(`${year}-W${weeks}`);
        // The week belongs to the year of its fourth day.
        expect(civilParts(addCivilDays(lastWeek.start, 3)).year).toBe(year);
        expect(civilParts(addCivilDays(week1.start, 3)).year).toBe(year);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds the same period last year', () => {
    fc.assert(
      fc.property(settingsArb, dateArb, grainArb, (settings, date, grain) => {
        const cal = calendarFor(settings);
        const p = cal.periodOf(date, grain);
        const last = cal.sameLastYear(p);
        expect(last.grain).toBe(grain);
        const yearOf = (key: string) => Number(/\d{4}/.exec(key)?.[0]);
        expect(yearOf(last.key)).toBe(yearOf(p.key) - 1);
        const rest = (key: string) => key.replace(/\d{4}/, '');
        switch (grain) {
          case 'day':
            expect(rest(last.key)).toBe(rest(p.key) === '-02-29' ? '-02-28' : rest(p.key));
            break;
          case 'week':
            if (rest(p.key) === '-W53' && rest(last.key) === '-W52') {
              expect(cal.next(last).key).toBe(`${yearOf(p.key)}-W01`);
            } else {
              expect(rest(last.key)).toBe(rest(p.key));
            }
            break;
          default:
            expect(rest(last.key)).toBe(rest(p.key));
            expect(last).toEqual(
              cal.shift(p, grain === 'month' ? -12 : grain === 'quarter' ? -4 : -1),
            );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('counts elapsed time monotonically from 0 to the day count', () => {
    fc.assert(
      fc.property(
        settingsArb,
        instantArb,
        grainArb,
        fc.integer({ min: 0, max: 3 * DAY_MS }),
        (settings, spec, grain, later) => {
          const cal = calendarFor(settings);
          const t = instantOf(cal, spec);
          const p = cal.periodAt(t, grain);
          const elapsed = cal.elapsedDays(p, t);
          expect(elapsed).toBeGreaterThanOrEqual(civilDaysBetween(p.start, cal.dateOf(t)));
          expect(elapsed).toBeLessThan(civilDaysBetween(p.start, cal.dateOf(t)) + 1);
          expect(cal.elapsedDays(p, t + later)).toBeGreaterThanOrEqual(elapsed);
          const fraction = cal.elapsedFraction(p, t);
          expect(fraction).toBeGreaterThanOrEqual(0);
          expect(fraction).toBeLessThan(1);
          expect(cal.elapsedDays(p, cal.startInstant(p))).toBe(0);
          expect(cal.elapsedDays(p, cal.endInstant(p))).toBe(cal.dayCount(p));
          expect(cal.elapsedFraction(cal.previous(p), t)).toBe(1);
          expect(cal.elapsedFraction(cal.next(p), t)).toBe(0);
          // At a local midnight the count is a whole number of days.
          const today = cal.periodAt(t, 'day');
          expect(cal.elapsedDays(p, cal.startInstant(today))).toBe(
            civilDaysBetween(p.start, today.start),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('compares the first N days of a period with the first N of the previous and last year', () => {
    fc.assert(
      fc.property(
        settingsArb,
        dateArb,
        grainArb,
        fc.integer({ min: -40, max: 400 }),
        (settings, date, grain, asOfOffset) => {
          const cal = calendarFor(settings);
          const p = cal.periodOf(date, grain);
          const asOf = addCivilDays(p.start, asOfOffset);
          const lfl = cal.likeForLike(p, asOf);
          expect(lfl.days).toBe(Math.max(0, Math.min(asOfOffset + 1, cal.dayCount(p))));
          const windows = [
            [lfl.current, p],
            [lfl.previous, cal.previous(p)],
            [lfl.lastYear, cal.sameLastYear(p)],
          ] as const;
          for (const [window, period] of windows) {
            expect(window.start).toBe(period.start);
            expect(civilDaysBetween(window.start, window.end)).toBe(
              Math.min(lfl.days, cal.dayCount(period)),
            );
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
