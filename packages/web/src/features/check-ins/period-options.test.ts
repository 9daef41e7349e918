import { GregorianCalendar } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { periodLabel, reviewPeriodOptions } from './period-options';

const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin', fiscalYearStartMonth: 4 });
const now = new Date('2026-11-23T10:00:00Z');

describe('reviewPeriodOptions', () => {
  it('lists the running period first and defaults to the last complete one', () => {
    const { options, defaultKey } = reviewPeriodOptions(calendar, 'month', 'en-US', now, 3);
    expect(options.map((o) => o.value)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(options[0]?.label).toContain('(running)');
    expect(defaultKey).toBe('2026-10');
  });

  it('follows the workspace calendar: weeks and fiscal quarters', () => {
    expect(reviewPeriodOptions(calendar, 'week', 'en-US', now).defaultKey).toBe('2026-W47');
    expect(reviewPeriodOptions(calendar, 'quarter', 'en-US', now).defaultKey).toBe('FY2027-Q2');
  });
});

describe('periodLabel', () => {
  it('reads a key the calendar knows, and shows others as they are', () => {
    expect(periodLabel(calendar, '2026-W47', 'en-US')).toBe('Week 47, 2026');
    expect(periodLabel(calendar, 'not-a-key', 'en-US')).toBe('not-a-key');
  });
});
