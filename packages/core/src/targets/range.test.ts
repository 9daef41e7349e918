import { describe, expect, it } from 'vitest';
import type { AggregationKind } from '../aggregation/kind';
import { GregorianCalendar, periodRange } from '../calendar/index';
import { targetForRange } from './range';
import { targetFor } from './resolve';
import { targetDefinitionSchema, type TargetDefinitionInput } from './schema';
import { targetToDate } from './to-date';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
const def = (input: Pick<TargetDefinitionInput, 'entries' | 'overrides'>) =>
  targetDefinitionSchema.parse({ direction: 'higher_is_better', basis: 'benchmark', ...input });
const range = (first: string, last: string) =>
  periodRange(cal, cal.parseKey(first), cal.parseKey(last));
const forRange = (d: ReturnType<typeof def>, r: ReturnType<typeof range>, kind: AggregationKind) =>
  targetForRange(r, (p) => targetFor(d, p, cal, { kind }), cal, kind);

describe('targetForRange — sum kinds add up their periods', () => {
  const monthly = def({
    entries: [
      { grain: 'month', effectiveFrom: '2026-01-01', value: 100 },
      { grain: 'month', effectiveFrom: '2026-07-01', value: 120 },
    ],
    overrides: [{ period: '2026-11', value: 50 }],
  });

  it('is the sum of each month, overrides included, and says so', () => {
    // Sep 120 + Oct 120 + Nov 50 (override) = 290
    const t = forRange(monthly, range('2026-09', '2026-11'), 'sum');
    expect(t).toMatchObject({ value: 290, rule: 'sum_of_periods' });
    expect(t.explanation).toBe('Σ of 3 month targets: 2026-09 = 120; 2026-10 = 120; 2026-11 = 50');
    // Jun 100 + Jul 120: a range across an entry change
    expect(forRange(monthly, range('2026-06', '2026-07'), 'sum').value).toBe(220);
  });

  it('has no target when one period has none, rather than judging against a partial sum', () => {
    const t = forRange(monthly, range('2025-12', '2026-01'), 'sum');
    expect(t).toMatchObject({ value: null, rule: 'none' });
    expect(t.explanation).toContain('no target for 2025-12');
  });

  it('pro-rates finer targets into each period as targetFor does (weeks into months)', () => {
    const weekly = def({ entries: [{ grain: 'week', effectiveFrom: '2026-01-05', value: 700 }] });
    // Oct: 700 × 31/7 = 3,100; Nov: 700 × 30/7 = 3,000 → 6,100
    expect(forRange(weekly, range('2026-10', '2026-11'), 'sum').value).toBeCloseTo(6_100, 9);
  });

  it('paces by its periods: complete months in full, the running one by days gone', () => {
    const t = forRange(monthly, range('2026-09', '2026-11'), 'sum');
    // As of the end of 10 November: 120 + 120 + 50 × 10/30 = 256.67
    const endOf10Nov = new Date('2026-11-10T23:00:00Z');
    expect(targetToDate(t, endOf10Nov, cal)).toBeCloseTo(256.6667, 3);
  });
});

describe('targetForRange — level kinds', () => {
  const levels = def({
    entries: [
      { grain: 'month', effectiveFrom: '2026-01-01', value: 0.1 },
      { grain: 'month', effectiveFrom: '2026-10-01', value: 0.12 },
    ],
    overrides: [],
  });

  it('takes the level in effect at the end of the range for ratios, averages and stocks', () => {
    for (const kind of ['ratio', 'average', 'last', 'max'] as const) {
      const t = forRange(levels, range('2026-08', '2026-10'), kind);
      expect(t).toMatchObject({ value: 0.12, rule: 'level_at_end' });
      expect(t.explanation).toContain("level target of the range's last month, 2026-10");
    }
  });

  it('takes the first period for a first-value metric', () => {
    expect(forRange(levels, range('2026-08', '2026-10'), 'first')).toMatchObject({
      value: 0.1,
      rule: 'level_at_start',
    });
  });

  it('has none for a distinct count over several periods, but keeps a single period', () => {
    const distinct = def({
      entries: [{ grain: 'month', effectiveFrom: '2026-01-01', value: 40 }],
      overrides: [],
    });
    expect(forRange(distinct, range('2026-08', '2026-10'), 'distinct').value).toBeNull();
    expect(forRange(distinct, range('2026-08', '2026-08'), 'distinct').value).toBe(40);
  });
});
