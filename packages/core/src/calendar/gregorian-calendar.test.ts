import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from './gregorian-calendar';
import { GRAINS } from './period';
import { april, at, iso, sunday } from './calendar.test-fixtures';

/**
 * Hand-worked answers (weekdays and week numbers worked out on paper), not the code's own output:
 * local dates, weeks, months, quarters, fiscal years and keys. Time across DST, elapsed time,
 * comparisons, listing and nesting are in gregorian-calendar.time.test.ts.
 */
describe('GregorianCalendar: the local date of an instant', () => {
  const instant = at('2026-11-21T23:30:00Z');

  it.each([
    ['UTC', '2026-11-21'],
    ['Europe/Berlin', '2026-11-22'],
    ['America/New_York', '2026-11-21'],
    ['Asia/Kolkata', '2026-11-22'],
    ['Pacific/Honolulu', '2026-11-21'],
    ['Asia/Tokyo', '2026-11-22'],
  ])('2026-11-21T23:30:00Z is %s %s', (timeZone, date) => {
    const cal = new GregorianCalendar({ timeZone });
    expect(cal.dateOf(instant)).toBe(date);
    expect(cal.dateOf(instant.getTime())).toBe(date);
    expect(cal.periodAt(instant, 'day')).toEqual({
      grain: 'day',
      key: date,
      start: date,
      end: date === '2026-11-21' ? '2026-11-22' : '2026-11-23',
    });
  });

  it('gives every grain its key in Berlin and in New York', () => {
    const berlin = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
    const newYork = new GregorianCalendar({ timeZone: 'America/New_York' });
    const keysAt = (cal: GregorianCalendar) => GRAINS.map((g) => cal.periodAt(instant, g).key);
    // Sunday 22 November and Saturday 21 November both lie in the ISO week Mon 16 – Sun 22.
    expect(keysAt(berlin)).toEqual(['2026-11-22', '2026-W47', '2026-11', '2026-Q4', '2026']);
    expect(keysAt(newYork)).toEqual(['2026-11-21', '2026-W47', '2026-11', '2026-Q4', '2026']);
    expect(berlin.periodAt(instant, 'week')).toMatchObject({
      start: '2026-11-16',
      end: '2026-11-23',
    });
  });

  it('changes the date at local midnight, not at UTC midnight', () => {
    const kolkata = new GregorianCalendar({ timeZone: 'Asia/Kolkata' });
    expect(kolkata.dateOf(at('2026-11-21T18:29:59.999Z'))).toBe('2026-11-21');
    expect(kolkata.dateOf(at('2026-11-21T18:30:00Z'))).toBe('2026-11-22');
    const stJohns = new GregorianCalendar({ timeZone: 'America/St_Johns' });
    expect(stJohns.dateOf(at('2026-01-01T03:29:59Z'))).toBe('2025-12-31');
    expect(stJohns.dateOf(at('2026-01-01T03:30:00Z'))).toBe('2026-01-01');
  });
});

describe('GregorianCalendar: weeks', () => {
  it.each([
    ['2026-12-31', '2026-W53', '2026-12-28'],
    ['2027-01-01', '2026-W53', '2026-12-28'],
    ['2027-01-03', '2026-W53', '2026-12-28'],
    ['2027-01-04', '2027-W01', '2027-01-04'],
    ['2025-12-29', '2026-W01', '2025-12-29'],
    ['2025-12-28', '2025-W52', '2025-12-22'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2021-01-04', '2021-W01', '2021-01-04'],
    ['2026-11-21', '2026-W47', '2026-11-16'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
  ])('ISO: %s is in %s, which starts %s', (date, key, start) => {
    const week = iso.periodOf(date, 'week');
    expect(week.key).toBe(key);
    expect(week.start).toBe(start);
    expect(iso.dayCount(week)).toBe(7);
  });

  it.each([
    // Sunday 4 January 2026 starts week 1 of 2026; the week before (Sun 28 Dec – Sat 3 Jan) has its
    // Wednesday on 31 December, so it is week 53 of 2025 (week 1 of 2025 began Sun 29 Dec 2024).
    ['2026-01-03', '2025-W53', '2025-12-28', '2026-01-04'],
    ['2026-01-04', '2026-W01', '2026-01-04', '2026-01-11'],
    ['2024-12-29', '2025-W01', '2024-12-29', '2025-01-05'],
    ['2025-01-01', '2025-W01', '2024-12-29', '2025-01-05'],
    ['2024-12-28', '2024-W52', '2024-12-22', '2024-12-29'],
    // 2026-11-21 is a Saturday, the last day of the Sunday week 15–21 November.
    ['2026-11-21', '2026-W46', '2026-11-15', '2026-11-22'],
    ['2026-11-22', '2026-W47', '2026-11-22', '2026-11-29'],
  ])('Sunday start: %s is in %s, %s to %s', (date, key, start, end) => {
    const week = sunday.periodOf(date, 'week');
    expect(week).toEqual({ grain: 'week', key, start, end });
    expect(sunday.parseKey(key)).toEqual(week);
  });

  it('puts week 1 around January 4th for every week start', () => {
    for (let weekStartsOn = 0; weekStartsOn <= 6; weekStartsOn++) {
      const cal = new GregorianCalendar({ weekStartsOn });
      for (const year of [2024, 2025, 2026, 2027, 2028]) {
        const week1 = cal.parseKey(`${year}-W01`);
        expect(week1.start <= `${year}-01-04` && `${year}-01-04` < week1.end).toBe(true);
        expect(cal.periodOf(`${year}-01-04`, 'week').key).toBe(`${year}-W01`);
      }
    }
  });
});

describe('GregorianCalendar: months, quarters and fiscal years', () => {
  it('uses calendar quarters and years when the fiscal year starts in January', () => {
    expect(iso.periodOf('2026-11-21', 'month')).toEqual({
      grain: 'month',
      key: '2026-11',
      start: '2026-11-01',
      end: '2026-12-01',
    });
    expect(iso.periodOf('2026-11-21', 'quarter')).toEqual({
      grain: 'quarter',
      key: '2026-Q4',
      start: '2026-10-01',
      end: '2027-01-01',
    });
    expect(iso.periodOf('2026-11-21', 'year')).toEqual({
      grain: 'year',
      key: '2026',
      start: '2026-01-01',
      end: '2027-01-01',
    });
    expect(iso.periodOf('2024-02-10', 'month').end).toBe('2024-03-01');
  });

  it('names a fiscal year starting in April by the year it ends in', () => {
    expect(april.periodOf('2026-11-21', 'quarter')).toEqual({
      grain: 'quarter',
      key: 'FY2027-Q3',
      start: '2026-10-01',
      end: '2027-01-01',
    });
    expect(april.periodOf('2026-11-21', 'year')).toEqual({
      grain: 'year',
      key: 'FY2027',
      start: '2026-04-01',
      end: '2027-04-01',
    });
    expect(april.parseKey('FY2027')).toEqual(april.periodOf('2026-11-21', 'year'));
    expect(april.parseKey('FY2027-Q1')).toEqual({
      grain: 'quarter',
      key: 'FY2027-Q1',
      start: '2026-04-01',
      end: '2026-07-01',
    });
    expect(april.periodOf('2027-03-31', 'quarter').key).toBe('FY2027-Q4');
    expect(april.periodOf('2027-04-01', 'quarter').key).toBe('FY2028-Q1');
    expect(april.periodOf('2026-03-31', 'year').key).toBe('FY2026');
    // Months stay calendar months.
    expect(april.periodOf('2026-11-21', 'month').key).toBe('2026-11');
  });

  it('handles fiscal years starting in October and in December', () => {
    const october = new GregorianCalendar({ fiscalYearStartMonth: 10 });
    expect(october.periodOf('2026-11-21', 'quarter')).toMatchObject({
      key: 'FY2027-Q1',
      start: '2026-10-01',
      end: '2027-01-01',
    });
    expect(october.periodOf('2026-09-30', 'year')).toMatchObject({
      key: 'FY2026',
      start: '2025-10-01',
      end: '2026-10-01',
    });
    const december = new GregorianCalendar({ fiscalYearStartMonth: 12 });
    expect(december.periodOf('2026-12-01', 'quarter')).toMatchObject({
      key: 'FY2027-Q1',
      start: '2026-12-01',
      end: '2027-03-01',
    });
    expect(december.periodOf('2027-02-28', 'quarter').key).toBe('FY2027-Q1');
    expect(december.periodOf('2026-11-30', 'year')).toMatchObject({
      key: 'FY2026',
      start: '2025-12-01',
      end: '2026-12-01',
    });
  });
});

describe('GregorianCalendar: parseKey', () => {
  it('reads every kind of key back', () => {
    for (const date of ['2026-11-21', '2024-02-29', '2026-12-31', '2027-01-01']) {
      for (const grain of GRAINS) {
        for (const cal of [iso, april, sunday]) {
          const period = cal.periodOf(date, grain);
          expect(cal.parseKey(period.key)).toEqual(period);
        }
      }
    }
  });

  it.each([
    ['2025-W53', '2025 has 52 ISO weeks', iso],
    ['2026-W00', 'weeks count from 1', iso],
    ['2026-W54', 'no year has 54 weeks', iso],
    ['2026-13', 'there is no 13th month', iso],
    ['2026-00', 'there is no month 0', iso],
    ['FY2027-Q1', 'a January calendar has no fiscal keys', iso],
    ['FY2027', 'a January calendar has no fiscal keys', iso],
    ['2026-Q5', 'there is no 5th quarter', iso],
    ['2026-Q4', 'an April calendar names quarters FY…', april],
    ['2026', 'an April calendar names years FY…', april],
    ['2026-02-30', 'there is no 30 February', iso],
    ['2026-2-3', 'keys are zero-padded', iso],
    ['', 'empty', iso],
    ['soon', 'not a key', iso],
  ])('rejects %s (%s)', (key, _reason, cal) => {
    expect(() => cal.parseKey(key)).toThrow(RangeError);
    expect(() => cal.parseKey(key)).toThrow(`"${key}" is not a period key of this calendar`);
  });

  it('accepts week 53 only in the years that have one', () => {
    expect(iso.parseKey('2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-04' });
    expect(iso.parseKey('2020-W53')).toMatchObject({ start: '2020-12-28', end: '2021-01-04' });
    expect(() => iso.parseKey('2027-W53')).toThrow(RangeError);
    expect(sunday.parseKey('2025-W53')).toMatchObject({ start: '2025-12-28', end: '2026-01-04' });
  });
});
