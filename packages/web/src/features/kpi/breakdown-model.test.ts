import type { Series, SeriesRow } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { breakdownModel } from './breakdown-model';

const row = (periodKey: string, region: string | null, value: number | null): SeriesRow => ({
  periodKey,
  start: `${periodKey}-01`,
  end: `${periodKey}-01`,
  dimensions: { region },
  value,
  components: {},
  pointCount: 1,
});

const series = {
  rows: [
    row('2026-10', 'EU', 10),
    row('2026-10', 'US', 30),
    row('2026-11', 'EU', 40),
    row('2026-11', null, 5),
    row('2026-11', 'US', 20),
  ],
} as Series;

describe('breakdownModel', () => {
  it('lines values up by period, biggest in the latest period first', () => {
    expect(breakdownModel(series, 'region')).toEqual({
      periods: ['2026-10', '2026-11'],
      groups: [
        { name: 'EU', values: [10, 40] },
        { name: 'US', values: [30, 20] },
        { name: '(none)', values: [null, 5] },
      ],
      hidden: 0,
    });
  });

  it('leaves the smallest groups out beyond the limit, and says how many', () => {
    const model = breakdownModel(series, 'region', 2);
    expect(model.groups.map((g) => g.name)).toEqual(['EU', 'US']);
    expect(model.hidden).toBe(1);
  });
});
