import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/index';
import { checkFreshness, DEFAULT_GRACE_DAYS } from './staleness';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });

describe('checkFreshness', () => {
  it('requires last month once the grace days have passed (monthly cadence, 7 days)', () => {
    expect(DEFAULT_GRACE_DAYS.month).toBe(7);
    const check = (asOf: string, latest: string | null) =>
      checkFreshness({ cadence: 'month', latest, asOf: new Date(asOf), calendar: cal });
    // 7 Nov 23:30 Berlin (22:30Z) is still within grace: September's data is enough
    expect(check('2026-11-07T22:30:00Z', '2026-09-01')).toMatchObject({
      stale: false,
      nextDue: '2026-11-08',
    });
    expect(check('2026-11-07T22:30:00Z', '2026-09-01').required.key).toBe('2026-09');
    // from 8 Nov 00:00 Berlin (7 Nov 23:00Z) October's data is due
    const due = check('2026-11-07T23:00:00Z', '2026-09-01');
    expect(due).toMatchObject({ stale: true, nextDue: '2026-12-08' });
    expect(due.required.key).toBe('2026-10');
    expect(check('2026-11-07T23:00:00Z', '2026-10-01').stale).toBe(false);
    expect(check('2026-11-07T23:00:00Z', '2026-11-05').stale).toBe(false);
    // no data at all is "no data", not stale
    expect(check('2026-11-20T12:00:00Z', null).stale).toBe(false);
  });

  it('uses the calendar for weeks and a custom grace', () => {
    // Wed 25 Nov 2026: the previous week is W47 (16–22 Nov); with 0 grace days it is due from Mon 23 Nov
    const r = checkFreshness({
      cadence: 'week',
      latest: '2026-11-15',
      asOf: new Date('2026-11-25T12:00:00Z'),
      calendar: cal,
      graceDays: 0,
    });
    expect(r.required.key).toBe('2026-W47');
    expect(r.stale).toBe(true);
  });

  it('follows a fiscal quarter', () => {
    const fiscal = new GregorianCalendar({ fiscalYearStartMonth: 4 });
    // 6 Jan 2027: FY2027-Q3 (Oct–Dec 2026) ended 5 days ago, within the 14 grace days → Q2 is required
    const r = checkFreshness({
      cadence: 'quarter',
      latest: '2026-07-01',
      asOf: new Date('2027-01-06T12:00:00Z'),
      calendar: fiscal,
    });
    expect(r.required.key).toBe('FY2027-Q2');
    expect(r.stale).toBe(false);
  });
});
