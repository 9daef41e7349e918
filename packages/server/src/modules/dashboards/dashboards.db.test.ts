import { expect, it } from 'vitest';
import type { Dashboard, Kpi } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { anonymous, setUpApp, type Client } from '../../test-support/app';
import {
  adminId,
  apiToken,
  createKpi,
  insertMetric,
  insertUser,
  signIn,
} from '../kpis/test-fixtures';

const CLOCK = new Date('2026-03-10T09:00:00.000Z');

async function createDashboard(client: Client, body: unknown): Promise<Dashboard> {
  const res = await client.request('POST', '/api/dashboards', body);
  if (res.statusCode !== 201) throw new Error(`not created: ${res.statusCode} ${res.body}`);
  return res.json<Dashboard>();
}

describeEachEngine('dashboards', (engine) => {
  it('creates with defaults, reorders, adds and removes cards, archives and restores, all audited', async () => {
    const { db } = engine();
    let clock = CLOCK;
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => clock });
    const metricId = await insertMetric(db, workspaceId);
    const kpis: Kpi[] = [];
    for (const name of ['Revenue', 'Churn', 'NPS'])
      kpis.push(await createKpi(admin, { metricId, name }));
    const [a, b, c] = kpis;
    const kpi = (k: Kpi | undefined) => k?.id as string;

    const created = await createDashboard(admin, {
      name: '  Company overview ',
      kpiIds: [kpi(a), kpi(b)],
    });
    expect(created).toMatchObject({
      workspaceId,
      name: 'Company overview',
      description: '',
      kpiIds: [kpi(a), kpi(b)],
      period: { kind: 'cadence' },
      sparkline: 30,
      sparklineGrain: null,
      refreshSeconds: 60,
      createdBy: await adminId(admin),
      createdAt: CLOCK.toISOString(),
      archivedAt: null,
    });
    expect((await admin.request('GET', `/api/dashboards/${created.id}`)).json()).toEqual(created);

    // Reorder, add one and drop one in a single PATCH: kpiIds is the whole new list.
    clock = new Date('2026-03-11T09:00:00.000Z');
    const patched = await admin.request('PATCH', `/api/dashboards/${created.id}`, {
      kpiIds: [kpi(c), kpi(a)],
      period: 'this_quarter',
      sparklineGrain: 'week',
      sparkline: 12,
      refreshSeconds: 300,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      kpiIds: [kpi(c), kpi(a)],
      period: { kind: 'this_quarter' },
      sparklineGrain: 'week',
      sparkline: 12,
      refreshSeconds: 300,
      updatedAt: clock.toISOString(),
      createdAt: CLOCK.toISOString(),
    });
    // The same values again change nothing and write no audit entry.
    const again = await admin.request('PATCH', `/api/dashboards/${created.id}`, {
      kpiIds: [kpi(c), kpi(a)],
    });
    expect(again.json<Dashboard>().updatedAt).toBe(clock.toISOString());

    // A KPI archived after it was put on the dashboard stays there and can be reordered.
    await admin.request('POST', `/api/kpis/${kpi(c)}/archive`);
    const reordered = await admin.request('PATCH', `/api/dashboards/${created.id}`, {
      kpiIds: [kpi(a), kpi(c)],
    });
    expect(reordered.json<Dashboard>().kpiIds).toEqual([kpi(a), kpi(c)]);

    const archived = await admin.request('POST', `/api/dashboards/${created.id}/archive`);
    expect(archived.json<Dashboard>().archivedAt).toBe(clock.toISOString());
    const frozen = await admin.request('PATCH', `/api/dashboards/${created.id}`, { name: 'X' });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().detail).toContain('archived');
    const restored = await admin.request('POST', `/api/dashboards/${created.id}/restore`);
    expect(restored.json<Dashboard>().archivedAt).toBeNull();

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'dashboard')
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((e) => e.action)).toEqual([
      'create',
      'update',
      'update',
      'archive',
      'restore',
    ]);
    const first = audit[1];
    expect(JSON.parse(first?.before ?? '{}').kpiIds).toEqual([kpi(a), kpi(b)]);
    expect(JSON.parse(first?.after ?? '{}').kpiIds).toEqual([kpi(c), kpi(a)]);
    expect(new Set(audit.map((e) => e.actor))).toEqual(new Set([`user:${await adminId(admin)}`]));
    await app.close();
  });
});

describeEachEngine('dashboard list and access', (engine) => {
  it('lists paged, sorted and filtered; viewers and read tokens only read', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => CLOCK });
    const metricId = await insertMetric(db, workspaceId);
    const kpi = await createKpi(admin, { metricId, name: 'Revenue' });
    for (const name of ['support', 'Company', 'sales & marketing', 'Board']) {
      await createDashboard(admin, { name, description: `The ${name} view` });
    }
    const old = await createDashboard(admin, { name: 'Old TV' });
    await admin.request('POST', `/api/dashboards/${old.id}/archive`);

    const names = async (client: Client, query: string) => {
      const res = await client.request('GET', `/api/dashboards?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: Dashboard[]; nextCursor: string | null; total: number }>();
    };
    const page1 = await names(admin, 'limit=2');
    expect(page1.items.map((d) => d.name)).toEqual(['Board', 'Company']);
    expect(page1.total).toBe(4);
    const page2 = await names(admin, `limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((d) => d.name)).toEqual(['sales & marketing', 'support']);
    expect(page2.nextCursor).toBeNull();
    expect((await names(admin, 'order=desc&limit=1')).items[0]?.name).toBe('support');
    expect((await names(admin, 'archived=true')).items.map((d) => d.name)).toEqual(['Old TV']);
    expect((await names(admin, 'archived=all')).total).toBe(5);
    expect((await names(admin, 'search=MARKETING')).items.map((d) => d.name)).toEqual([
      'sales & marketing',
    ]);

    const viewer = await signIn(app, await insertUser(db, workspaceId, 'viewer'));
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const reader = await apiToken(app, admin, 'read');
    const writer = await apiToken(app, admin, 'write');
    const target = page1.items[0] as Dashboard;
    for (const client of [viewer, reader]) {
      expect((await client.request('GET', '/api/dashboards')).statusCode).toBe(200);
      expect((await client.request('GET', `/api/dashboards/${target.id}`)).statusCode).toBe(200);
      for (const [method, url, body] of [
        ['POST', '/api/dashboards', { name: 'Mine' }],
        ['PATCH', `/api/dashboards/${target.id}`, { name: 'Mine' }],
        ['POST', `/api/dashboards/${target.id}/archive`, undefined],
        ['POST', `/api/dashboards/${target.id}/restore`, undefined],
      ] as const) {
        const res = await client.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    const anon = await anonymous(app).request('GET', '/api/dashboards');
    expect(anon.statusCode).toBe(401);

    const byEditor = await createDashboard(editor, { name: 'Editor view', kpiIds: [kpi.id] });
    expect(byEditor.createdBy).not.toBe(await adminId(admin));
    const byToken = await writer.request('PATCH', `/api/dashboards/${byEditor.id}`, {
      name: 'Machine view',
    });
    expect(byToken.json<Dashboard>().name).toBe('Machine view');
    const tokenAudit = await db
      .selectFrom('audit_log')
      .select('actor')
      .where('entity_id', '=', byEditor.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(tokenAudit.actor).toMatch(/^token:/);
    await app.close();
  });
});
