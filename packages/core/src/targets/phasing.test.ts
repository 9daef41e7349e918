import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/index';
import { phaseHorizon, phaseTotal } from './phasing';
import { isBand, type TargetValue } from './value';

const num = (v: TargetValue | undefined): number => {
  if (v === undefined || isBand(v)) throw new Error('expected a number');
  return v;
};

describe('phaseTotal for sum metrics', () => {
  it('phases 1,200,000 for 2026 by the shape of 2025', () => {
    // 2025 by month, in thousands: 60 60 70 80 80 90 100 100 90 80 80 110 → Σ = 1,000 (thousand).
    const lastYear = [60, 60, 70, 80, 80, 90, 100, 100, 90, 80, 80, 110].map((k) => k * 1000);
    const phased = phaseHorizon(
      {
        horizon: '2026',
        grain: 'month',
        total: 1_200_000,
        phasing: { method: 'last_year', lastYear },
      },
      new GregorianCalendar(),
      'sum',
    );
    // Each month = 1,200,000 × month / 1,000,000 = month × 1.2:
    // 72 72 84 96 96 108 120 120 108 96 96 132 (thousand).
    const expected = [72, 72, 84, 96, 96, 108, 120, 120, 108, 96, 96, 132].map((k) => k * 1000);
    expect(phased.periods.map((p) => p.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    phased.values.forEach((v, i) => expect(num(v)).toBeCloseTo(expected[i] ?? NaN, 6));
    expect(phased.fellBackToEven).toBe(false);
  });

  it('falls back to even, flagged, when last year has no data or gaps', () => {
    const none = phaseTotal(
      1_200_000,
      12,
      { method: 'last_year', lastYear: Array(12).fill(null) },
      'sum',
    );
    // 1,200,000 / 12 = 100,000 a month.
    expect(none.values).toEqual(Array(12).fill(100_000));
    expect(none).toMatchObject({ fellBackToEven: true, fallbackReason: 'no_data' });
    const gap = phaseTotal(300, 3, { method: 'last_year', lastYear: [10, null, 30] }, 'sum');
    expect(gap.values).toEqual([100, 100, 100]);
    expect(gap).toMatchObject({ fellBackToEven: true, fallbackReason: 'incomplete' });
  });

  it('phases by custom weights', () => {
    // weights 1:2:3:4 (Σ 10) of 1,000 → 100, 200, 300, 400
    const phased = phaseTotal(1000, 4, { method: 'weights', weights: [1, 2, 3, 4] }, 'sum');
    expect(phased.values).toEqual([100, 200, 300, 400]);
    expect(phased.shares).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('phases a band by the same shares', () => {
    const phased = phaseTotal({ lower: 90, upper: 120 }, 3, { method: 'even' }, 'sum');
    expect(phased.values).toEqual(Array(3).fill({ lower: 30, upper: 40 }));
  });

  it('rejects counts that do not match and methods that do not fit the kind', () => {
    expect(() => phaseTotal(100, 4, { method: 'weights', weights: [1, 2, 3] }, 'sum')).toThrow(
      /phasing\.weights has 3 weights; needs 4/,
    );
    expect(() => phaseTotal(100, 2, { method: 'weights', weights: [1, -1] }, 'sum')).toThrow(
      /phasing\.weights\[1\] is -1/,
    );
    expect(() => phaseTotal(100, 2, { method: 'ramp', from: 0 }, 'sum')).toThrow(
      /does not fit a sum/,
    );
    expect(() => phaseTotal(0.8, 2, { method: 'weights', weights: [1, 1] }, 'ratio')).toThrow(
      /does not fit a ratio/,
    );
  });
});

describe('phaseHorizon on a fiscal calendar (FY starts in April)', () => {
  const cal = new GregorianCalendar({ fiscalYearStartMonth: 4 });

  it('splits FY2027 evenly over April 2026 – March 2027', () => {
    const fy = phaseHorizon(
      { horizon: 'FY2027', grain: 'month', total: 1_200_000, phasing: { method: 'even' } },
      cal,
      'sum',
    );
    expect(fy.horizon).toMatchObject({ start: '2026-04-01', end: '2027-04-01' });
    expect(fy.periods[0]?.key).toBe('2026-04');
    expect(fy.periods[11]?.key).toBe('2027-03');
    expect(fy.values).toEqual(Array(12).fill(100_000));
  });

  it('ramps a level target from 100 to 140 across the fiscal quarters', () => {
    // step (140 − 100) / 4 = 10 → 110, 120, 130, 140 (the last quarter reaches the target)
    const fy = phaseHorizon(
      { horizon: 'FY2027', grain: 'quarter', total: 140, phasing: { method: 'ramp', from: 100 } },
      cal,
      'last',
    );
    expect(fy.periods.map((p) => p.key)).toEqual([
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
      'FY2027-Q4',
    ]);
    expect(fy.values).toEqual([110, 120, 130, 140]);
  });

  it('holds a level target flat with even phasing', () => {
    const fy = phaseHorizon(
      { horizon: 'FY2027', grain: 'quarter', total: 0.3, phasing: { method: 'even' } },
      cal,
      'ratio',
    );
    expect(fy.values).toEqual([0.3, 0.3, 0.3, 0.3]);
  });

  it('refuses grains that do not nest in the horizon', () => {
    const h = {
      horizon: 'FY2027',
      grain: 'week' as const,
      total: 1,
      phasing: { method: 'even' as const },
    };
    expect(() => phaseHorizon(h, cal, 'sum')).toThrow(/do not nest/);
  });
});

describe('properties', () => {
  const total = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const close = (a: number, b: number) =>
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const sum = (values: TargetValue[]) => values.reduce<number>((s, v) => s + num(v), 0);

  it('even phasing sums to the total', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 400 }), (t, n) => {
        expect(close(sum(phaseTotal(t, n, { method: 'even' }, 'sum').values), t)).toBe(true);
      }),
    );
  });

  it('weights phasing sums to the total', () => {
    const weights = fc
      .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const phased = phaseTotal(t, w.length, { method: 'weights', weights: w }, 'sum');
        expect(close(sum(phased.values), t)).toBe(true);
      }),
    );
  });

  it('last-year phasing sums to the total, with or without usable data', () => {
    const lastYear = fc.array(
      fc.option(fc.double({ min: -10, max: 1e6, noNaN: true }), { nil: null }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(total, lastYear, (t, ly) => {
        const phased = phaseTotal(t, ly.length, { method: 'last_year', lastYear: ly }, 'sum');
        expect(close(sum(phased.values), t)).toBe(true);
      }),
    );
  });
});
