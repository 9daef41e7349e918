import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from './gregorian-calendar';
import { GRAINS, type Grain } from './period';
import { april, at, hours, iso, keys, sunday } from './calendar.test-fixtures';

/** Hand-worked answers: instants across DST, elapsed time, comparisons, listing and nesting. */

describe('GregorianCalendar: instants across DST', () => {
  const london = new GregorianCalendar({ timeZone: 'Europe/London' });

  it('has a 23-hour day when the clocks go forward (Europe/London, 29 March 2026)', () => {
    const day = london.periodOf('2026-03-29', 'day');
    expect(london.startInstant(day).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(london.endInstant(day).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(hours(london, day)).toBe(23);
    expect(london.dayCount(day)).toBe(1);
  });

  it('has a 25-hour day when the clocks go back (Europe/London, 25 October 2026)', () => {
    const day = london.periodOf('2026-10-25', 'day');
    expect(london.startInstant(day).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(london.endInstant(day).toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(hours(london, day)).toBe(25);
  });

  it('gives longer periods their real length', () => {
    const berlin = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
    const march = berlin.parseKey('2026-03');
    expect(berlin.startInstant(march).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(berlin.endInstant(march).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(hours(berlin, march)).toBe(31 * 24 - 1);
    expect(hours(berlin, berlin.parseKey('2026'))).toBe(365 * 24);
  });

  it('starts a day whose midnight does not exist at the end of the jump (America/Sao_Paulo)', () => {
    // 4 November 2018: clocks jumped from 00:00 (-03) to 01:00 (-02).
    const saoPaulo = new GregorianCalendar({ timeZone: 'America/Sao_Paulo' });
    const day = saoPaulo.periodOf('2018-11-04', 'day');
    expect(saoPaulo.startInstant(day).toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(saoPaulo.endInstant(day).toISOString()).toBe('2018-11-05T02:00:00.000Z');
    expect(saoPaulo.endInstant(saoPaulo.previous(day)).toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
    expect(saoPaulo.dateOf(at('2018-11-04T02:59:59.999Z'))).toBe('2018-11-03');
    expect(saoPaulo.dateOf(at('2018-11-04T03:00:00Z'))).toBe('2018-11-04');
  });

  it('starts a day at a jump of a quarter of an hour over midnight (Asia/Kathmandu, 1986)', () => {
    // 1 January 1986: Nepal moved from +05:30 to +05:45, so the clocks went from 00:00 to 00:15.
    const kathmandu = new GregorianCalendar({ timeZone: 'Asia/Kathmandu' });
    const day = kathmandu.periodOf('1986-01-01', 'day');
    expect(kathmandu.startInstant(day).toISOString()).toBe('1985-12-31T18:30:00.000Z');
    expect(hours(kathmandu, day)).toBe(23.75);
    expect(kathmandu.dateOf(at('1985-12-31T18:29:59.999Z'))).toBe('1985-12-31');
  });

  it('starts a day whose midnight happens twice at the first one (Havana, Amman)', () => {
    // 4 November 2018: clocks went back from 01:00 (-04) to 00:00 (-05).
    const havana = new GregorianCalendar({ timeZone: 'America/Havana' });
    const day = havana.periodOf('2018-11-04', 'day');
    expect(havana.startInstant(day).toISOString()).toBe('2018-11-04T04:00:00.000Z');
    expect(hours(havana, day)).toBe(25);
    expect(havana.dateOf(at('2018-11-04T03:59:59.999Z'))).toBe('2018-11-03');
    // 15 September 1995: clocks went back from 01:00 (+03) to 00:00 (+02).
    const amman = new GregorianCalendar({ timeZone: 'Asia/Amman' });
    const friday = amman.periodOf('1995-09-15', 'day');
    expect(amman.startInstant(friday).toISOString()).toBe('1995-09-14T21:00:00.000Z');
    expect(hours(amman, friday)).toBe(25);
  });

  it('starts a day after a fall-back at midnight when the clocks reach midnight (Asia/Beirut)', () => {
    // 28 October 2018: at 00:00 (+03) the clocks went back to 23:00 (+02) on the 27th.
    const beirut = new GregorianCalendar({ timeZone: 'Asia/Beirut' });
    const day = beirut.periodOf('2018-10-28', 'day');
    expect(beirut.startInstant(day).toISOString()).toBe('2018-10-27T22:00:00.000Z');
    expect(hours(beirut, beirut.previous(day))).toBe(25);
  });

  it('gives a day a zone skipped no instants (Pacific/Apia, 30 December 2011)', () => {
    const apia = new GregorianCalendar({ timeZone: 'Pacific/Apia' });
    const day = apia.periodOf('2011-12-30', 'day');
    expect(apia.startInstant(day).toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(apia.endInstant(day).toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(apia.dateOf(at('2011-12-30T09:59:59.999Z'))).toBe('2011-12-29');
    expect(apia.dateOf(at('2011-12-30T10:00:00Z'))).toBe('2011-12-31');
    expect(apia.periodAt(at('2011-12-30T10:00:00Z'), 'week').key).toBe('2011-W52');
  });

  it('handles half-hour DST (Australia/Lord_Howe) and half-hour offsets (America/St_Johns)', () => {
    const lordHowe = new GregorianCalendar({ timeZone: 'Australia/Lord_Howe' });
    // 5 April 2026, 02:00 +11 → 01:30 +10:30.
    const autumn = lordHowe.periodOf('2026-04-05', 'day');
    expect(lordHowe.startInstant(autumn).toISOString()).toBe('2026-04-04T13:00:00.000Z');
    expect(hours(lordHowe, autumn)).toBe(24.5);
    const stJohns = new GregorianCalendar({ timeZone: 'America/St_Johns' });
    // 8 March 2026, 02:00 -03:30 → 03:00 -02:30.
    const spring = stJohns.periodOf('2026-03-08', 'day');
    expect(stJohns.startInstant(spring).toISOString()).toBe('2026-03-08T03:30:00.000Z');
    expect(hours(stJohns, spring)).toBe(23);
  });
});

describe('GregorianCalendar: elapsed time and phase', () => {
  const berlin = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
  const november = berlin.parseKey('2026-11');

  it('counts 10 of 30 days at the end of 10 November', () => {
    const endOf10th = at('2026-11-10T23:00:00Z'); // midnight 10/11 November in Berlin (+01)
    expect(berlin.dayCount(november)).toBe(30);
    expect(berlin.elapsedDays(november, endOf10th)).toBe(10);
    expect(berlin.elapsedFraction(november, endOf10th)).toBe(10 / 30);
    expect(berlin.elapsedDays(november, at('2026-11-10T11:00:00Z'))).toBe(9.5);
  });

  it('counts half of a 23-hour day after 11.5 hours', () => {
    const london = new GregorianCalendar({ timeZone: 'Europe/London' });
    const day = london.parseKey('2026-03-29');
    expect(london.elapsedFraction(day, at('2026-03-29T11:30:00Z'))).toBe(0.5);
    // 11:30 UTC is 12:30 BST: by the wall clock more than half, by real hours exactly half.
    const march = london.parseKey('2026-03');
    expect(london.elapsedDays(march, at('2026-03-29T11:30:00Z'))).toBe(28.5);
  });

  it('is 0 before the period and complete after it', () => {
    expect(berlin.elapsedDays(november, at('2026-10-31T22:59:59Z'))).toBe(0);
    expect(berlin.elapsedDays(november, at('2026-10-31T23:00:00Z'))).toBe(0);
    expect(berlin.elapsedFraction(november, at('2027-06-01T00:00:00Z'))).toBe(1);
    expect(berlin.elapsedDays(november, berlin.endInstant(november))).toBe(30);
  });

  it('tells future, running and complete apart at the boundaries', () => {
    const start = berlin.startInstant(november).getTime();
    const end = berlin.endInstant(november).getTime();
    expect(start).toBe(Date.parse('2026-10-31T23:00:00Z'));
    expect(end).toBe(Date.parse('2026-11-30T23:00:00Z'));
    expect(berlin.phase(november, start - 1)).toBe('future');
    expect(berlin.phase(november, start)).toBe('running');
    expect(berlin.phase(november, new Date(end - 1))).toBe('running');
    expect(berlin.phase(november, end)).toBe('complete');
  });
});

describe('GregorianCalendar: comparisons', () => {
  it.each([
    ['2028-02-29', '2027-02-28', iso],
    ['2026-11-21', '2025-11-21', iso],
    ['2026-W53', '2025-W52', iso],
    ['2026-W47', '2025-W47', iso],
    ['2027-W01', '2026-W01', iso],
    ['2021-W52', '2020-W52', iso],
    ['2033-W01', '2032-W01', iso],
    ['2032-W53', '2031-W52', iso],
    ['2026-11', '2025-11', iso],
    ['2026-Q4', '2025-Q4', iso],
    ['2026', '2025', iso],
    ['FY2027-Q3', 'FY2026-Q3', april],
    ['FY2027', 'FY2026', april],
    ['2026-W01', '2025-W01', sunday],
  ])('the same period last year of %s is %s', (key, lastYear, cal) => {
    expect(cal.sameLastYear(cal.parseKey(key))).toEqual(cal.parseKey(lastYear));
  });

  it('compares the first 21 days of November with October and with last November', () => {
    const november = iso.parseKey('2026-11');
    expect(iso.likeForLike(november, '2026-11-21')).toEqual({
      days: 21,
      current: { start: '2026-11-01', end: '2026-11-22' },
      previous: { start: '2026-10-01', end: '2026-10-22' },
      lastYear: { start: '2025-11-01', end: '2025-11-22' },
    });
  });

  it('caps the previous period at its own end (31 March against February)', () => {
    expect(iso.likeForLike(iso.parseKey('2026-03'), '2026-03-31')).toEqual({
      days: 31,
      current: { start: '2026-03-01', end: '2026-04-01' },
      previous: { start: '2026-02-01', end: '2026-03-01' },
      lastYear: { start: '2025-03-01', end: '2025-04-01' },
    });
    expect(iso.likeForLike(iso.parseKey('2026-03'), '2026-03-30').previous).toEqual({
      start: '2026-02-01',
      end: '2026-03-01',
    });
    expect(iso.likeForLike(iso.parseKey('2026-03'), '2026-03-28').previous).toEqual({
      start: '2026-02-01',
      end: '2026-03-01',
    });
    expect(iso.likeForLike(iso.parseKey('2026-03'), '2026-03-27').previous).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
    });
  });

  it('clamps the as-of date to the period', () => {
    const q = april.parseKey('FY2027-Q3');
    expect(april.likeForLike(q, '2026-09-15')).toMatchObject({
      days: 0,
      current: { start: '2026-10-01', end: '2026-10-01' },
    });
    expect(april.likeForLike(q, '2027-05-01')).toMatchObject({
      days: 92,
      current: { start: '2026-10-01', end: '2027-01-01' },
      previous: { start: '2026-07-01', end: '2026-10-01' },
      lastYear: { start: '2025-10-01', end: '2026-01-01' },
    });
  });

  it('compares a week 53 with week 52 of the year before', () => {
    expect(iso.likeForLike(iso.parseKey('2026-W53'), '2026-12-30')).toEqual({
      days: 3,
      current: { start: '2026-12-28', end: '2026-12-31' },
      previous: { start: '2026-12-21', end: '2026-12-24' },
      lastYear: { start: '2025-12-22', end: '2025-12-25' },
    });
  });
});

describe('GregorianCalendar: listing and stepping', () => {
  it('lists every period that overlaps a range of days', () => {
    expect(keys(iso.periodsIn('2026-11-21', '2027-01-05', 'month'))).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(keys(iso.periodsIn('2026-12-25', '2027-01-12', 'week'))).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(keys(april.periodsIn('2026-01-01', '2027-01-01', 'quarter'))).toEqual([
      'FY2026-Q4',
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
    ]);
    expect(keys(iso.periodsIn('2028-02-27', '2028-03-02', 'day'))).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(keys(iso.periodsIn('2026-11-01', '2026-12-01', 'month'))).toEqual(['2026-11']);
  });

  it('lists nothing for an empty or reversed range', () => {
    expect(iso.periodsIn('2026-11-15', '2026-11-15', 'month')).toEqual([]);
    expect(iso.periodsIn('2026-11-15', '2026-11-01', 'year')).toEqual([]);
  });

  it('lists the periods between two, both included', () => {
    expect(keys(iso.periodsBetween(iso.parseKey('2026-W52'), iso.parseKey('2027-W02')))).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(keys(april.periodsBetween(april.parseKey('FY2026'), april.parseKey('FY2028')))).toEqual([
      'FY2026',
      'FY2027',
      'FY2028',
    ]);
    const same = iso.parseKey('2026-11');
    expect(iso.periodsBetween(same, same)).toEqual([same]);
    expect(iso.periodsBetween(iso.parseKey('2026-12'), iso.parseKey('2026-11'))).toEqual([]);
    expect(() => iso.periodsBetween(iso.parseKey('2026-11'), iso.parseKey('2026'))).toThrow(
      /cannot list periods from a month to a year/,
    );
  });

  it('steps forwards and backwards', () => {
    expect(iso.next(iso.parseKey('2026-W53')).key).toBe('2027-W01');
    expect(iso.previous(iso.parseKey('2026-W01')).key).toBe('2025-W52');
    expect(iso.next(iso.parseKey('2028-02-28')).key).toBe('2028-02-29');
    expect(april.next(april.parseKey('FY2027-Q4')).key).toBe('FY2028-Q1');
    expect(iso.shift(iso.parseKey('2026-11'), 14).key).toBe('2028-01');
    expect(iso.shift(iso.parseKey('2026-11'), -11).key).toBe('2025-12');
    expect(iso.shift(iso.parseKey('2026-W47'), 7).key).toBe('2027-W01');
    expect(april.shift(april.parseKey('FY2027-Q3'), -3).key).toBe('FY2026-Q4');
    expect(iso.shift(iso.parseKey('2026-01-31'), 29).key).toBe('2026-03-01');
    expect(iso.shift(iso.parseKey('2026'), 0).key).toBe('2026');
  });
});

describe('GregorianCalendar: nesting', () => {
  const expected: Record<Grain, Grain[]> = {
    day: ['day', 'week', 'month', 'quarter', 'year'],
    week: ['week'],
    month: ['month', 'quarter', 'year'],
    quarter: ['quarter', 'year'],
    year: ['year'],
  };

  it.each(GRAINS)('%s nests in exactly the expected grains', (fine) => {
    for (const cal of [iso, april, sunday]) {
      expect(GRAINS.filter((coarse) => cal.nests(fine, coarse))).toEqual(expected[fine]);
    }
  });

  it('is right that weeks do not nest in months, quarters or years', () => {
    // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
    const coarse = ['month', 'quarter', 'year'] as const;
    expect(coarse.map((g) => iso.periodOf('2026-12-28', g).key)).toEqual([
      '2026-12',
      '2026-Q4',
      '2026',
    ]);
    expect(coarse.map((g) => iso.periodOf('2027-01-03', g).key)).toEqual([
      '2027-01',
      '2027-Q1',
      '2027',
    ]);
  });
});
