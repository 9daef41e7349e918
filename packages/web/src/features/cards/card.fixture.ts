import type { KpiCard, KpiPeriodEvaluationDto } from '@vitals/core';

/** A card of one period (not a range), as most tests want it. */
export type PeriodCard = KpiCard & { current: KpiPeriodEvaluationDto };

/** A KPI card as the summary endpoint sends it, for tests: revenue, running November, on track. */
export function cardFixture(overrides: Partial<PeriodCard> = {}): PeriodCard {
  const change = (current: number, base: number, verdict: 'better' | 'worse') => ({
    current,
    base,
    absolute: current - base,
    percent: ((current - base) / Math.abs(base)) * 100,
    verdict,
  });
  return {
    kpiId: '0190a4b2-0000-7000-8000-000000000001',
    name: 'Revenue',
    unit: { kind: 'currency' },
    direction: 'higher_is_better',
    teamId: null,
    ownerId: null,
    grain: 'month',
    current: {
      period: { grain: 'month', key: '2026-11', start: '2026-11-01', end: '2026-12-01' },
      phase: 'running',
      fraction: 1 / 3,
      actual: 105_000,
      pointCount: 10,
      target: 300_000,
      expected: 100_000,
      pacing: 'phased',
      attainment: 1.05,
      status: 'on_track',
      reason: 'evaluated',
      boundaries: { onTrack: { min: 100_000, max: null }, atRisk: { min: 90_000, max: null } },
      projection: null,
      changes: {
        vsPrevious: change(105_000, 100_000, 'better'),
        vsLastYear: change(105_000, 120_000, 'worse'),
      },
      windows: {
        likeForLike: true,
        current: { start: '2026-11-01', end: '2026-11-11' },
        previous: { start: '2026-10-01', end: '2026-10-11' },
        lastYear: { start: '2025-11-01', end: '2025-11-11' },
      },
      targetExplanation: '2026-11 = 300000 (month target effective from 2026-01-01)',
    },
    sparkline: [
      { periodKey: '2026-11-08', value: 9_000, target: 10_000 },
      { periodKey: '2026-11-09', value: null, target: 10_000 },
      { periodKey: '2026-11-10', value: 12_000, target: 10_000 },
    ],
    lastComplete: null,
    lastUpdated: '2026-11-08T10:00:00.000Z',
    stale: false,
    ...overrides,
  };
}
