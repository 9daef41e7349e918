import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/index';
import { targetFor } from './resolve';
import { targetDefinitionSchema, type TargetDefinitionInput } from './schema';
import { targetToDate } from './to-date';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
const def = (
  input: Omit<TargetDefinitionInput, 'direction' | 'basis'> & Partial<TargetDefinitionInput>,
) =>
  targetDefinitionSchema.parse({
    direction: 'higher_is_better',
    basis: 'past_performance',
    ...input,
  });
const sum = { kind: 'sum' } as const;

describe('targetFor — sum metrics', () => {
  const monthly = def({
    entries: [
      { grain: 'month', effectiveFrom: '2026-01-01', value: 100 },
      { grain: 'month', effectiveFrom: '2026-07-01', value: 120 },
    ],
    overrides: [{ period: '2026-11', value: 50 }],
  });

  it('applies the entry in effect until it is superseded', () => {
    expect(targetFor(monthly, cal.parseKey('2026-06'), cal, sum)).toMatchObject({
      value: 100,
      rule: 'direct',
    });
    expect(targetFor(monthly, cal.parseKey('2026-07'), cal, sum).value).toBe(120);
    expect(targetFor(monthly, cal.parseKey('2025-12'), cal, sum)).toMatchObject({
      value: null,
      rule: 'none',
    });
  });

  it('adds up months into a quarter, overrides included', () => {
    // Q2 = 100 + 100 + 100 = 300; Q3 = 120 × 3 = 360; Q4 = 120 (Oct) + 50 (Nov override) + 120 (Dec) = 290
    expect(targetFor(monthly, cal.parseKey('2026-Q2'), cal, sum)).toMatchObject({
      value: 300,
      rule: 'sum_of_sub_periods',
    });
    expect(targetFor(monthly, cal.parseKey('2026-Q3'), cal, sum).value).toBe(360);
    const q4 = targetFor(monthly, cal.parseKey('2026-Q4'), cal, sum);
    expect(q4.value).toBe(290);
    expect(q4.explanation).toContain('2026-11 = 50 (override)');
    // the year: 6 × 100 + 5 × 120 + 50 = 1,250
    expect(targetFor(monthly, cal.parseKey('2026'), cal, sum).value).toBe(1250);
    // 2025-Q4 … 2026-Q1 are not all covered: the year 2025 has no target
    expect(targetFor(monthly, cal.parseKey('2025'), cal, sum).value).toBeNull();
  });

  it('gives no quarter target when one of its months has none', () => {
    // January and February are set, March is not: Q1 is not 100 + 100
    const partial = def({
      overrides: [
        { period: '2026-01', value: 100 },
        { period: '2026-02', value: 100 },
      ],
    });
    expect(targetFor(partial, cal.parseKey('2026-Q1'), cal, sum)).toMatchObject({
      value: null,
      rule: 'none',
    });
  });

  it('pro-rates a day and a week by days', () => {
    // 10 Nov 2026: 50 (November override) × 1/30
    const day = targetFor(monthly, cal.parseKey('2026-11-10'), cal, sum);
    expect(day.rule).toBe('pro_rated');
    expect(day.value).toBeCloseTo(50 / 30, 12);
    // Week 2026-W27 runs Mon 29 June – Sun 5 July: 2 June days + 5 July days
    // = 100 × 2/30 + 120 × 5/31 = 6.6667 + 19.3548 = 26.0215
    const week = targetFor(monthly, cal.parseKey('2026-W27'), cal, sum);
    expect(week.pieces.map((p) => p.source.period.key)).toEqual(['2026-06', '2026-07']);
    expect(week.value).toBeCloseTo((100 * 2) / 30 + (120 * 5) / 31, 12);
  });

  it('uses a horizon phased monthly and adds it back up', () => {
    const phased = def({
      horizons: [
        {
          horizon: '2026',
          grain: 'month',
          total: 1200,
          phasing: { method: 'weights', weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 13] },
        },
      ],
    });
    // Σ weights = 24 → 50 a month, December 13 × 50 = 650
    expect(targetFor(phased, cal.parseKey('2026-12'), cal, sum)).toMatchObject({
      value: 650,
      rule: 'direct',
    });
    expect(targetFor(phased, cal.parseKey('2026-Q4'), cal, sum).value).toBeCloseTo(750, 9);
    expect(targetFor(phased, cal.parseKey('2026'), cal, sum).value).toBeCloseTo(1200, 9);
  });

  it('phases FY2027 on a fiscal calendar and sums its first quarter', () => {
    const fiscal = new GregorianCalendar({ fiscalYearStartMonth: 4 });
    const fy = def({
      horizons: [
        { horizon: 'FY2027', grain: 'month', total: 1_200_000, phasing: { method: 'even' } },
      ],
    });
    // FY2027-Q1 = April + May + June 2026 = 3 × 100,000
    const q1 = targetFor(fy, fiscal.parseKey('FY2027-Q1'), fiscal, sum);
    expect(q1.value).toBe(300_000);
    expect(q1.pieces.map((p) => p.source.period.key)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(targetFor(fy, fiscal.parseKey('2026-03'), fiscal, sum).value).toBeNull();
  });
});

describe('targetFor — level metrics', () => {
  const ratio = def({
    entries: [
      { grain: 'month', effectiveFrom: '2026-01-01', value: 0.8 },
      { grain: 'month', effectiveFrom: '2026-03-01', value: 0.85 },
    ],
  });

  it('takes the level in effect at the end of a coarser period, never a sum', () => {
    const q1 = targetFor(ratio, cal.parseKey('2026-Q1'), cal, { kind: 'ratio' });
    expect(q1).toMatchObject({ value: 0.85, rule: 'level_in_effect' });
    expect(q1.explanation).toContain('2026-03-31');
    // `first` is read on the period's first day: January's 0.8
    expect(targetFor(ratio, cal.parseKey('2026-Q1'), cal, { kind: 'first' }).value).toBe(0.8);
    // a day takes its month's level, not a pro-rated share
    expect(targetFor(ratio, cal.parseKey('2026-02-14'), cal, { kind: 'average' }).value).toBe(0.8);
  });

  it('uses the horizon level itself and ramps its sub-periods', () => {
    const stock = def({
      horizons: [
        { horizon: '2026', grain: 'quarter', total: 140, phasing: { method: 'ramp', from: 100 } },
      ],
    });
    expect(targetFor(stock, cal.parseKey('2026'), cal, { kind: 'last' })).toMatchObject({
      value: 140,
      rule: 'direct',
    });
    expect(targetFor(stock, cal.parseKey('2026-Q2'), cal, { kind: 'last' }).value).toBe(120);
    // May 2026 lies in Q2 → 120
    expect(targetFor(stock, cal.parseKey('2026-05'), cal, { kind: 'last' }).value).toBe(120);
  });

  it('gives distinct counts only targets set for exactly that period', () => {
    const mau = def({ entries: [{ grain: 'month', effectiveFrom: '2026-01-01', value: 10_000 }] });
    expect(targetFor(mau, cal.parseKey('2026-04'), cal, { kind: 'distinct' }).value).toBe(10_000);
    expect(targetFor(mau, cal.parseKey('2026-Q2'), cal, { kind: 'distinct' }).rule).toBe('none');
  });

  it('resolves bands for within_band KPIs', () => {
    const band = def({
      direction: 'within_band',
      entries: [{ grain: 'month', effectiveFrom: '2026-01-01', value: { lower: 0.8, upper: 0.9 } }],
    });
    expect(targetFor(band, cal.parseKey('2026-Q3'), cal, { kind: 'ratio' }).value).toEqual({
      lower: 0.8,
      upper: 0.9,
    });
  });
});

describe('targetToDate', () => {
  const endOf10Nov = new Date('2026-11-10T23:00:00Z'); // midnight 11 Nov in Berlin (CET, UTC+1)

  it('paces a monthly target by the elapsed fraction', () => {
    const d = def({ entries: [{ grain: 'month', effectiveFrom: '2026-01-01', value: 30_000 }] });
    // 30,000 × 10/30 = 10,000
    const t = targetFor(d, cal.parseKey('2026-11'), cal, sum);
    expect(targetToDate(t, endOf10Nov, cal)).toBeCloseTo(10_000, 9);
  });

  it('sums daily sub-targets to date when the month is phased by day', () => {
    // 1–10 Nov weigh 2, 11–30 Nov weigh 1: Σ = 20 + 20 = 40 → 30,000/40 = 750 per weight unit
    // → 1,500 a day for 1–10 Nov; by the end of 10 Nov 10 × 1,500 = 15,000 (not 10,000)
    const weights = Array.from({ length: 30 }, (_, i) => (i < 10 ? 2 : 1));
    const d = def({
      horizons: [
        {
          horizon: '2026-11',
          grain: 'day',
          total: 30_000,
          phasing: { method: 'weights', weights },
        },
      ],
    });
    const t = targetFor(d, cal.parseKey('2026-11'), cal, sum);
    expect(t.rule).toBe('sum_of_sub_periods');
    expect(t.value).toBeCloseTo(30_000, 9);
    expect(targetToDate(t, endOf10Nov, cal)).toBeCloseTo(15_000, 9);
    // half-way through 11 Nov (12:00 Berlin = 11:00Z): + 750 / 2
    expect(targetToDate(t, new Date('2026-11-11T11:00:00Z'), cal)).toBeCloseTo(15_375, 9);
  });

  it('paces a week pro-rated from two months by the days of each', () => {
    const d = def({
      entries: [
        { grain: 'month', effectiveFrom: '2026-06-01', value: 300 },
        { grain: 'month', effectiveFrom: '2026-07-01', value: 310 },
      ],
    });
    // W27 = Mon 29 June – Sun 5 July. By the end of Wed 1 July: 2 June days × 300/30 + 1 July day × 310/31 = 30
    const t = targetFor(d, cal.parseKey('2026-W27'), cal, sum);
    expect(targetToDate(t, new Date('2026-07-01T22:00:00Z'), cal)).toBeCloseTo(30, 9);
  });
});
