import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/index';
import { comparisonWindows } from './windows';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });

describe('comparisonWindows', () => {
  it('compares the first 10 complete days of a running month like for like', () => {
    // 11 Nov 2026, 15:00 Berlin: 10 complete days (1–10 Nov)
    const w = comparisonWindows(cal.parseKey('2026-11'), new Date('2026-11-11T14:00:00Z'), cal);
    expect(w).toMatchObject({
      phase: 'running',
      likeForLike: true,
      days: 10,
      current: { start: '2026-11-01', end: '2026-11-11' },
      previous: { start: '2026-10-01', end: '2026-10-11' },
      lastYear: { start: '2025-11-01', end: '2025-11-11' },
    });
    expect(w.periods.previous.key).toBe('2026-10');
    expect(w.periods.lastYear.key).toBe('2025-11');
  });

  it('counts today when asked to', () => {
    const w = comparisonWindows(cal.parseKey('2026-11'), new Date('2026-11-11T14:00:00Z'), cal, {
      through: 'as_of_day',
    });
    expect(w.days).toBe(11);
    expect(w.previous).toEqual({ start: '2026-10-01', end: '2026-10-12' });
  });

  it('cuts the shorter previous month at its end', () => {
    // 31 Mar 2026 15:00 → 30 complete March days vs all 28 days of February
    const w = comparisonWindows(cal.parseKey('2026-03'), new Date('2026-03-31T13:00:00Z'), cal);
    expect(w.days).toBe(30);
    expect(w.previous).toEqual({ start: '2026-02-01', end: '2026-03-01' });
  });

  it('compares whole periods once complete, and nothing for a future one', () => {
    const q = cal.parseKey('2026-Q3');
    const done = comparisonWindows(q, new Date('2026-11-11T14:00:00Z'), cal);
    expect(done).toMatchObject({
      likeForLike: false,
      days: 92,
      current: { start: '2026-07-01', end: '2026-10-01' },
      previous: { start: '2026-04-01', end: '2026-07-01' },
      lastYear: { start: '2025-07-01', end: '2025-10-01' },
    });
    const future = comparisonWindows(
      cal.parseKey('2027-01'),
      new Date('2026-11-11T14:00:00Z'),
      cal,
    );
    expect(future.days).toBe(0);
    expect(future.current).toEqual({ start: '2027-01-01', end: '2027-01-01' });
  });
});
