import { describe, expect, it } from 'vitest';
import { civilParts, KPI_TEMPLATES, TEMPLATE_METRICS } from '@vitals/core';
import { KPIS, DASHBOARDS } from './company';
import { generateSeries, SAMPLE_SEED } from './series-generator';
import type { SeriesPoint } from './shapes';

const RANGE = { from: '2024-11-01', today: '2026-11-18' };
const data = generateSeries({ ...RANGE, seed: SAMPLE_SEED });

const total = (points: SeriesPoint[] | undefined, filter: (p: SeriesPoint) => boolean) =>
  (points ?? []).filter(filter).reduce((sum, p) => sum + (p.components.sum as number), 0);

describe('sample series generator', () => {
  it('gives the same values for the same seed and other values for another seed', () => {
    const again = generateSeries({ ...RANGE, seed: SAMPLE_SEED });
    expect(again).toEqual(data);
    const other = generateSeries({ ...RANGE, seed: SAMPLE_SEED + 1 });
    expect(other.series.get('revenue')).not.toEqual(data.series.get('revenue'));
    expect(other.events).toEqual(data.events);
  });

  it('covers every day up to yesterday except the few missing ones', () => {
    const orders = data.series.get('orders') ?? [];
    expect(data.to).toBe('2026-11-17');
    expect(orders[0]?.date).toBe('2024-11-01');
    expect(orders.at(-1)?.date).toBe('2026-11-17');
    const days = new Set(orders.map((p) => p.date));
    expect(days.size).toBe(747 - data.events.missing.length);
    for (const missing of data.events.missing) {
      for (const series of data.series.values()) {
        expect(series.some((p) => p.date === missing)).toBe(false);
      }
    }
  });

  it('grows, has weekly and yearly seasons, and the bad week in support', () => {
    const revenue = data.series.get('revenue');
    const firstYear = total(revenue, (p) => p.date < '2025-11-01');
    const secondYear = total(revenue, (p) => p.date >= '2025-11-01' && p.date < '2026-11-01');
    expect(secondYear / firstYear).toBeGreaterThan(1.1);
    const orders = data.series.get('orders') ?? [];
    const perDay = (weekdays: number[]) => {
      const days = orders.filter((p) => weekdays.includes(civilParts(p.date).weekday));
      return total(days, () => true) / days.length;
    };
    expect(perDay([1, 2])).toBeGreaterThan(perDay([0, 6]) * 1.1);
    const month = (m: string) => total(revenue, (p) => p.date.startsWith(m));
    expect(month('2025-12')).toBeGreaterThan(month('2025-06') * 1.3);

    const response = data.series.get('first_response_time') ?? [];
    const mean = (from: string, to: string) => {
      const days = response.filter((p) => p.date >= from && p.date <= to);
      const sum = days.reduce((s, p) => s + (p.components.sum as number), 0);
      return sum / days.reduce((s, p) => s + (p.components.count as number), 0);
    };
    const [badFrom, badTo] = data.events.badWeek;
    expect(mean(badFrom, badTo)).toBeGreaterThan(mean('2026-10-01', '2026-10-28') * 1.8);
  });

  it('breaks revenue down by region and sessions by source', () => {
    const regions = new Set(data.series.get('revenue')?.map((p) => p.dims.region));
    expect([...regions].sort()).toEqual(['APAC', 'EU', 'US']);
    const sources = new Set(data.series.get('sessions')?.map((p) => p.dims.source));
    expect(sources.size).toBe(5);
  });

  it('generates exactly the base metrics of the sample KPIs, with their kinds', () => {
    const used = new Set(
      KPIS.flatMap((k) => KPI_TEMPLATES.find((t) => t.key === k.template)?.metrics ?? []).map(
        (m) => m.key,
      ),
    );
    expect([...data.series.keys()].sort()).toEqual([...used].sort());
    for (const [key, points] of data.series) {
      const kind = TEMPLATE_METRICS[key]?.aggregation;
      const parts = Object.keys(points[0]?.components ?? {}).sort();
      const expected: Record<string, string[]> = {
        sum: ['sum'],
        average: ['count', 'sum'],
        last: ['at', 'value'],
        first: ['at', 'value'],
      };
      expect(parts, key).toEqual(expected[kind ?? '']);
    }
  });

  it('plans 15–25 KPIs and dashboards of known KPIs, the company one with 8–12', () => {
    expect(KPIS.length).toBeGreaterThanOrEqual(15);
    expect(KPIS.length).toBeLessThanOrEqual(25);
    const planned = new Set(KPIS.map((k) => k.template));
    for (const d of DASHBOARDS) for (const k of d.kpis) expect(planned.has(k), k).toBe(true);
    const overview = DASHBOARDS.find((d) => d.name === 'Company overview');
    expect(overview?.kpis.length).toBeGreaterThanOrEqual(8);
    expect(overview?.kpis.length).toBeLessThanOrEqual(12);
  });
});
