import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEntry } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import { adminId, apiToken, insertUser, signIn, unknownId } from '../kpis/test-fixtures';

describeEachEngine('audit log', (engine) => {
  let ctx: SetUpApp;
  let clock = new Date('2026-11-23T10:00:00.000Z');
  beforeAll(async () => {
    ctx = await setUpApp(engine().db, { now: () => clock, timeZone: 'Europe/Berlin' });
  });
  afterAll(() => ctx.app.close());

  it('lists changes newest first, filtered by entity, id, actor and dates in the workspace zone', async () => {
    const { app, admin } = ctx;
    // Europe/Berlin is UTC+1 in November: 23:30 UTC on the 23rd is 00:30 on the 24th there.
    const me = `user:${await adminId(admin)}`;
    const team = (await admin.request('POST', '/api/teams', { name: 'Ops' })).json<{
      id: string;
    }>();
    clock = new Date('2026-11-23T23:30:00.000Z');
    await admin.request('PATCH', `/api/teams/${team.id}`, { name: 'Operations' });
    const writeToken = await apiToken(app, admin, 'write');
    clock = new Date('2026-11-24T08:00:00.000Z');
    const metric = (
      await writeToken.request('POST', '/api/metrics', {
        key: 'mrr',
        name: 'MRR',
        unit: { kind: 'currency' },
        aggregation: 'last',
      })
    ).json<{ id: string }>();

    type Page = { items: AuditEntry[]; nextCursor: string | null };
    const list = async (query = '') =>
      (await admin.request('GET', `/api/audit?${query}`)).json<Page>();
    const actions = async (query: string) =>
      (await list(query)).items.map((e) => `${e.entity}:${e.action}`);

    const all = await list();
    expect(all.items.map((e) => `${e.entity}:${e.action}`)).toEqual([
      'metric:create',
      'api_token:create',
      'team:update',
      'team:create',
      'user:create',
      'workspace:create',
    ]);
    expect(all.items[2]).toMatchObject({
      entityId: team.id,
      actor: me,
      at: '2026-11-23T23:30:00.000Z',
      before: { name: 'Ops' },
      after: { name: 'Operations' },
    });
    expect(all.items[0]?.actor).toMatch(/^token:/);

    expect(await actions('entity=team')).toEqual(['team:update', 'team:create']);
    expect(await actions(`entityId=${metric.id}`)).toEqual(['metric:create']);
    expect(await actions(`actor=${all.items[0]?.actor}`)).toEqual(['metric:create']);
    expect(await actions(`entity=team&actor=${me}`)).toEqual(['team:update', 'team:create']);
    // Dates are whole days in Europe/Berlin; both ends are included.
    expect(await actions('from=2026-11-24')).toEqual([
      'metric:create',
      'api_token:create',
      'team:update',
    ]);
    expect(await actions('to=2026-11-23&entity=team')).toEqual(['team:create']);
    expect(await actions('from=2026-11-24&to=2026-11-24&entity=team')).toEqual(['team:update']);
    // Instants are taken as they are: from included, to excluded.
    expect(await actions('from=2026-11-23T23:30:00Z&to=2026-11-24T08:00:00.000Z')).toEqual([
      'api_token:create',
      'team:update',
    ]);

    const first = await list('limit=4');
    expect(first.items).toHaveLength(4);
    const second = await list(`limit=4&cursor=${first.nextCursor}`);
    expect(second.items.map((e) => e.action)).toEqual(['create', 'create']);
    expect(second.nextCursor).toBeNull();
    expect(await actions(`entityId=${unknownId()}`)).toEqual([]);
  });

  it('refuses bad filters by name and keeps the log from everyone but admins', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = ctx;
    for (const [query, pointer] of [
      ['entityId=42', '/querystring/entityId'],
      ['entity=Team!', '/querystring/entity'],
      ['actor=ada', '/querystring/actor'],
      ['from=yesterday', '/querystring/from'],
      ['to=2026-11-31', '/querystring/to'],
      ['from=2026-11-24&to=2026-11-23', '/querystring/to'],
      ['from=2026-11-24T10:00:00Z&to=2026-11-24T10:00:00Z', '/querystring/to'],
      ['limit=0', '/querystring/limit'],
      ['sort=at', '/querystring'],
      ['cursor=nope', '/querystring/cursor'],
    ] as const) {
      const res = await admin.request('GET', `/api/audit?${query}`);
      if (pointer === '/querystring') {
        // Unknown parameters are ignored: the feed has one order, newest first.
        expect(res.statusCode, query).toBe(200);
      } else {
        expectProblem(res, { status: 400, code: 'validation_failed', pointer }, query);
      }
    }
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const viewer = await signIn(app, await insertUser(db, workspaceId, 'viewer'));
    for (const [who, client] of [
      ['editor', editor],
      ['viewer', viewer],
      ['read token', await apiToken(app, admin, 'read')],
      ['write token', await apiToken(app, admin, 'write')],
    ] as const) {
      expectProblem(
        await client.request('GET', '/api/audit'),
        { status: 403, code: 'forbidden' },
        who,
      );
    }
    await app.close();
  });
});
