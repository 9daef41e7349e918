import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '@vitals/core';
import { MAX_WINDOW_DAYS, targetWindow } from './target-window';

const calendar = new GregorianCalendar({ timeZone: 'UTC' });

describe('targetWindow', () => {
  it('lists every period at every grain that overlaps the window, and only those', () => {
    const narrow = targetWindow(calendar, { start: '2026-11-01', end: '2026-12-01' });
    // 30 days; ISO weeks 44 (26 Oct – 1 Nov) to 49 (30 Nov – 6 Dec); the month, quarter, year.
    const weeks = ['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49'];
    expect(narrow?.keys).toHaveLength(30 + 6 + 3);
    expect(narrow?.keys.slice(0, 2)).toEqual(['2026-11-01', '2026-11-02']);
    expect(narrow?.keys.slice(29)).toEqual(['2026-11-30', ...weeks, '2026-11', '2026-Q4', '2026']);
    expect(narrow?.keys).not.toContain('2026-10-31');
    expect(narrow?.keys).not.toContain('2026-10');
    expect(narrow?.end).toBe('2026-12-01');
  });

  it('follows the fiscal year of the calendar', () => {
    const fiscal = new GregorianCalendar({ timeZone: 'UTC', fiscalYearStartMonth: 4 });
    const narrow = targetWindow(fiscal, { start: '2026-03-31', end: '2026-04-02' });
    expect(narrow?.keys.filter((k) => k.startsWith('FY'))).toEqual([
      'FY2026-Q4',
      'FY2027-Q1',
      'FY2026',
      'FY2027',
    ]);
  });

  it('reads everything for long or empty windows', () => {
    const start = '2026-01-01';
    expect(targetWindow(calendar, { start, end: '2028-03-11' })).not.toBeNull(); // 800 days
    expect(MAX_WINDOW_DAYS).toBe(800);
    expect(targetWindow(calendar, { start, end: '2028-03-12' })).toBeNull();
    expect(targetWindow(calendar, { start, end: start })).toBeNull();
  });
});
