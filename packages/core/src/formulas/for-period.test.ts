import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/gregorian-calendar';
import type { AggregationPoint } from '../aggregation/roll-up';
import { evaluateFormula } from './evaluate';
import { evaluateFormulaForPeriod } from './for-period';
import { parseFormula } from './parse';

const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
const q1 = calendar.parseKey('2026-Q1');
const monthly = (values: [string, number][]): AggregationPoint[] =>
  values.map(([period, sum]) => ({ period, components: { sum } }));

describe('evaluateFormulaForPeriod (each operand aggregated by its kind, then the formula)', () => {
  it("computes a quarter's CAC from the quarter's totals, not the mean of monthly CACs", () => {
    // Jan 1000 / 10 = 100, Feb 2000 / 40 = 50, Mar 3000 / 50 = 60.
    // Q1: (1000 + 2000 + 3000) / (10 + 40 + 50) = 6000 / 100 = 60; the monthly mean would be 70.
    const input = {
      calendar,
      baseGrain: 'month' as const,
      metrics: [
        { key: 'spend', kind: 'sum' as const },
        { key: 'new_customers', kind: 'sum' as const },
      ],
      points: {
        spend: monthly([
          ['2026-01-01', 1000],
          ['2026-02-01', 2000],
          ['2026-03-01', 3000],
          ['2026-04-01', 99],
        ]),
        new_customers: monthly([
          ['2026-01-01', 10],
          ['2026-02-01', 40],
          ['2026-03-01', 50],
        ]),
      },
    };
    const result = evaluateFormulaForPeriod('spend / new_customers', { ...input, period: q1 });
    expect(result.value).toBe(60);
    expect(result.operands).toEqual({ spend: { value: 6000 }, new_customers: { value: 100 } });
    const monthlyCacs = ['2026-01', '2026-02', '2026-03'].map(
      (key) =>
        evaluateFormulaForPeriod('spend / new_customers', {
          ...input,
          period: calendar.parseKey(key),
        }).value ?? 0,
    );
    expect(monthlyCacs).toEqual([100, 50, 60]);
    expect(monthlyCacs.reduce((a, b) => a + b) / 3).toBe(70);
    // Q2 has spend but no new customers: no value, with the reason.
    expect(
      evaluateFormulaForPeriod('spend / new_customers', {
        ...input,
        period: calendar.parseKey('2026-Q2'),
      }),
    ).toMatchObject({ value: null, reason: 'new_customers has no value: no data for 2026-Q2' });
  });

  it("computes a quarter's churn as its losses over the customers at its start", () => {
    // Customers at the start of Jan 1000, Feb 980, Mar 990 (first); lost Jan 20, Feb 15, Mar 25 (sum).
    // Q1 churn = (20 + 15 + 25) / 1000 * 100 = 6 %.
    // (Summing the monthly rates gives 2 + 1.53 + 2.53 = 6.05; Σlost / Σcustomers gives 2.02.)
    const result = evaluateFormulaForPeriod('lost / customers * 100', {
      calendar,
      baseGrain: 'month',
      period: q1,
      metrics: [
        { key: 'lost', kind: 'sum' },
        { key: 'customers', kind: 'first' },
      ],
      points: {
        lost: monthly([
          ['2026-01-01', 20],
          ['2026-02-01', 15],
          ['2026-03-01', 25],
        ]),
        customers: [
          { period: '2026-03-01', components: { value: 990, at: '2026-03-01' } },
          { period: '2026-01-01', components: { value: 1000, at: '2026-01-01' } },
          { period: '2026-02-01', components: { value: 980, at: '2026-02-01' } },
        ],
      },
    });
    expect(result.value).toBe(6);
    expect(result.operands).toEqual({ lost: { value: 60 }, customers: { value: 1000 } });
  });

  it('computes NPS over a month from daily components', () => {
    // 1 Jan: 50 promoters, 10 detractors, 100 answers (NPS 40); 2 Jan: 5, 5, 10 (NPS 0).
    // January: (55 - 15) / 110 * 100 = 36.36…, not the mean of the daily scores (20).
    const day = (p: number, d: number, r: number, date: string) => ({
      promoters: { period: date, components: { sum: p } },
      detractors: { period: date, components: { sum: d } },
      responses: { period: date, components: { sum: r } },
    });
    const days = [day(50, 10, 100, '2026-01-01'), day(5, 5, 10, '2026-01-02')];
    const result = evaluateFormulaForPeriod('(promoters - detractors) / responses * 100', {
      calendar,
      baseGrain: 'day',
      period: calendar.parseKey('2026-01'),
      metrics: ['promoters', 'detractors', 'responses'].map((key) => ({
        key,
        kind: 'sum' as const,
      })),
      points: {
        promoters: days.map((d) => d.promoters),
        detractors: days.map((d) => d.detractors),
        responses: days.map((d) => d.responses),
      },
    });
    expect(result.value).toBeCloseTo(36.3636, 4);
  });

  it('computes OEE from summed times and counts, not from averaged daily OEE', () => {
    // Day 1: planned 480 min, run 400, ideal time of the output 300, 600 made, 570 good
    //        → 400/480 × 300/400 × 570/600 = 59.375 %.
    // Day 2: planned 240, run 200, ideal 150, 300 made, 240 good → 200/240 × 150/200 × 240/300 = 50 %.
    // Both: 600/720 × 450/600 × 810/900 = 56.25 %; the mean of the daily values would be 54.6875 %.
    const metrics = ['planned', 'run', 'ideal', 'total', 'good'];
    const days: Record<string, [number, number]> = {
      planned: [480, 240],
      run: [400, 200],
      ideal: [300, 150],
      total: [600, 300],
      good: [570, 240],
    };
    const points = Object.fromEntries(
      metrics.map((key) => [
        key,
        monthly([
          ['2026-01-05', days[key]?.[0] ?? 0],
          ['2026-01-06', days[key]?.[1] ?? 0],
        ]),
      ]),
    );
    const result = evaluateFormulaForPeriod(
      '(run / planned) * (ideal / run) * (good / total) * 100',
      {
        calendar,
        baseGrain: 'day',
        period: calendar.parseKey('2026-W02'),
        metrics: metrics.map((key) => ({ key, kind: 'sum' as const })),
        points,
      },
    );
    expect(result.value).toBeCloseTo(56.25, 10);
    expect(result.value).not.toBeCloseTo(54.6875, 2);
  });

  it('reads prev() from the previous period of the calendar', () => {
    // January 100 (from daily sums 60 + 40), February 120: February's growth is 20 %.
    const input = {
      calendar,
      baseGrain: 'day' as const,
      metrics: [{ key: 'revenue', kind: 'sum' as const }],
      points: {
        revenue: monthly([
          ['2026-01-03', 60],
          ['2026-01-30', 40],
          ['2026-02-10', 120],
        ]),
      },
    };
    const growth = parseFormula('(revenue - prev(revenue)) / prev(revenue) * 100');
    const feb = evaluateFormulaForPeriod(growth, {
      ...input,
      period: calendar.parseKey('2026-02'),
    });
    expect(feb.value).toBe(20);
    expect(feb.previousOperands).toEqual({ revenue: { value: 100 } });
    const jan = evaluateFormulaForPeriod(growth, {
      ...input,
      period: calendar.parseKey('2026-01'),
    });
    expect(jan).toMatchObject({
      value: null,
      reason: 'revenue has no value in the previous period: no data for 2025-12',
    });
  });

  it('filters every operand by dimension values', () => {
    const points = {
      orders: [
        { period: '2026-01-01', components: { sum: 10 }, dimensions: { region: 'EU' } },
        { period: '2026-01-01', components: { sum: 30 }, dimensions: { region: 'US' } },
      ],
      revenue: [
        { period: '2026-01-01', components: { sum: 500 }, dimensions: { region: 'EU' } },
        { period: '2026-01-01', components: { sum: 3000 }, dimensions: { region: 'US' } },
      ],
    };
    const base = {
      calendar,
      baseGrain: 'day' as const,
      period: calendar.parseKey('2026-01'),
      metrics: [
        { key: 'orders', kind: 'sum' as const },
        { key: 'revenue', kind: 'sum' as const },
      ],
      points,
    };
    // all regions: 3500 / 40 = 87.5; EU only: 500 / 10 = 50
    expect(evaluateFormulaForPeriod('revenue / orders', base).value).toBe(87.5);
    expect(
      evaluateFormulaForPeriod('revenue / orders', { ...base, where: { region: 'EU' } }).value,
    ).toBe(50);
  });

  it('refuses undefined metrics and distinct operands across periods', () => {
    const base = { calendar, baseGrain: 'day' as const, period: q1, points: {} };
    expect(() =>
      evaluateFormulaForPeriod('a / b', { ...base, metrics: [{ key: 'a', kind: 'sum' }] }),
    ).toThrow(/references "b", which is not a defined metric/);
    expect(() =>
      evaluateFormulaForPeriod('users', { ...base, metrics: [{ key: 'users', kind: 'distinct' }] }),
    ).toThrow(/distinct values cannot be rolled up \(from days to quarters\)/);
  });

  it('agrees with evaluateFormula on the aggregated operands', () => {
    const parsed = parseFormula('a - b');
    const result = evaluateFormulaForPeriod(parsed, {
      calendar,
      baseGrain: 'month',
      period: q1,
      metrics: [
        { key: 'a', kind: 'max' },
        { key: 'b', kind: 'min' },
      ],
      points: {
        a: [1, 9, 4].map((value, i) => ({ period: `2026-0${i + 1}-01`, components: { value } })),
        b: [5, 2, 7].map((value, i) => ({ period: `2026-0${i + 1}-01`, components: { value } })),
      },
    });
    // max(1, 9, 4) - min(5, 2, 7) = 9 - 2 = 7
    expect(result.value).toBe(7);
    expect(evaluateFormula(parsed.ast, { values: result.operands })).toEqual({ value: 7 });
  });
});
