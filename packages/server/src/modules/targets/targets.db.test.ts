import { expect, it } from 'vitest';
import type { KpiTarget, TargetHistoryEntry } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { anonymous, setUpApp } from '../../test-support/app';
import {
  adminId,
  apiToken,
  createKpi,
  insertMetric,
  insertUser,
  signIn,
  snapshot,
} from '../kpis/test-fixtures';

describeEachEngine('targets', (engine) => {
  it('sets, changes and deletes targets, keeping every change in the history', async () => {
    const { db } = engine();
    let clock = new Date('2026-02-01T08:00:00.000Z');
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => clock });
    const actor = `user:${await adminId(admin)}`;
    const metricId = await insertMetric(db, workspaceId);
    const kpi = await createKpi(admin, { metricId, name: 'Revenue' });
    const elsewhere = await createKpi(admin, { metricId, name: 'Other' });

    const created = await admin.request('POST', '/api/targets', {
      kpiId: kpi.id,
      grain: 'quarter',
      periodKey: '2026',
      value: 1000,
      phasing: { method: 'weights', weights: [1, 1, 1, 2] },
      basis: 'competitor',
      note: 'Match Globex',
    });
    expect(created.statusCode, created.body).toBe(201);
    const target = created.json<KpiTarget>();
    expect(target).toEqual({
      id: target.id,
      kpiId: kpi.id,
      grain: 'quarter',
      periodKey: '2026',
      effectiveFrom: null,
      value: 1000,
      phasing: { method: 'weights', weights: [1, 1, 1, 2] },
      basis: 'competitor',
      note: 'Match Globex',
      createdAt: clock.toISOString(),
      updatedAt: clock.toISOString(),
      updatedBy: actor,
    });
    expect((await admin.request('GET', `/api/targets/${target.id}`)).json()).toEqual(target);
    const standing = await admin.request('POST', '/api/targets', {
      kpiId: kpi.id,
      grain: 'month',
      effectiveFrom: '2026-01-01',
      value: 80,
    });
    expect(standing.json()).toMatchObject({
      basis: 'other',
      note: '',
      periodKey: null,
      phasing: null,
    });
    await admin.request('POST', '/api/targets', {
      kpiId: elsewhere.id,
      grain: 'month',
      periodKey: '2026-01',
      value: 5,
    });

    clock = new Date('2026-02-02T08:00:00.000Z');
    const changed = await admin.request('PATCH', `/api/targets/${target.id}`, {
      value: 1200,
      phasing: { method: 'even' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      value: 1200,
      phasing: { method: 'even' },
      note: 'Match Globex',
    });
    const [q4] = (
      await admin.request(
        'GET',
        `/api/kpis/${kpi.id}/targets/resolve?grain=quarter&from=2026-Q4&to=2026-Q4`,
      )
    ).json<{ periods: { value: number }[] }>().periods;
    expect(q4?.value).toBe(300);
    // Sending the same values again changes nothing and logs nothing.
    clock = new Date('2026-02-02T09:00:00.000Z');
    const same = await admin.request('PATCH', `/api/targets/${target.id}`, { value: 1200 });
    expect(same.json().updatedAt).toBe('2026-02-02T08:00:00.000Z');

    clock = new Date('2026-02-03T08:00:00.000Z');
    const deleted = await admin.request('DELETE', `/api/targets/${target.id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await admin.request('GET', `/api/targets/${target.id}`)).statusCode).toBe(404);
    const left = (await admin.request('GET', `/api/kpis/${kpi.id}/targets`)).json<{
      items: KpiTarget[];
    }>();
    expect(left.items.map((t) => t.id)).toEqual([standing.json().id]);

    const history = await admin.request('GET', `/api/kpis/${kpi.id}/targets/history`);
    expect(history.statusCode).toBe(200);
    const items = history.json<{ items: TargetHistoryEntry[] }>().items;
    expect(items.map((e) => [e.action, e.targetId, e.at])).toEqual([
      ['delete', target.id, '2026-02-03T08:00:00.000Z'],
      ['update', target.id, '2026-02-02T08:00:00.000Z'],
      ['create', standing.json().id, '2026-02-01T08:00:00.000Z'],
      ['create', target.id, '2026-02-01T08:00:00.000Z'],
    ]);
    expect(items[0]).toMatchObject({ before: { value: 1200 }, after: null, actor });
    expect(items[1]).toMatchObject({
      before: { value: 1000, phasing: { method: 'weights' } },
      after: { value: 1200, phasing: { method: 'even' }, updatedAt: '2026-02-02T08:00:00.000Z' },
    });
    expect(items[3]).toMatchObject({ before: null, after: target });
    await app.close();
  });
});

describeEachEngine('target access', (engine) => {
  it('lets viewers and read tokens read targets but only editors and write tokens change them', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId);
    const viewerUser = await insertUser(db, workspaceId, 'viewer');
    const kpi = await createKpi(admin, { metricId, name: 'Revenue', ownerId: viewerUser.id });
    const target = (
      await admin.request('POST', '/api/targets', {
        kpiId: kpi.id,
        grain: 'month',
        periodKey: '2026-01',
        value: 1,
      })
    ).json<KpiTarget>();
    const viewer = await signIn(app, viewerUser);
    const reader = await apiToken(app, admin, 'read');
    const before = await snapshot(db, ['targets']);

    for (const client of [viewer, reader]) {
      for (const url of [
        `/api/kpis/${kpi.id}/targets`,
        `/api/kpis/${kpi.id}/targets/history`,
        `/api/kpis/${kpi.id}/targets/resolve?grain=month&from=2026-01&to=2026-02`,
        `/api/targets/${target.id}`,
      ]) {
        expect((await client.request('GET', url)).statusCode, url).toBe(200);
      }
      // Owning the KPI does not let a viewer set its targets.
      for (const [method, url, body] of [
        ['POST', '/api/targets', { kpiId: kpi.id, grain: 'month', periodKey: '2026-02', value: 2 }],
        ['PATCH', `/api/targets/${target.id}`, { value: 3 }],
        ['DELETE', `/api/targets/${target.id}`, undefined],
      ] as const) {
        const res = await client.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    expect((await anonymous(app).request('GET', `/api/targets/${target.id}`)).statusCode).toBe(401);
    expect(await snapshot(db, ['targets'])).toEqual(before);

    const writer = await apiToken(app, admin, 'write');
    const byToken = await writer.request('PATCH', `/api/targets/${target.id}`, { value: 4 });
    expect(byToken.statusCode).toBe(200);
    expect(byToken.json().updatedBy).toMatch(/^token:/);
    await app.close();
  });
});
