import { describe, expect, it } from 'vitest';
import type { Components } from '../aggregation/components';
import type { AggregationPoint } from '../aggregation/roll-up';
import { GregorianCalendar } from '../calendar/gregorian-calendar';
import type { Grain } from '../calendar/period';
import { evaluateFormulaForPeriod } from '../formulas/for-period';
import { templateByKey } from './library';

const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });

/** A value per base period: a number (sum, first, last, distinct) or explicit components. */
type Row = [date: string, value: number | Components];

/**
 * Evaluates a template's own formula for a period, with each metric aggregated by the kind the
 * template gives it — the way Vitals evaluates an adopted KPI.
 */
function evaluate(
  key: string,
  periodKey: string,
  baseGrain: Grain,
  data: Record<string, Row[]>,
): number | null {
  const template = templateByKey(key);
  if (!template) throw new Error(`no template ${key}`);
  const points: Record<string, AggregationPoint[]> = {};
  for (const metric of template.metrics) {
    const rows = data[metric.key];
    if (!rows) throw new Error(`no data for ${metric.key}`);
    points[metric.key] = rows.map(([date, value]) => ({
      period: date,
      components:
        typeof value !== 'number'
          ? value
          : metric.aggregation === 'sum'
            ? { sum: value }
            : metric.aggregation === 'first' || metric.aggregation === 'last'
              ? { value, at: date }
              : { value },
    }));
  }
  const result = evaluateFormulaForPeriod(template.formula, {
    calendar,
    baseGrain,
    period: calendar.parseKey(periodKey),
    metrics: template.metrics.map((m) => ({ key: m.key, kind: m.aggregation })),
    points,
  });
  return result.value;
}

const months = (jan: number, feb: number, mar: number): Row[] => [
  ['2026-01-01', jan],
  ['2026-02-01', feb],
  ['2026-03-01', mar],
];

describe('template formulas evaluated per period (operands aggregated by their kinds first)', () => {
  it("quarter churn is the quarter's losses over the customers it started with", () => {
    // Lost 10 + 12 + 8 = 30 over a quarter that opened with 1,000 customers: 30 / 1000 = 3 %.
    // (Monthly opening counts 1000, 990, 978 would give a "sum" denominator of 2968 → 1.01 %.)
    const data = {
      customers_lost: months(10, 12, 8),
      customers_at_start: months(1000, 990, 978),
    };
    expect(evaluate('customer_churn_rate', '2026-Q1', 'month', data)).toBe(3);
    expect(evaluate('customer_churn_rate', '2026-02', 'month', data)).toBeCloseTo(
      (12 / 990) * 100,
      10,
    );
  });

  it('customer retention reads closing (last), new (sum) and opening (first) customers', () => {
    // Opened with 1000, won 20 + 25 + 15 = 60, closed the quarter with 1030:
    // (1030 − 60) / 1000 = 97 %.
    const data = {
      customers_at_start: months(1000, 1005, 1020),
      new_customers: months(20, 25, 15),
      customers_at_end: months(1005, 1020, 1030),
    };
    expect(evaluate('customer_retention_rate', '2026-Q1', 'month', data)).toBeCloseTo(97, 10);
  });

  it('NPS over a week comes from summed promoters, detractors and responses', () => {
    // Mon: 60 promoters, 10 detractors, 100 responses (NPS 50); Tue: 1, 3, 4 (NPS −50);
    // Wed: 20, 10, 40 (NPS 25). Week: (81 − 23) / 144 × 100 = 40.28; mean of days = 8.33.
    const data = {
      nps_promoters: [
        ['2026-01-05', 60],
        ['2026-01-06', 1],
        ['2026-01-07', 20],
      ] as Row[],
      nps_detractors: [
        ['2026-01-05', 10],
        ['2026-01-06', 3],
        ['2026-01-07', 10],
      ] as Row[],
      nps_responses: [
        ['2026-01-05', 100],
        ['2026-01-06', 4],
        ['2026-01-07', 40],
      ] as Row[],
    };
    const week = evaluate('net_promoter_score', '2026-W02', 'day', data);
    expect(week).toBeCloseTo((58 / 144) * 100, 10);
    expect(week).not.toBeCloseTo((50 - 50 + 25) / 3, 1);
  });

  it('OEE comes from summed times and counts, not from averaged daily OEE', () => {
    // Day 1: planned 28 800 s, run 24 000 s, ideal 18 000 s, 600 made, 570 good → 59.375 %.
    // Day 2: planned 14 400 s, run 12 000 s, ideal 9 000 s, 300 made, 240 good → 50 %.
    // Both: 36 000/43 200 × 27 000/36 000 × 810/900 = 56.25 %; the mean of days is 54.6875 %.
    const days = (a: number, b: number): Row[] => [
      ['2026-01-05', a],
      ['2026-01-06', b],
    ];
    const result = evaluate('overall_equipment_effectiveness', '2026-01', 'day', {
      planned_production_time: days(28_800, 14_400),
      run_time: days(24_000, 12_000),
      ideal_run_time: days(18_000, 9_000),
      total_units: days(600, 300),
      good_units: days(570, 240),
    });
    expect(result).toBeCloseTo(56.25, 10);
  });

  it('CTR is Σclicks / Σimpressions, not the mean of daily CTRs', () => {
    // Day 1: 10 / 100 = 10 %; day 2: 90 / 300 = 30 %. Both: 100 / 400 = 25 % (mean of days 20 %).
    const result = evaluate('click_through_rate', '2026-01', 'day', {
      clicks: [
        ['2026-01-01', 10],
        ['2026-01-02', 90],
      ],
      impressions: [
        ['2026-01-01', 100],
        ['2026-01-02', 300],
      ],
    });
    expect(result).toBe(25);
  });

  it('LTV : CAC, written out over base metrics, equals LTV ÷ CAC of the same quarter', () => {
    // Q1 revenue 10 000 + 20 000 + 30 000 = 60 000 over 100 + 200 + 300 = 600 orders → 100 per
    // order; purchases per year at the quarter's end 4 (last); lifespan 3 years (last) → LTV 1 200.
    // Spend 6 000 + 8 000 + 10 000 = 24 000 over 20 + 30 + 30 = 80 new customers → CAC 300.
    // LTV : CAC = 1 200 / 300 = 4.
    const data = {
      revenue: months(10_000, 20_000, 30_000),
      orders: months(100, 200, 300),
      purchase_frequency: months(3, 3.5, 4),
      customer_lifespan_years: months(3, 3, 3),
      sales_marketing_spend: months(6_000, 8_000, 10_000),
      new_customers: months(20, 30, 30),
    };
    const ltv = evaluate('customer_lifetime_value', '2026-Q1', 'month', data);
    const cac = evaluate('customer_acquisition_cost', '2026-Q1', 'month', data);
    expect(ltv).toBeCloseTo(1200, 10);
    expect(cac).toBe(300);
    expect(evaluate('ltv_to_cac_ratio', '2026-Q1', 'month', data)).toBeCloseTo(4, 10);
  });

  it('revenue growth reads the previous period through prev()', () => {
    const data = { revenue: months(100, 120, 90) };
    expect(evaluate('revenue_growth_rate', '2026-02', 'month', data)).toBeCloseTo(20, 10);
    expect(evaluate('revenue_growth_rate', '2026-03', 'month', data)).toBeCloseTo(-25, 10);
    expect(evaluate('revenue_growth_rate', '2026-01', 'month', data)).toBeNull();
  });

  it('DSO multiplies by the days of the period recorded in days_in_period', () => {
    // Q1 2026: revenue 90 000, receivables at the quarter's end 30 000, 31 + 28 + 31 = 90 days
    // → 30 000 / 90 000 × 90 = 30 days.
    const data = {
      accounts_receivable: months(50_000, 40_000, 30_000),
      revenue: months(30_000, 30_000, 30_000),
      days_in_period: months(31, 28, 31),
    };
    expect(evaluate('days_sales_outstanding', '2026-Q1', 'month', data)).toBeCloseTo(30, 10);
  });

  it('inventory turnover divides COGS by the mean daily inventory', () => {
    // Jan 1–3 inventory 100, 200, 300 (mean 200); COGS 150 + 150 + 300 = 600 → 3 turns.
    const day = (d: number) => `2026-01-0${d}`;
    const result = evaluate('inventory_turnover', '2026-01', 'day', {
      cogs: [
        [day(1), 150],
        [day(2), 150],
        [day(3), 300],
      ],
      inventory_value: [
        [day(1), { sum: 100, count: 1 }],
        [day(2), { sum: 200, count: 1 }],
        [day(3), { sum: 300, count: 1 }],
      ],
    });
    expect(result).toBeCloseTo(3, 10);
  });

  it('NRR grows the opening MRR by expansion and shrinks it by contraction and churn', () => {
    // Opening MRR 10 000 (first); +1 500 expansion, −300 contraction, −700 churn → 105 %.
    const result = evaluate('net_revenue_retention', '2026-Q1', 'month', {
      mrr_at_start: months(10_000, 10_200, 10_400),
      expansion_mrr: months(500, 500, 500),
      contraction_mrr: months(100, 100, 100),
      churned_mrr: months(200, 300, 200),
    });
    expect(result).toBeCloseTo(105, 10);
  });

  it('MAU is read at the grain the source computed and refuses to roll up', () => {
    const data = { active_users: [['2026-01-01', 420] as Row] };
    expect(evaluate('monthly_active_users', '2026-01', 'month', data)).toBe(420);
    expect(() => evaluate('monthly_active_users', '2026-Q1', 'month', data)).toThrow(/distinct/);
  });
});
