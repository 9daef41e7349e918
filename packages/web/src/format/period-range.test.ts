import { describe, expect, it } from 'vitest';
import { formatRange, lastPeriodsName, shortPeriod } from './period-range';

const p = (grain: 'day' | 'week' | 'month' | 'quarter' | 'year', key: string) => ({ grain, key });

describe('formatRange', () => {
  it('says a shared year once', () => {
    expect(formatRange(p('month', '2026-09'), p('month', '2026-11'))).toBe('Sep–Nov 2026');
    expect(formatRange(p('week', '2026-W45'), p('week', '2026-W48'))).toBe('Weeks 45–48, 2026');
    expect(formatRange(p('quarter', '2026-Q3'), p('quarter', '2026-Q4'))).toBe('Q3–Q4 2026');
    expect(formatRange(p('quarter', 'FY2027-Q1'), p('quarter', 'FY2027-Q2'))).toBe('Q1–Q2 FY2027');
    expect(formatRange(p('day', '2026-11-03'), p('day', '2026-11-09'))).toMatch(
      /^Nov 3\s–\s9, 2026$/u,
    );
  });

  it('names both years across a year end, and one period as itself', () => {
    expect(formatRange(p('month', '2025-11'), p('month', '2026-01'))).toBe('Nov 2025–Jan 2026');
    expect(formatRange(p('quarter', '2025-Q4'), p('quarter', '2026-Q1'))).toBe('Q4 2025–Q1 2026');
    expect(formatRange(p('year', '2024'), p('year', '2026'))).toBe('2024–2026');
    expect(formatRange(p('month', '2026-11'), p('month', '2026-11'))).toBe('Nov 2026');
  });
});

describe('shortPeriod and lastPeriodsName', () => {
  it('names periods briefly and last-N settings in words', () => {
    expect(shortPeriod(p('week', '2026-W48'))).toBe('W48');
    expect(shortPeriod(p('month', '2026-10'))).toBe('Oct 2026');
    expect(lastPeriodsName('month', 3, false)).toBe('Last 3 months');
    expect(lastPeriodsName('week', 1, false)).toBe('Last week');
    expect(lastPeriodsName('week', 1, true)).toBe('This week to date');
    expect(lastPeriodsName('day', 7, true)).toBe('Last 7 days to date');
  });
});
