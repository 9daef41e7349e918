import { describe, expect, it } from 'vitest';
import {
  addCivilDays,
  GregorianCalendar,
  lastPeriods,
  periodRange,
  type CivilDate,
} from '../calendar/index';
import { targetDefinitionSchema, targetFor, targetForRange } from '../targets/index';
import type { AggregationKind } from '../aggregation/kind';
import type { PeriodRange } from '../calendar/index';
import { evaluateKpiRange } from './evaluate-range';
import { pointsMeasure, type MeasuredPoint } from './points-measure';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
// Midnight between 10 and 11 November 2026 in Berlin: 10 of November's days are complete.
const asOf = new Date('2026-11-10T23:00:00Z');

function daily(from: CivilDate, to: CivilDate, sum: number): MeasuredPoint<'sum'>[] {
  const out: MeasuredPoint<'sum'>[] = [];
  for (let d = from; d < to; d = addCivilDays(d, 1))
    out.push({ start: d, series: '', components: { sum } });
  return out;
}

function monthlyTarget(value: number, kind: AggregationKind) {
  const def = targetDefinitionSchema.parse({
    direction: 'higher_is_better',
    basis: 'benchmark',
    entries: [{ grain: 'month', effectiveFrom: '2025-01-01', value }],
  });
  return (range: PeriodRange) =>
    targetForRange(range, (p) => targetFor(def, p, cal, { kind }), cal, kind);
}

describe('evaluateKpiRange — sum', () => {
  // Revenue a day: 800 from Aug to Nov 2025, 900 from May to Jul 2026, 1,000 from 1 Aug to 10 Nov 2026.
  const measure = pointsMeasure('sum', [
    ...daily('2025-08-01', '2025-12-01', 800),
    ...daily('2026-05-01', '2026-08-01', 900),
    ...daily('2026-08-01', '2026-11-11', 1_000),
  ]);
  const target = monthlyTarget(30_000, 'sum');
  const base = {
    calendar: cal,
    kind: 'sum' as const,
    direction: 'higher_is_better' as const,
    asOf,
    measure,
  };

  it('measures the last 3 complete months as one window against the sum of their targets', () => {
    const range = lastPeriods(cal, asOf, 'month', 3);
    expect(range.key).toBe('2026-08..2026-10');
    const e = evaluateKpiRange(range, { ...base, target: target(range) });
    // Aug 31 + Sep 30 + Oct 31 = 92 days × 1,000 = 92,000 against 3 × 30,000 = 90,000 → on track
    expect(e).toMatchObject({
      phase: 'complete',
      actual: 92_000,
      target: 90_000,
      status: 'on_track',
    });
    expect(e.pointCount).toBe(92);
    expect(e.attainment).toBeCloseTo(92 / 90, 9);
    // vs May–Jul 2026: 92 × 900 = 82,800; vs Aug–Oct 2025: 92 × 800 = 73,600
    expect(e.windows.previous).toEqual({ start: '2026-05-01', end: '2026-08-01' });
    expect(e.changes.vsPrevious).toMatchObject({
      base: 82_800,
      absolute: 9_200,
      verdict: 'better',
    });
    expect(e.changes.vsLastYear).toMatchObject({ base: 73_600, absolute: 18_400 });
    expect(e.targetExplanation).toContain('Σ of 3 month targets');
  });

  it('paces a range that ends with the running month, and compares like for like', () => {
    const range = lastPeriods(cal, asOf, 'month', 3, true);
    expect(range.key).toBe('2026-09..2026-11');
    const e = evaluateKpiRange(range, { ...base, target: target(range) });
    // Sep 30 + Oct 31 + 10 Nov days = 71 days × 1,000 = 71,000
    expect(e).toMatchObject({ phase: 'running', actual: 71_000, target: 90_000, pacing: 'phased' });
    // Expected: 30,000 + 30,000 + 30,000 × 10/30 = 70,000 → 101 % → on track; 71 of 91 days gone
    expect(e.expected).toBeCloseTo(70_000, 6);
    expect(e.fraction).toBeCloseTo(71 / 91, 9);
    expect(e.status).toBe('on_track');
    // Jun + Jul whole and the first 10 days of Aug: 61 × 900 + 10 × 1,000 = 64,900
    expect(e.windows.previous).toEqual({ start: '2026-06-01', end: '2026-08-11' });
    expect(e.changes.vsPrevious.base).toBe(64_900);
    // 1 Sep–10 Nov 2025: 71 × 800 = 56,800
    expect(e.windows.lastYear).toEqual({ start: '2025-09-01', end: '2025-11-11' });
    expect(e.changes.vsLastYear.base).toBe(56_800);
    // A run-rate forecast of the whole range: 71,000 ÷ (71/91) = 91,000
    expect(e.projection?.value).toBeCloseTo(91_000, 6);
  });

  it('reads a custom range of weeks', () => {
    const range = periodRange(cal, cal.parseKey('2026-W40'), cal.parseKey('2026-W42'));
    const e = evaluateKpiRange(range, { ...base, target: target(range) });
    // 21 days × 1,000; weeks 40–42 run from 28 Sep to 18 Oct
    expect(e.actual).toBe(21_000);
    expect(e.windows.current).toEqual({ start: '2026-09-28', end: '2026-10-19' });
  });
});

describe('evaluateKpiRange — other kinds measure the union window by their own rule', () => {
  const range = periodRange(cal, cal.parseKey('2026-08'), cal.parseKey('2026-10'));
  const common = { calendar: cal, direction: 'higher_is_better' as const, asOf };

  it('ratio: Σ numerators ÷ Σ denominators, not the mean of monthly ratios', () => {
    const points: MeasuredPoint<'ratio'>[] = [
      { start: '2026-08-01', series: '', components: { numerator: 5, denominator: 100 } },
      { start: '2026-09-01', series: '', components: { numerator: 10, denominator: 100 } },
      { start: '2026-10-01', series: '', components: { numerator: 30, denominator: 200 } },
    ];
    const kind = 'ratio' as const;
    const e = evaluateKpiRange(range, {
      ...common,
      kind,
      measure: pointsMeasure(kind, points),
      target: monthlyTarget(0.12, kind)(range),
    });
    // 45 / 400 = 0.1125 (the mean of 5 %, 10 %, 15 % would be 0.1); 0.1125 / 0.12 = 93.75 % → at risk
    expect(e.actual).toBeCloseTo(0.1125, 12);
    expect(e.target).toBe(0.12);
    expect(e.status).toBe('at_risk');
  });

  it('average: Σ sums ÷ Σ counts', () => {
    const points: MeasuredPoint<'average'>[] = [
      { start: '2026-08-01', series: '', components: { sum: 100, count: 10 } },
      { start: '2026-09-01', series: '', components: { sum: 300, count: 10 } },
      { start: '2026-10-01', series: '', components: { sum: 20, count: 20 } },
    ];
    const kind = 'average' as const;
    const e = evaluateKpiRange(range, {
      ...common,
      kind,
      measure: pointsMeasure(kind, points),
      target: monthlyTarget(10, kind)(range),
    });
    // 420 / 40 = 10.5 (the mean of 10, 30 and 1 would be 13.67) → 105 % of 10 → on track
    expect(e.actual).toBe(10.5);
    expect(e.status).toBe('on_track');
  });

  it('last: the closing value of the range, never a sum of months', () => {
    const stock = (start: CivilDate, value: number): MeasuredPoint<'last'> => ({
      start,
      series: '',
      components: { value, at: start },
    });
    const kind = 'last' as const;
    const points = [
      stock('2026-07-01', 100),
      stock('2026-08-01', 110),
      stock('2026-09-01', 120),
      stock('2026-10-01', 130),
    ];
    const e = evaluateKpiRange(range, {
      ...common,
      kind,
      measure: pointsMeasure(kind, points),
      target: monthlyTarget(140, kind)(range),
    });
    // Aug–Oct closes at 130 (Oct); May–Jul closed at 100 (Jul) → +30; 130 / 140 = 92.9 % → at risk
    expect(e.actual).toBe(130);
    expect(e.changes.vsPrevious).toMatchObject({ base: 100, absolute: 30 });
    expect(e.status).toBe('at_risk');
  });

  it('last, ending with the running month: paced from the opening value toward the target', () => {
    const kind = 'last' as const;
    const stock = (start: CivilDate, value: number): MeasuredPoint<'last'> => ({
      start,
      series: '',
      components: { value, at: start },
    });
    const running = lastPeriods(cal, asOf, 'month', 3, true);
    const e = evaluateKpiRange(running, {
      ...common,
      kind,
      measure: pointsMeasure(kind, [stock('2026-08-31', 100), stock('2026-11-10', 135)]),
      target: monthlyTarget(140, kind)(running),
    });
    // Opens at 100 (31 Aug); 71 of Sep–Nov's 91 days gone: expected 100 + 40 × 71/91 = 131.21
    expect(e).toMatchObject({ phase: 'running', actual: 135, pacing: 'from_opening' });
    expect(e.expected).toBeCloseTo(100 + (40 * 71) / 91, 9);
    expect(e.status).toBe('on_track');
  });
});
