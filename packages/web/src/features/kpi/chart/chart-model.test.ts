import type { Annotation, KpiEvaluation, KpiPeriodEvaluationDto } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { cardFixture } from '../../cards/card.fixture';
import { chartModel, niceBounds } from './chart-model';

const running = cardFixture().current;

function month(key: string, start: string, end: string, over: Partial<KpiPeriodEvaluationDto>) {
  return {
    ...running,
    period: { grain: 'month', key, start, end },
    phase: 'complete',
    ...over,
  } as KpiPeriodEvaluationDto;
}

const evaluation: KpiEvaluation = {
  kpiId: running.period.key,
  grain: 'month',
  asOf: '2026-11-11T10:00:00.000Z',
  direction: 'higher_is_better',
  unit: { kind: 'currency' },
  lastUpdated: null,
  periods: [
    month('2026-09', '2026-09-01', '2026-10-01', {
      actual: 280,
      target: 300,
      expected: 300,
      boundaries: { onTrack: { min: 300, max: null }, atRisk: { min: 270, max: null } },
      changes: {
        vsPrevious: { current: 280, base: 250, absolute: 30, percent: 12, verdict: 'better' },
        vsLastYear: { current: 280, base: null, absolute: null, percent: null, verdict: 'unknown' },
      },
    }),
    month('2026-10', '2026-10-01', '2026-11-01', {
      actual: 310,
      target: 300,
      expected: 300,
      boundaries: { onTrack: { min: 300, max: null }, atRisk: { min: 270, max: null } },
    }),
    month('2026-11', '2026-11-01', '2026-12-01', {
      phase: 'running',
      actual: 105,
      target: 300,
      expected: 100,
      pacing: 'phased',
      boundaries: { onTrack: { min: 100, max: null }, atRisk: { min: 90, max: null } },
    }),
    month('2026-12', '2026-12-01', '2027-01-01', { phase: 'future', actual: null }),
  ],
};

const note = (from: string, to: string | null, text: string) => ({ from, to, text }) as Annotation;
const label = (p: KpiPeriodEvaluationDto) => p.period.key;
const days = (from: string, to: string | null) => (to ? `${from}–${to}` : from);

describe('chartModel', () => {
  it('draws past and running periods, not future ones', () => {
    const model = chartModel(evaluation, [], label, days);
    expect(model.rows.map((r) => r.key)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(model.rows[2]).toMatchObject({ actual: 105, target: 300, expected: 100, running: true });
    expect(model.rows[0]?.expected).toBeNull();
  });

  it('shades at risk and off track below the target when higher is better', () => {
    const model = chartModel(evaluation, [], label, days);
    expect(model.floor).toBe(0);
    expect(model.rows[0]).toMatchObject({
      atRiskLow: [270, 300],
      offTrackLow: [0, 270],
      atRiskHigh: null,
      offTrackHigh: null,
    });
    // The running month's zones follow the expected-to-date.
    expect(model.rows[2]?.atRiskLow).toEqual([90, 100]);
  });

  it('shades above the target when lower is better, up to the top of the plot', () => {
    const lower = {
      ...evaluation,
      periods: [
        month('2026-10', '2026-10-01', '2026-11-01', {
          actual: 21,
          target: 20,
          boundaries: { onTrack: { min: null, max: 20 }, atRisk: { min: null, max: 22 } },
        }),
      ],
    };
    const model = chartModel(lower, [], label, days);
    expect(model.rows[0]).toMatchObject({
      atRiskHigh: [20, 22],
      offTrackLow: null,
      atRiskLow: null,
    });
    expect(model.rows[0]?.offTrackHigh).toEqual([22, model.ceiling]);
    expect(model.ceiling).toBeGreaterThan(22);
  });

  it('overlays the previous period and last year from the comparison bases', () => {
    const model = chartModel(evaluation, [], label, days);
    expect(model.rows[0]).toMatchObject({ previous: 250, lastYear: null });
  });

  it('places annotations on the periods they touch and leaves out those outside', () => {
    const model = chartModel(
      evaluation,
      [
        note('2026-10-05', null, 'Price change'),
        note('2026-08-20', '2026-09-03', 'Campaign'),
        note('2026-03-01', '2026-03-02', 'Long ago'),
        note('2026-11-30', '2027-02-01', 'Holidays'),
      ],
      label,
      days,
    );
    expect(model.notes).toEqual([
      { from: 1, to: 1, text: 'Price change', when: '2026-10-05' },
      { from: 0, to: 0, text: 'Campaign', when: '2026-08-20–2026-09-03' },
      { from: 2, to: 2, text: 'Holidays', when: '2026-11-30–2027-02-01' },
    ]);
  });
});

describe('niceBounds', () => {
  it('rounds the axis to nice steps, from zero when the values are near it', () => {
    expect(niceBounds(90, 310)).toEqual([0, 400, 100]);
    expect(niceBounds(96.2, 99.1)).toEqual([96, 100, 1]);
    expect(niceBounds(-12, 30)).toEqual([-20, 40, 10]);
    expect(niceBounds(5, 5)).toEqual([4.5, 5.75, 0.25]);
  });
});
