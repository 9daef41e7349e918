import { randomUUID } from 'node:crypto';
import { addCivilDays, type KpiCard } from '@vitals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { setUpApp, type Client } from '../../test-support/app';
import { describeEachEngine } from '../../test-support/engines';
import { insertUser, signIn } from '../data-points/test-fixtures';
import { ChangesService } from './changes.service';

/*
 * Every write that can change a KPI card bumps the workspace's change version in its own
 * transaction, and the dashboard summary (cached per workspace, query and version) shows the
 * write on the very next read. The clock stands still, so only a version change can refresh it.
 */

async function ok(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body || '{}') as { id: string };
}

describeEachEngine('workspace change feed and the cached summary', (engine) => {
  // The end of 10 November 2026 in Berlin: 10 of November's 30 days are gone.
  const now = new Date('2026-11-10T23:00:00.000Z');
  let app: App;
  let admin: Client;
  let workspaceId: string;
  const ids: Record<string, string> = {};

  const version = () => app.services.changes.current(workspaceId);
  const card = async (client: Client = admin): Promise<KpiCard> => {
    const res = await client.request('GET', `/api/dashboard/summary?kpiIds=${ids.kpi}&sparkline=2`);
    if (res.statusCode !== 200) throw new Error(`summary: ${res.statusCode} ${res.body}`);
    return res.json<{ cards: KpiCard[] }>().cards[0] as KpiCard;
  };
  /** Runs a write, then checks it moved the version by exactly one and returns the next card. */
  const afterWrite = async (write: () => Promise<unknown>): Promise<KpiCard> => {
    const before = await version();
    await write();
    expect(await version()).toBe(before + 1);
    return card();
  };

  beforeAll(async () => {
    ({ app, admin, workspaceId } = await setUpApp(engine().db, { now: () => now }));
    const create = async (url: string, body: unknown) =>
      (await ok(await admin.request('POST', url, body), url)).id;
    ids.metric = await create('/api/metrics', {
      key: 'revenue',
      name: 'Revenue',
      unit: { kind: 'currency' },
      aggregation: 'sum',
    });
    ids.kpi = await create('/api/kpis', {
      metricId: ids.metric,
      name: 'Revenue',
      reviewCadence: 'month',
    });
    ids.target = await create('/api/targets', {
      kpiId: ids.kpi,
      grain: 'month',
      effectiveFrom: '2026-01-01',
      value: 30_000,
    });
    const items = Array.from({ length: 10 }, (_, i) => ({
      metricKey: 'revenue',
      periodKey: addCivilDays('2026-11-01', i),
      components: { sum: 1_000 },
    }));
    await ok(await admin.request('POST', '/api/data-points', { items }), 'points');
  });
  afterAll(() => app.close());

  it('starts from the data as written: 10 days of 1,000 against 30,000 × 10/30', async () => {
    const c = await card();
    expect(c.current.actual).toBe(10_000);
    expect(c.current.expected).toBe(10_000);
    expect(c.current.status).toBe('on_track');
    // Four writes so far (metric, KPI, target, points), each bumped once; setup bumps nothing.
    expect(await version()).toBe(4);
  });

  it('a data point batch: the next summary has the revised value', async () => {
    await card(); // cached
    const c = await afterWrite(() =>
      admin.request('POST', '/api/data-points', {
        items: [{ metricKey: 'revenue', periodKey: '2026-11-10', components: { sum: 4_000 } }],
      }),
    );
    expect(c.current.actual).toBe(13_000);
  });

  it('a target update, delete and create', async () => {
    let c = await afterWrite(() =>
      admin.request('PATCH', `/api/targets/${ids.target}`, { value: 39_000 }),
    );
    expect(c.current.target).toBe(39_000);
    expect(c.current.expected).toBe(13_000);
    c = await afterWrite(() => admin.request('DELETE', `/api/targets/${ids.target}`));
    expect(c.current.target).toBeNull();
    c = await afterWrite(() =>
      admin.request('POST', '/api/targets', {
        kpiId: ids.kpi,
        grain: 'month',
        effectiveFrom: '2026-01-01',
        value: 26_000,
      }),
    );
    // 13,000 against 26,000 × 10/30 = 8,666.67 expected so far.
    expect(c.current.target).toBe(26_000);
    expect(c.current.expected).toBeCloseTo(8_666.667, 2);
  });

  it('a KPI update, archive and restore', async () => {
    let c = await afterWrite(() =>
      admin.request('PATCH', `/api/kpis/${ids.kpi}`, { direction: 'lower_is_better' }),
    );
    expect(c.direction).toBe('lower_is_better');
    expect(c.current.status).toBe('off_track');
    await afterWrite(() => admin.request('POST', `/api/kpis/${ids.kpi}/archive`));
    await afterWrite(() => admin.request('POST', `/api/kpis/${ids.kpi}/restore`));
    c = await afterWrite(() =>
      admin.request('PATCH', `/api/kpis/${ids.kpi}`, { name: 'Net revenue' }),
    );
    expect(c.name).toBe('Net revenue');
  });

  it('a metric update and archive', async () => {
    const c = await afterWrite(() =>
      admin.request('PATCH', `/api/metrics/${ids.metric}`, { unit: { kind: 'number' } }),
    );
    expect(c.unit.kind).toBe('number');
    await afterWrite(() => admin.request('POST', `/api/metrics/${ids.metric}/archive`));
    await afterWrite(() => admin.request('POST', `/api/metrics/${ids.metric}/restore`));
  });

  it('the workspace calendar: a later zone has less of November gone', async () => {
    // 23:00 UTC is 18:00 in New York: 9.75 of 30 days gone, 26,000 × 9.75/30 = 8,450 expected.
    const c = await afterWrite(() =>
      admin.request('PATCH', '/api/workspace', { timeZone: 'America/New_York' }),
    );
    expect(c.current.expected).toBeCloseTo(8_450, 6);
  });

  it('a dashboard create bumps too (dashboards change what a dashboard shows)', async () => {
    await afterWrite(() =>
      admin.request('POST', '/api/dashboards', { name: 'Board', kpiIds: [ids.kpi] }),
    );
  });

  it('a refused write changes nothing and bumps nothing', async () => {
    const before = await version();
    const res = await admin.request('PATCH', `/api/kpis/${ids.kpi}`, { metricId: randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(await version()).toBe(before);
  });

  it('a bump inside a transaction that rolls back leaves the version as it was', async () => {
    const before = await version();
    const changes = new ChangesService(app.services.deps);
    await expect(
      engine()
        .db.transaction()
        .execute(async (trx) => {
          expect(await changes.bump(trx, workspaceId, ['data'])).toBe(before + 1);
          throw new Error('abandoned');
        }),
    ).rejects.toThrow('abandoned');
    expect(await version()).toBe(before);
  });

  describe('per workspace', () => {
    let other: Client;
    let otherId: string;
    beforeAll(async () => {
      otherId = randomUUID();
      await engine()
        .db.insertInto('workspaces')
        .values({
          id: otherId,
          name: 'Other',
          time_zone: 'Europe/Berlin',
          week_starts_on: 1,
          fiscal_year_start_month: 1,
          currency: 'EUR',
          locale: 'en',
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      other = await signIn(app, await insertUser(engine().db, otherId, 'admin'));
    });

    it('never answers with another workspace’s cached summary', async () => {
      await card(); // cached for the first workspace
      const res = await other.request('GET', `/api/dashboard/summary?kpiIds=${ids.kpi}`);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(ids.kpi);
    });

    it('loading the sample bumps only its own workspace', async () => {
      const mine = await version();
      expect(await app.services.changes.current(otherId)).toBe(0);
      await ok(await other.request('POST', '/api/sample-workspace'), 'sample');
      expect(await app.services.changes.current(otherId)).toBe(1);
      expect(await version()).toBe(mine);
    });
  });
});
