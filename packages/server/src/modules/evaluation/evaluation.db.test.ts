import { addCivilDays } from '@vitals/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { setUpApp, type Client } from '../../test-support/app';
import { describeEachEngine } from '../../test-support/engines';

/** Daily points of a metric: `value` on `days` days from `from`. */
function daily(metricKey: string, from: string, days: number, components: Record<string, number>) {
  return Array.from({ length: days }, (_, i) => ({
    metricKey,
    periodKey: addCivilDays(from, i),
    components,
  }));
}

async function created(client: Client, url: string, body: unknown): Promise<string> {
  const res = await client.request('POST', url, body);
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

describeEachEngine('KPI evaluation and dashboard summary', (engine) => {
  // The end of 10 November 2026 in Berlin (CET): 10 of November's 30 days are gone.
  const now = new Date('2026-11-10T23:00:00.000Z');
  let app: App;
  let admin: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, admin } = await setUpApp(engine().db, { now: () => now }));
    const metric = (key: string, extra: Record<string, unknown> = {}) =>
      created(admin, '/api/metrics', {
        key,
        name: key,
        unit: { kind: 'currency' },
        aggregation: 'sum',
        ...extra,
      });
    await metric('revenue');
    await metric('spend');
    await metric('new_customers', { unit: { kind: 'count' } });
    await metric('cac', { sourceKind: 'formula', formula: 'spend / new_customers' });
    const metrics = (await admin.request('GET', '/api/metrics?limit=50')).json<{
      items: { id: string; key: string }[];
    }>();
    const metricId = (key: string) => metrics.items.find((m) => m.key === key)?.id as string;

    ids.revenue = await created(admin, '/api/kpis', {
      metricId: metricId('revenue'),
      name: 'Revenue',
      reviewCadence: 'month',
    });
    ids.cac = await created(admin, '/api/kpis', {
      metricId: metricId('cac'),
      name: 'CAC',
      direction: 'lower_is_better',
      reviewCadence: 'quarter',
    });
    await created(admin, '/api/targets', {
      kpiId: ids.revenue,
      grain: 'month',
      effectiveFrom: '2026-01-01',
      value: 30_000,
    });
    await created(admin, '/api/targets', {
      kpiId: ids.cac,
      grain: 'quarter',
      effectiveFrom: '2026-01-01',
      value: 50,
    });

    const items = [
      // Revenue: 1,250 a day in November 2025, 900 a day in October 2026, 1,000 a day on 1–10 November 2026.
      ...daily('revenue', '2025-11-01', 30, { sum: 1_250 }),
      ...daily('revenue', '2026-10-01', 31, { sum: 900 }),
      ...daily('revenue', '2026-11-01', 10, { sum: 1_000 }),
      // Q3 2026: spend 3,000 in July with 100 new customers, 3,000 in August with 20 → CAC 6,000 / 120 = 50,
      // not the mean of the monthly CACs (30 and 150 → 90).
      { metricKey: 'spend', periodKey: '2026-07-15', components: { sum: 3_000 } },
      { metricKey: 'new_customers', periodKey: '2026-07-15', components: { sum: 100 } },
      { metricKey: 'spend', periodKey: '2026-08-15', components: { sum: 3_000 } },
      { metricKey: 'new_customers', periodKey: '2026-08-15', components: { sum: 20 } },
    ];
    const res = await admin.request('POST', '/api/data-points', { items });
    if (res.statusCode !== 200) throw new Error(`ingest: ${res.statusCode} ${res.body}`);
  });

  afterAll(async () => {
    await app.close();
  });

  it('evaluates the running month with pacing and like-for-like changes', async () => {
    const res = await admin.request(
      'GET',
      `/api/kpis/${ids.revenue}/evaluation?from=2026-10&to=2026-11`,
    );
    expect(res.statusCode).toBe(200);
    const [october, november] = res.json().periods;
    // October, complete: 31 × 900 = 27,900 of 30,000 = 93 % → at risk (at risk from 90 %).
    expect(october).toMatchObject({
      phase: 'complete',
      actual: 27_900,
      target: 30_000,
      expected: 30_000,
      status: 'at_risk',
      pointCount: 31,
    });
    // November, running: 10 × 1,000 = 10,000 vs expected 30,000 × 10/30 = 10,000 → on track.
    expect(november).toMatchObject({
      phase: 'running',
      actual: 10_000,
      target: 30_000,
      status: 'on_track',
      pointCount: 10,
    });
    expect(november.expected).toBeCloseTo(10_000, 6);
    // Like for like: 1–10 Nov 2026 (10,000) vs 1–10 Oct 2026 (9,000) and vs 1–10 Nov 2025 (12,500).
    expect(november.windows).toMatchObject({
      likeForLike: true,
      current: { start: '2026-11-01', end: '2026-11-11' },
    });
    expect(november.changes.vsPrevious).toMatchObject({
      base: 9_000,
      absolute: 1_000,
      verdict: 'better',
    });
    expect(november.changes.vsLastYear).toMatchObject({
      base: 12_500,
      absolute: -2_500,
      percent: -20,
      verdict: 'worse',
    });
    // A projection of the month's end by run rate: 10,000 ÷ (10/30) = 30,000.
    expect(november.projection.value).toBeCloseTo(30_000, 6);
  });

  it('evaluates a formula KPI after aggregating each operand over the quarter', async () => {
    const res = await admin.request(
      'GET',
      `/api/kpis/${ids.cac}/evaluation?from=2026-Q3&to=2026-Q3`,
    );
    expect(res.statusCode).toBe(200);
    const [q3] = res.json().periods;
    expect(q3).toMatchObject({ actual: 50, target: 50, status: 'on_track', pointCount: 4 });
  });

  it('answers a dashboard summary with cards in the order asked', async () => {
    const res = await admin.request(
      'GET',
      `/api/dashboard/summary?kpiIds=${ids.cac},${ids.revenue}&sparkline=5`,
    );
    expect(res.statusCode).toBe(200);
    const { cards } = res.json();
    expect(cards.map((c: { kpiId: string }) => c.kpiId)).toEqual([ids.cac, ids.revenue]);
    const revenue = cards[1];
    expect(revenue).toMatchObject({ name: 'Revenue', grain: 'month', stale: false });
    expect(revenue.current.period.key).toBe('2026-11');
    expect(revenue.current.status).toBe('on_track');
    // Five days at the base grain up to the running one (11 November has just begun in Berlin):
    // 1,000 a day against a target of 30,000 / 30 = 1,000 a day, and no value yet for today.
    expect(revenue.sparkline.map((s: { periodKey: string }) => s.periodKey)).toEqual([
      '2026-11-07',
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
      '2026-11-11',
    ]);
    expect(revenue.sparkline[3].value).toBe(1_000);
    expect(revenue.sparkline[3].target).toBeCloseTo(1_000, 6);
    expect(revenue.sparkline[4].value).toBeNull();
    // Only the running day is marked as so far.
    expect(revenue.sparkline.map((s: { partial?: boolean }) => s.partial ?? false)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(revenue.lastUpdated).toBe(now.toISOString());
    // CAC's quarter Q4 2026 has no data yet → no data, never green.
    expect(cards[0].current).toMatchObject({ status: 'no_data', reason: 'no_actual' });
    // A formula KPI was last updated when its operands were (spend and new customers, just now).
    expect(cards[0].lastUpdated).toBe(now.toISOString());
  });

  it('refuses unknown KPIs, grains that do not roll up, and keys of the wrong grain', async () => {
    const unknown = '0badc0de-0000-4000-8000-000000000001';
    const summary = await admin.request('GET', `/api/dashboard/summary?kpiIds=${unknown}`);
    expect(summary.statusCode).toBe(400);
    expect(summary.json().errors[0]).toMatchObject({ pointer: '/querystring/kpiIds' });
    expect((await admin.request('GET', `/api/kpis/${unknown}/evaluation`)).statusCode).toBe(404);
    const wrongKey = await admin.request('GET', `/api/kpis/${ids.revenue}/evaluation?from=2026-Q1`);
    expect(wrongKey.statusCode).toBe(400);
    expect(wrongKey.json().errors[0].pointer).toBe('/querystring/from');
    const badKey = await admin.request(
      'GET',
      `/api/kpis/${ids.revenue}/evaluation?to=2025-W53&grain=week`,
    );
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().errors[0].pointer).toBe('/querystring/to');
  });
});
