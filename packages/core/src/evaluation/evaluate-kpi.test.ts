import { describe, expect, it } from 'vitest';
import { addCivilDays, GregorianCalendar, type CivilDate } from '../calendar/index';
import { evaluateKpiPeriod, evaluateKpiSeries } from './evaluate-kpi';
import { pointsMeasure, type MeasuredPoint } from './points-measure';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });

function daily(from: CivilDate, days: number, sum: number, series = ''): MeasuredPoint<'sum'>[] {
  return Array.from({ length: days }, (_, i) => ({
    start: addCivilDays(from, i),
    series,
    components: { sum },
  }));
}

describe('evaluateKpiPeriod', () => {
  // Revenue: 1,000 a day on 1–10 Nov 2026, 900 a day in October 2026, 1,250 a day in November 2025.
  const points = [
    ...daily('2025-11-01', 30, 1_250),
    ...daily('2026-10-01', 31, 900),
    ...daily('2026-11-01', 10, 1_000),
  ];
  // The end of 10 November in Berlin (CET, UTC+1): 10 of November's 30 days are gone.
  const asOf = new Date('2026-11-10T23:00:00Z');
  const base = {
    calendar: cal,
    kind: 'sum' as const,
    direction: 'higher_is_better' as const,
    asOf,
    measure: pointsMeasure('sum', points),
    targetFor: () => 30_000,
  };

  it('paces the running month and compares like for like', () => {
    const e = evaluateKpiPeriod(cal.parseKey('2026-11'), base);
    expect(e.phase).toBe('running');
    // 10 days × 1,000 = 10,000 from 10 points.
    expect(e.actual).toBe(10_000);
    expect(e.pointCount).toBe(10);
    // Expected to date: 30,000 × 10/30 = 10,000 → attainment 100 % → on track.
    expect(e.expected).toBeCloseTo(10_000, 9);
    expect(e.attainment).toBeCloseTo(1, 9);
    expect(e.status).toBe('on_track');
    // Like for like: 1–10 Nov 2026 (10,000) vs 1–10 Oct 2026 (9,000) and 1–10 Nov 2025 (12,500).
    expect(e.windows.current).toEqual({ start: '2026-11-01', end: '2026-11-11' });
    expect(e.changes.vsPrevious).toMatchObject({ base: 9_000, absolute: 1_000, verdict: 'better' });
    expect(e.changes.vsPrevious.percent).toBeCloseTo(11.111, 3);
    expect(e.changes.vsLastYear).toMatchObject({
      base: 12_500,
      absolute: -2_500,
      percent: -20,
      verdict: 'worse',
    });
  });

  it('paces up to when the data runs: the start of today until today has data', () => {
    // Noon on 11 November in Berlin; the nightly load has brought 1–10 November.
    const noon = new Date('2026-11-11T11:00:00Z');
    const lagging = evaluateKpiPeriod(cal.parseKey('2026-11'), { ...base, asOf: noon });
    // Paced through the start of 11 Nov: 30,000 × 10/30 = 10,000, so on pace, not 10,000 of
    // 10,500 (the clock's 10.5 days) = 95 % at risk.
    expect(lagging.fraction).toBeCloseTo(10 / 30, 12);
    expect(lagging.expected).toBeCloseTo(10_000, 9);
    expect(lagging.status).toBe('on_track');
    // Run rate over the days the data covers: 10,000 ÷ (10/30) = 30,000.
    expect(lagging.projection?.value).toBeCloseTo(30_000, 6);

    // Once today's number lands (500 by noon), the clock counts: 10.5 of 30 days.
    const live = pointsMeasure('sum', [
      ...points,
      { start: '2026-11-11', series: '', components: { sum: 500 } },
    ]);
    const e = evaluateKpiPeriod(cal.parseKey('2026-11'), { ...base, asOf: noon, measure: live });
    expect(e.actual).toBe(10_500);
    expect(e.fraction).toBeCloseTo(10.5 / 30, 12);
    expect(e.expected).toBeCloseTo(10_500, 9);
    expect(e.status).toBe('on_track');
  });

  it('judges a complete month against its full target', () => {
    // October: 31 × 900 = 27,900 of 30,000 = 93 % → at risk (from 90 %).
    const e = evaluateKpiPeriod(cal.parseKey('2026-10'), base);
    expect(e).toMatchObject({
      phase: 'complete',
      actual: 27_900,
      expected: 30_000,
      status: 'at_risk',
    });
    expect(e.attainment).toBeCloseTo(0.93, 9);
    // vs September (no data) → unknown; vs October 2025 (no data) → unknown.
    expect(e.changes.vsPrevious.verdict).toBe('unknown');
  });

  it('gives no data, never green, for a month without points and for the future', () => {
    const [sept, dec] = evaluateKpiSeries([cal.parseKey('2026-09'), cal.parseKey('2026-12')], base);
    expect(sept).toMatchObject({ status: 'no_data', reason: 'no_actual', actual: null });
    expect(dec).toMatchObject({ status: 'no_data', reason: 'future', phase: 'future' });
  });

  it('mirrors thresholds when lower is better', () => {
    // Handle time (average): October's Σsum/Σcount = (20×100 + 24×100) / 200 = 22 min vs target 20.
    // 22 ≤ 20 × 1.1 = 22 → at risk, not off track.
    const handle: MeasuredPoint<'average'>[] = [
      { start: '2026-10-01', series: '', components: { sum: 2_000, count: 100 } },
      { start: '2026-10-02', series: '', components: { sum: 2_400, count: 100 } },
    ];
    const e = evaluateKpiPeriod(cal.parseKey('2026-10'), {
      ...base,
      kind: 'average',
      direction: 'lower_is_better',
      measure: pointsMeasure('average', handle),
      targetFor: () => 20,
    });
    expect(e.actual).toBe(22);
    expect(e.status).toBe('at_risk');
  });

  it('paces a stock from the previous month-end toward its target', () => {
    // Customers (last): 100 at the end of October, 110 on 10 November; target 130 for November.
    // Expected on 10/30 of the month: 100 + (130 − 100) × 10/30 = 110 → on track.
    const stock: MeasuredPoint<'last'>[] = [
      { start: '2026-10-31', series: '', components: { value: 100, at: '2026-10-31' } },
      { start: '2026-11-10', series: '', components: { value: 110, at: '2026-11-10' } },
    ];
    const e = evaluateKpiPeriod(cal.parseKey('2026-11'), {
      ...base,
      kind: 'last',
      measure: pointsMeasure('last', stock),
      targetFor: () => 130,
    });
    expect(e.actual).toBe(110);
    expect(e.expected).toBeCloseTo(110, 9);
    expect(e.status).toBe('on_track');
  });
});

describe('pointsMeasure', () => {
  it('adds regions after rolling each up over time, and divides sums for ratios', () => {
    // Conversion on two days: 10/100 and 30/900 → 40/1000 = 4 %, not the mean of 10 % and 3.33 % (6.67 %).
    const m = pointsMeasure('ratio', [
      { start: '2026-11-01', series: '', components: { numerator: 10, denominator: 100 } },
      { start: '2026-11-02', series: '', components: { numerator: 30, denominator: 900 } },
    ]);
    expect(m({ start: '2026-11-01', end: '2026-12-01' })).toEqual({ value: 0.04, pointCount: 2 });
    expect(m({ start: '2026-12-01', end: '2027-01-01' })).toMatchObject({
      value: null,
      pointCount: 0,
    });

    // Headcount (last) by region: EU ends the month at 40, US at 12 → 52.
    const hc = pointsMeasure('last', [
      { start: '2026-11-01', series: 'EU', components: { value: 38, at: '2026-11-01' } },
      { start: '2026-11-30', series: 'EU', components: { value: 40, at: '2026-11-30' } },
      { start: '2026-11-15', series: 'US', components: { value: 12, at: '2026-11-15' } },
    ]);
    expect(hc({ start: '2026-11-01', end: '2026-12-01' }).value).toBe(52);
  });
});
