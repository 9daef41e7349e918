import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { describeEachEngine } from '../../test-support/engines';
import { anonymous, setUpApp, type Client } from '../../test-support/app';
import {
  insertKpi,
  insertMetric,
  insertUser,
  post,
  problemOf,
  signIn,
  storeCounts,
  tokenOf,
} from './test-fixtures';

describeEachEngine('who may write data points', (engine) => {
  let app: App;
  let admin: Client;
  let owned: string;
  let other: string;
  let owner: Client;
  let viewer: Client;
  let editor: Client;

  beforeAll(async () => {
    let workspaceId: string;
    ({ app, admin, workspaceId } = await setUpApp(engine().db));
    const db = engine().db;
    owned = await insertMetric(db, workspaceId, { key: 'owned' });
    other = await insertMetric(db, workspaceId, { key: 'other' });
    const ownerUser = await insertUser(db, workspaceId, 'viewer');
    await insertKpi(db, workspaceId, owned, ownerUser.id);
    await insertKpi(db, workspaceId, other, null);
    owner = await signIn(app, ownerUser);
    viewer = await signIn(app, await insertUser(db, workspaceId, 'viewer'));
    editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
  });
  afterAll(async () => {
    await app.close();
  });

  const point = (metricId: string, day: string) => ({
    metricId,
    periodKey: day,
    components: { sum: 1 },
  });

  it('refuses a viewer who owns no KPI on the metric, naming it, and writes nothing', async () => {
    const before = await storeCounts(engine().db);
    const res = await post(viewer, [point(owned, '2026-01-01')]);
    expect(res.statusCode).toBe(403);
    expect(problemOf(res)).toMatchObject({ code: 'forbidden' });
    expect(problemOf(res).detail).toContain('"owned"');
    // The owner of a KPI on one metric may not write another metric in the same batch.
    const mixed = await post(owner, [point(owned, '2026-01-01'), point(other, '2026-01-01')]);
    expect(mixed.statusCode).toBe(403);
    expect(problemOf(mixed).detail).toContain('"other"');
    expect(problemOf(mixed).detail).not.toContain('"owned"');
    expect(await storeCounts(engine().db)).toEqual(before);
  });

  it('refuses read tokens and anonymous callers', async () => {
    const read = await tokenOf(app, admin, 'read');
    const res = await post(read, [point(owned, '2026-01-02')]);
    expect(res.statusCode).toBe(403);
    expect((await post(anonymous(app), [point(owned, '2026-01-02')])).statusCode).toBe(401);
    // Reading is fine for a read token.
    const list = await read.request('GET', `/api/metrics/${owned}/data-points`);
    expect(list.statusCode).toBe(200);
  });

  it('lets write tokens, editors and the owner of a KPI on the metric write', async () => {
    const write = await tokenOf(app, admin, 'write');
    const byToken = await post(write, [point(owned, '2026-01-03'), point(other, '2026-01-03')]);
    expect(byToken.statusCode).toBe(200);
    expect(byToken.json().created).toBe(2);
    expect((await post(editor, [point(other, '2026-01-04')])).json().created).toBe(1);
    const byOwner = await post(owner, [point(owned, '2026-01-04')]);
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json().created).toBe(1);
    const rows = await engine()
      .db.selectFrom('data_points')
      .select(['created_by', 'period_key'])
      .where('metric_id', '=', owned)
      .orderBy('period_key')
      .execute();
    expect(rows.map((r) => r.created_by.split(':')[0])).toEqual(['token', 'user']);
  });
});
