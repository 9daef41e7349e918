import { describe, expect, it } from 'vitest';
import { cadenceWord, formatPeriod } from './period';

describe('formatPeriod', () => {
  it.each([
    [{ grain: 'day', key: '2026-11-21' }, 'Nov 21, 2026'],
    [{ grain: 'week', key: '2026-W07' }, 'Week 7, 2026'],
    [{ grain: 'month', key: '2026-11' }, 'Nov 2026'],
    [{ grain: 'quarter', key: 'FY2027-Q1' }, 'Q1 FY2027'],
    [{ grain: 'quarter', key: '2026-Q4' }, 'Q4 2026'],
    [{ grain: 'year', key: 'FY2027' }, 'FY2027'],
  ] as const)('%o → %s', (period, expected) => {
    expect(formatPeriod(period, 'en-US')).toBe(expected);
  });

  it("uses the workspace's language and keeps unknown keys as they are", () => {
    expect(formatPeriod({ grain: 'month', key: '2026-03' }, 'de-DE')).toBe('März 2026');
    expect(formatPeriod({ grain: 'week', key: '2026-P13W1' }, 'en-US')).toBe('2026-P13W1');
  });

  it('names cadences', () => {
    expect(cadenceWord('quarter')).toBe('Quarterly');
  });
});
