import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/index';
import { targetDefinitionSchema, targetFor } from '../targets/index';
import { evaluatePeriod, type EvaluatePeriodInput } from './evaluate';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
const november = cal.parseKey('2026-11');
/** The end of 10 November 2026 in Berlin: midnight 11 Nov CET = 23:00 UTC on the 10th. */
const endOf10Nov = new Date('2026-11-10T23:00:00Z');
const december1st = new Date('2026-12-01T12:00:00Z');

const sumKpi = (over: Partial<EvaluatePeriodInput>): EvaluatePeriodInput => ({
  kind: 'sum',
  direction: 'higher_is_better',
  calendar: cal,
  period: november,
  asOf: endOf10Nov,
  actual: null,
  target: 30_000,
  ...over,
});

describe('evaluatePeriod — pacing a running month', () => {
  it('expects 30,000 × 10/30 = 10,000 on day 10 of a 30-day month', () => {
    const e = evaluatePeriod(sumKpi({ actual: 9_500 }));
    expect(e.phase).toBe('running');
    expect(e.fraction).toBeCloseTo(10 / 30, 12);
    expect(e.expected).toBeCloseTo(10_000, 9);
    // 9,500 / 10,000 = 95 % → at risk (≥ 90 %, < 100 %)
    expect(e.attainment).toBeCloseTo(0.95, 12);
    expect(e.status).toBe('at_risk');
    // run rate: 9,500 ÷ (10/30) = 28,500, marked as a forecast
    expect(e.projection).toEqual({
      value: expect.closeTo(28_500, 6),
      method: 'run_rate',
      isForecast: true,
    });
  });

  it('is off track at 8,000 (80 %) and on track at 10,000 (100 %)', () => {
    expect(evaluatePeriod(sumKpi({ actual: 8_000 })).status).toBe('off_track');
    expect(evaluatePeriod(sumKpi({ actual: 10_000 })).status).toBe('on_track');
    // exactly 90 % is still at risk
    expect(evaluatePeriod(sumKpi({ actual: 9_000 })).status).toBe('at_risk');
  });

  it('paces by daily sub-targets when the target was phased by day', () => {
    // 1–10 Nov weigh 2, the other 20 days 1 (Σ 40): 10 × 2 × 30,000/40 = 15,000 due by the end of 10 Nov
    const weights = Array.from({ length: 30 }, (_, i) => (i < 10 ? 2 : 1));
    const def = targetDefinitionSchema.parse({
      direction: 'higher_is_better',
      basis: 'past_performance',
      horizons: [
        {
          horizon: '2026-11',
          grain: 'day',
          total: 30_000,
          phasing: { method: 'weights', weights },
        },
      ],
    });
    const target = targetFor(def, november, cal, { kind: 'sum' });
    const e = evaluatePeriod(sumKpi({ actual: 14_000, target }));
    expect(e.expected).toBeCloseTo(15_000, 9);
    // 14,000 / 15,000 = 93.3 % → at risk (a linear pace of 10,000 would have said on track)
    expect(e.status).toBe('at_risk');
  });

  it('paces a `last` stock from its opening value toward the target', () => {
    // opening 100, target 130, fraction 1/3 → expected 100 + 30 × 1/3 = 110
    const stock = sumKpi({ kind: 'last', target: 130, opening: 100, actual: 108 });
    const e = evaluatePeriod(stock);
    expect(e.pacing).toBe('from_opening');
    expect(e.expected).toBeCloseTo(110, 9);
    // 108 ≥ 110 × 0.9 = 99 → at risk; 111 → on track; 98 → off track
    expect(e.status).toBe('at_risk');
    expect(evaluatePeriod({ ...stock, actual: 111 }).status).toBe('on_track');
    expect(evaluatePeriod({ ...stock, actual: 98 }).status).toBe('off_track');
    // trend: 100 + (110 − 100) ÷ (1/3) = 130
    expect(evaluatePeriod({ ...stock, actual: 110 }).projection).toMatchObject({
      value: expect.closeTo(130, 9),
      method: 'linear_from_opening',
    });
  });

  it('keeps a band on a stock as a level: where it should stay, not a pace from the opening', () => {
    // Headcount 176 at the opening, 177 a third into the month, band 170–185: inside it, on
    // track (paced from the opening the band would be 174–179 and shrink further toward day 1).
    const e = evaluatePeriod({
      ...sumKpi({ kind: 'last', target: { lower: 170, upper: 185 }, opening: 176, actual: 177 }),
      direction: 'within_band',
    });
    expect(e).toMatchObject({ pacing: 'level', expected: { lower: 170, upper: 185 } });
    expect(e.status).toBe('on_track');
  });

  it('compares ratios with the level target itself', () => {
    const e = evaluatePeriod(sumKpi({ kind: 'ratio', target: 0.3, actual: 0.28 }));
    expect(e).toMatchObject({ expected: 0.3, pacing: 'level', status: 'at_risk' });
  });
});

describe('evaluatePeriod — complete periods and missing data', () => {
  const complete = sumKpi({ asOf: december1st });

  it('compares the whole period with its target', () => {
    const e = evaluatePeriod({ ...complete, actual: 31_000 });
    expect(e).toMatchObject({
      phase: 'complete',
      fraction: 1,
      expected: 30_000,
      status: 'on_track',
    });
    expect(e.attainment).toBeCloseTo(31 / 30, 12);
    expect(e.projection).toBeNull();
  });

  it('handles a target of 0: attainment null, no at-risk zone', () => {
    const zero = { ...complete, target: 0 };
    expect(evaluatePeriod({ ...zero, actual: 0 })).toMatchObject({
      status: 'on_track',
      attainment: null,
    });
    expect(evaluatePeriod({ ...zero, actual: -1 }).status).toBe('off_track');
    const lower = { ...zero, direction: 'lower_is_better' as const };
    expect(evaluatePeriod({ ...lower, actual: 0 }).status).toBe('on_track');
    expect(evaluatePeriod({ ...lower, actual: 0.5 }).status).toBe('off_track');
  });

  it('keeps the logic right for a negative target', () => {
    // higher is better, target −100: on track ≥ −100; at risk ≥ −100 − 100 × 0.1 = −110
    const neg = { ...complete, target: -100 };
    expect(evaluatePeriod({ ...neg, actual: -90 }).status).toBe('on_track');
    expect(evaluatePeriod({ ...neg, actual: -105 }).status).toBe('at_risk');
    expect(evaluatePeriod({ ...neg, actual: -110 }).status).toBe('at_risk');
    expect(evaluatePeriod({ ...neg, actual: -111 }).status).toBe('off_track');
    // lower is better, target −100: on track ≤ −100; at risk ≤ −100 + 10 = −90
    const low = { ...neg, direction: 'lower_is_better' as const };
    expect(evaluatePeriod({ ...low, actual: -120 }).status).toBe('on_track');
    expect(evaluatePeriod({ ...low, actual: -95 }).status).toBe('at_risk');
    expect(evaluatePeriod({ ...low, actual: -85 }).status).toBe('off_track');
  });

  it('never turns missing data green', () => {
    expect(evaluatePeriod({ ...complete, actual: null })).toMatchObject({
      status: 'no_data',
      reason: 'no_actual',
    });
    expect(evaluatePeriod({ ...complete, actual: 5, target: null })).toMatchObject({
      status: 'no_data',
      reason: 'no_target',
    });
    expect(
      evaluatePeriod({ ...complete, period: cal.parseKey('2027-01'), actual: 5 }),
    ).toMatchObject({
      status: 'no_data',
      reason: 'future',
    });
  });

  it('reports stale data for a monthly cadence', () => {
    // On 23 Nov (past the 7 grace days after October) October's data must be in; latest is September.
    const asOf = new Date('2026-11-23T12:00:00Z');
    const e = evaluatePeriod({
      ...sumKpi({ asOf, actual: 29_000 }),
      freshness: { cadence: 'month', latest: '2026-09-01' },
    });
    expect(e).toMatchObject({ status: 'stale', reason: 'stale' });
    expect(e.freshness?.required.key).toBe('2026-10');
    const fresh = evaluatePeriod({
      ...sumKpi({ asOf, actual: 29_000 }),
      freshness: { cadence: 'month', latest: '2026-10-01' },
    });
    expect(fresh.status).toBe('on_track');
  });

  it('validates thresholds', () => {
    expect(() =>
      evaluatePeriod({ ...complete, actual: 1, thresholds: { onTrack: 0.9, atRisk: 0.9 } }),
    ).toThrow(/atRisk must be below onTrack/);
    // custom thresholds: at risk from 80 %
    expect(
      evaluatePeriod({ ...complete, actual: 25_000, thresholds: { atRisk: 0.8 } }).status,
    ).toBe('at_risk');
  });
});
