import { addCivilDays } from '@vitals/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { setUpApp, type Client } from '../../test-support/app';
import { describeEachEngine } from '../../test-support/engines';

async function created(client: Client, url: string, body: unknown): Promise<string> {
  const res = await client.request('POST', url, body);
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/*
 * Evaluations read only the windows they measure (see read-windows.ts). Freshness must not notice:
 * a KPI whose only data lies in months no window covers is still stale, not "no data".
 */
describeEachEngine('evaluation reads only the windows it measures', (engine) => {
  const now = new Date('2026-11-10T23:00:00.000Z');
  let app: App;
  let admin: Client;
  let workspaceId: string;
  const kpi: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, admin, workspaceId } = await setUpApp(engine().db, { now: () => now }));
    for (const key of ['orders', 'visits']) {
      const metricId = await created(admin, '/api/metrics', {
        key,
        name: key,
        unit: { kind: 'count' },
        aggregation: 'sum',
      });
      kpi[key] = await created(admin, '/api/kpis', { metricId, name: key, reviewCadence: 'month' });
    }
    const daily = (metricKey: string, from: string, days: number) =>
      Array.from({ length: days }, (_, i) => ({
        metricKey,
        periodKey: addCivilDays(from, i),
        components: { sum: 10 },
      }));
    // orders: only May 2026, which no window of November's evaluation covers; visits: up to date.
    const items = [...daily('orders', '2026-05-01', 31), ...daily('visits', '2026-10-01', 41)];
    const res = await admin.request('POST', '/api/data-points', { items });
    if (res.statusCode !== 200) throw new Error(`ingest: ${res.statusCode} ${res.body}`);
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds data outside the windows for freshness: old data is stale, not missing', async () => {
    const res = await admin.request(
      'GET',
      `/api/dashboard/summary?kpiIds=${kpi.orders},${kpi.visits}&sparkline=3`,
    );
    expect(res.statusCode).toBe(200);
    const [orders, visits] = res.json<{
      cards: { stale: boolean; current: { status: string } }[];
    }>().cards;
    // No actual this month, so no status colour; but the card says the data stopped coming.
    expect(orders).toMatchObject({ stale: true, current: { status: 'no_data' } });
    expect(visits?.stale).toBe(false);
    const all = await app.services.evaluation.evaluateAll(workspaceId, now);
    expect(all.map((e) => e.freshness?.stale).sort()).toEqual([false, true]);
  });
});
