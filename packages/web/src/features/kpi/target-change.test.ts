import type { KpiTarget } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { parseAmount, planTargetChange } from './target-change';

const KPI = '0190a4b2-0000-7000-8000-000000000001';
const november = { grain: 'month', key: '2026-11', start: '2026-11-01' } as const;
const stored = (over: Partial<KpiTarget>) =>
  ({
    id: 'x',
    grain: 'month',
    periodKey: null,
    effectiveFrom: null,
    phasing: null,
    ...over,
  }) as KpiTarget;

describe('planTargetChange', () => {
  const base = { kpiId: KPI, period: november, value: 250, basis: 'benchmark', note: 'n' } as const;

  it('creates an override of the one period when there is none', () => {
    const plan = planTargetChange({
      ...base,
      scope: 'period',
      targets: [stored({ id: 'standing', effectiveFrom: '2026-01-01' })],
    });
    expect(plan).toEqual({
      kind: 'create',
      input: {
        kpiId: KPI,
        grain: 'month',
        periodKey: '2026-11',
        effectiveFrom: null,
        value: 250,
        basis: 'benchmark',
        note: 'n',
      },
    });
  });

  it('changes the override that holds the period already', () => {
    const plan = planTargetChange({
      ...base,
      scope: 'period',
      targets: [stored({ id: 'nov', periodKey: '2026-11' })],
    });
    expect(plan).toEqual({
      kind: 'update',
      id: 'nov',
      update: { value: 250, basis: 'benchmark', note: 'n' },
    });
  });

  it('sets a standing target from the period on, or changes the one starting that day', () => {
    expect(planTargetChange({ ...base, scope: 'from_period', targets: [] })).toMatchObject({
      kind: 'create',
      input: { periodKey: null, effectiveFrom: '2026-11-01' },
    });
    expect(
      planTargetChange({
        ...base,
        scope: 'from_period',
        targets: [stored({ id: 'from-nov', effectiveFrom: '2026-11-01' })],
      }),
    ).toMatchObject({ kind: 'update', id: 'from-nov' });
  });
});

describe('parseAmount', () => {
  it.each([
    ['300000', 300000],
    ['300,000', 300000],
    ['1 200.5', 1200.5],
    ['-4.5', -4.5],
    ['.5', 0.5],
    ['', null],
    ['12abc', null],
    ['1,2', null],
  ])('%s → %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});
