import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { timeOrderedIds } from '../../db/ids';
import type { Caller } from '../../http/access';
import { IngestService } from './ingest.service';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';
import { days, insertMetric, post, storeCounts } from './test-fixtures';

describeEachEngine('data point batch write', (engine) => {
  let app: App;
  let admin: Client;
  let workspaceId: string;
  let clock = new Date('2026-03-01T09:00:00.000Z');
  let signups: string;
  let headcount: string;

  beforeAll(async () => {
    ({ app, admin, workspaceId } = await setUpApp(engine().db, { now: () => clock }));
    const db = engine().db;
    signups = await insertMetric(db, workspaceId, { key: 'signups', dimensions: ['region'] });
    headcount = await insertMetric(db, workspaceId, {
      key: 'headcount',
      aggregation: 'last',
      baseGrain: 'month',
    });
    await insertMetric(db, workspaceId, { key: 'old_metric', archived: true });
    await insertMetric(db, workspaceId, { key: 'cac', formula: 'spend / signups' });
  });
  afterAll(async () => {
    await app.close();
  });

  const signup = (periodKey: string, region: string, sum: number) => ({
    metricId: signups,
    periodKey,
    dimensions: { region },
    components: { sum },
  });

  it('writes new points, then leaves an identical re-send unchanged (no revision, same updatedAt)', async () => {
    const items = [signup('2026-02-01', 'EU', 5), signup('2026-02-01', 'US', 7)];
    const first = await post(admin, items);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      applied: 2,
      created: 2,
      revised: 0,
      unchanged: 0,
      rejected: [],
    });
    const stamp = await engine()
      .db.selectFrom('metrics')
      .select('data_updated_at')
      .where('id', '=', signups)
      .executeTakeFirstOrThrow();
    expect(stamp.data_updated_at).toBe(clock.toISOString());

    const before = await storeCounts(engine().db);
    clock = new Date('2026-03-01T10:00:00.000Z');
    const again = await post(admin, items);
    expect(again.json()).toEqual({
      applied: 0,
      created: 0,
      revised: 0,
      unchanged: 2,
      rejected: [],
    });
    expect(await storeCounts(engine().db)).toEqual(before);
    const rows = await engine()
      .db.selectFrom('data_points')
      .select(['revision', 'updated_at'])
      .where('metric_id', '=', signups)
      .execute();
    expect(rows).toEqual([
      { revision: 1, updated_at: '2026-03-01T09:00:00.000Z' },
      { revision: 1, updated_at: '2026-03-01T09:00:00.000Z' },
    ]);
  });

  it('keeps the old value of a correction as a revision with who and when', async () => {
    clock = new Date('2026-03-02T08:00:00.000Z');
    const res = await post(admin, [signup('2026-02-01', 'EU', 6), signup('2026-02-01', 'US', 7)]);
    expect(res.json()).toEqual({ applied: 1, created: 0, revised: 1, unchanged: 1, rejected: [] });
    const list = await admin.request(
      'GET',
      `/api/metrics/${signups}/data-points?filter[region]=EU`,
    );
    const point = list.json().items[0];
    expect(point).toMatchObject({ components: { sum: 6 }, revision: 2, source: 'push' });
    expect(point.updatedAt).toBe('2026-03-02T08:00:00.000Z');
    const history = await admin.request('GET', `/api/data-points/${point.id}/revisions`);
    expect(history.statusCode).toBe(200);
    expect(history.json().revisions).toEqual([
      expect.objectContaining({
        revision: 1,
        components: { sum: 5 },
        writtenAt: '2026-03-01T09:00:00.000Z',
        changedAt: '2026-03-02T08:00:00.000Z',
        changedBy: expect.stringMatching(/^user:/),
      }),
    ]);
    const audit = await engine()
      .db.selectFrom('audit_log')
      .select(['after', 'actor'])
      .where('entity', '=', 'data_points')
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({
      created: 0,
      revised: 1,
      unchanged: 1,
      metrics: [{ id: signups, key: 'signups', revised: 1 }],
    });
  });

  it('writes a 10,000-item batch in one request, with a stock defaulting its observation day', async () => {
    const dates = days('2010-01-01', 2500);
    const items = ['EU', 'US', 'APAC', 'LATAM'].flatMap((region) =>
      dates.map((d) => signup(d, region, 1)),
    );
    expect(items).toHaveLength(10_000);
    const res = await post(admin, items);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 10_000, rejected: [] });
    const again = await post(admin, items);
    expect(again.json()).toMatchObject({ applied: 0, unchanged: 10_000 });

    const stock = await post(admin, [
      { metricId: headcount, periodKey: '2026-02', components: { value: 40 } },
    ]);
    expect(stock.json().created).toBe(1);
    const list = await admin.request('GET', `/api/metrics/${headcount}/data-points`);
    expect(list.json().items[0].components).toEqual({ value: 40, at: '2026-02-28' });
  });

  it('stores numbers exactly, so re-sending awkward decimals changes nothing', async () => {
    const awkward = [0.1 + 0.2, 123456789.12345679, 1e-300, -2.5e15 / 3, 2 ** 53 + 2];
    const items = awkward.map((sum, i) => signup(`2005-01-0${i + 1}`, 'EU', sum));
    expect((await post(admin, items)).json().created).toBe(5);
    expect((await post(admin, items)).json()).toMatchObject({ unchanged: 5, revised: 0 });
    const list = await admin.request(
      'GET',
      `/api/metrics/${signups}/data-points?from=2005-01-01&to=2005-01-31`,
    );
    expect(list.json().items.map((p: { components: { sum: number } }) => p.components.sum)).toEqual(
      awkward,
    );
  });

  it('leaves none of a batch behind when the transaction fails after writing points', async () => {
    const existingAudit = await engine()
      .db.selectFrom('audit_log')
      .select('id')
      .executeTakeFirstOrThrow();
    const ids = timeOrderedIds();
    let calls = 0;
    // The 301st id (the audit entry's, after 300 new points) collides with a stored one.
    const newId = () => (++calls === 301 ? existingAudit.id : ids());
    const ingest = new IngestService(
      { db: engine().db, now: () => clock, newId },
      app.services.workspace,
    );
    const caller = (await engine()
      .db.selectFrom('users')
      .select(['id as userId', 'workspace_id as workspaceId', 'role'])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow()) as Omit<Caller, 'kind'>;
    const before = await storeCounts(engine().db);
    const items = days('2003-01-01', 300).map((d) => signup(d, 'EU', 1));
    await expect(ingest.write({ ...caller, kind: 'session' }, items, 'atomic')).rejects.toThrow();
    expect(await storeCounts(engine().db)).toEqual(before);
  });
});
