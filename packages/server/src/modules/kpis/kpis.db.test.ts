import { expect, it } from 'vitest';
import type { Kpi } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { anonymous, setUpApp } from '../../test-support/app';
import {
  adminId,
  apiToken,
  createKpi,
  insertMetric,
  insertTeam,
  insertUser,
  signIn,
} from './test-fixtures';

const CLOCK = new Date('2026-03-10T09:00:00.000Z');

describeEachEngine('KPIs', (engine) => {
  it('creates a KPI with every field, reads it with its links, replaces links, archives and restores', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => CLOCK });
    const metricId = await insertMetric(db, workspaceId, { dimensions: ['region', 'channel'] });
    const owner = await insertUser(db, workspaceId, 'editor');
    const teamId = await insertTeam(db, workspaceId);
    const guard = await createKpi(admin, { metricId, name: 'Churn' });
    const lead = await createKpi(admin, { metricId, name: 'Demos booked' });

    const body = {
      metricId,
      dimensionFilter: { region: 'EU', channel: 'web' },
      name: 'EU web revenue',
      objective: 'Grow EU web revenue',
      whyItMatters: 'Largest market',
      howToInfluence: 'Campaigns, pricing',
      ownerId: owner.id,
      teamId,
      level: 'department',
      typeTags: { scope: 'strategic', timing: 'lagging', nature: 'quantitative' },
      direction: 'higher_is_better',
      reviewCadence: 'week',
      thresholds: { onTrack: 0.95, atRisk: 0.8 },
      guardrailKpiIds: [guard.id],
      leadingKpiIds: [lead.id],
    } as const;
    const created = await admin.request('POST', '/api/kpis', body);
    expect(created.statusCode).toBe(201);
    const kpi = created.json<Kpi>();
    expect(kpi).toEqual({
      ...body,
      id: kpi.id,
      workspaceId,
      createdAt: CLOCK.toISOString(),
      updatedAt: CLOCK.toISOString(),
      archivedAt: null,
    });
    expect((await admin.request('GET', `/api/kpis/${kpi.id}`)).json()).toEqual(kpi);
    const stored = await db
      .selectFrom('kpis')
      .selectAll()
      .where('id', '=', kpi.id)
      .executeTakeFirstOrThrow();
    expect(stored.dimension_filter).toBe('{"channel":"web","region":"EU"}');

    // Links are replaced whole when given, and kept when not.
    const swapped = await admin.request('PATCH', `/api/kpis/${kpi.id}`, {
      guardrailKpiIds: [],
      leadingKpiIds: [lead.id, guard.id],
    });
    expect(swapped.statusCode).toBe(200);
    expect(swapped.json()).toMatchObject({
      guardrailKpiIds: [],
      leadingKpiIds: [lead.id, guard.id],
    });
    const renamed = await admin.request('PATCH', `/api/kpis/${kpi.id}`, { name: 'EU web sales' });
    expect(renamed.json()).toMatchObject({
      name: 'EU web sales',
      leadingKpiIds: [lead.id, guard.id],
    });
    const links = await db
      .selectFrom('kpi_links')
      .select(['linked_kpi_id', 'kind', 'position'])
      .where('kpi_id', '=', kpi.id)
      .orderBy('position')
      .execute();
    expect(links).toEqual([
      { linked_kpi_id: lead.id, kind: 'leading', position: 0 },
      { linked_kpi_id: guard.id, kind: 'leading', position: 1 },
    ]);

    const archived = await admin.request('POST', `/api/kpis/${kpi.id}/archive`);
    expect(archived.json().archivedAt).toBe(CLOCK.toISOString());
    const active = await admin.request('GET', '/api/kpis');
    expect(active.json<{ items: Kpi[] }>().items.map((k) => k.id)).not.toContain(kpi.id);
    const frozen = await admin.request('PATCH', `/api/kpis/${kpi.id}`, { name: 'Nope' });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('conflict');
    const restored = await admin.request('POST', `/api/kpis/${kpi.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'kpi')
      .where('entity_id', '=', kpi.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'create',
      'update',
      'update',
      'archive',
      'restore',
    ]);
    const rename = audit[2];
    expect(JSON.parse(rename?.before ?? '{}')).toMatchObject({ name: 'EU web revenue' });
    expect(JSON.parse(rename?.after ?? '{}')).toMatchObject({ name: 'EU web sales' });
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set([`user:${await adminId(admin)}`]));
    await app.close();
  });
});

describeEachEngine('KPI list', (engine) => {
  it('lists KPIs paged, filtered by every filter, searched and sorted', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => CLOCK });
    const m1 = await insertMetric(db, workspaceId);
    const m2 = await insertMetric(db, workspaceId);
    const owner = await insertUser(db, workspaceId, 'viewer');
    const teamId = await insertTeam(db, workspaceId);
    const a = await createKpi(admin, {
      metricId: m1,
      name: 'beta revenue',
      objective: 'Reach 100 new logos',
      teamId,
      level: 'company',
    });
    const b = await createKpi(admin, {
      metricId: m2,
      name: 'Alpha churn',
      objective: 'Keep 100% of customers',
      ownerId: owner.id,
      direction: 'lower_is_better',
      reviewCadence: 'week',
      typeTags: { scope: 'strategic', timing: 'leading', nature: 'qualitative' },
    });
    const c = await createKpi(admin, {
      metricId: m1,
      name: 'Gamma_Churn',
      direction: 'within_band',
    });
    await admin.request('POST', `/api/kpis/${c.id}/archive`);

    const ids = async (query: string) => {
      const res = await admin.request('GET', `/api/kpis?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: Kpi[] }>().items.map((k) => k.id);
    };
    expect(await ids('')).toEqual([b.id, a.id]); // by name, case-insensitive
    expect(await ids('order=desc')).toEqual([a.id, b.id]);
    expect(await ids('sort=createdAt&order=desc')).toEqual([b.id, a.id]);
    expect(await ids('archived=true')).toEqual([c.id]);
    expect(await ids('archived=all')).toEqual([b.id, a.id, c.id]);
    expect(await ids(`teamId=${teamId}`)).toEqual([a.id]);
    expect(await ids(`ownerId=${owner.id}`)).toEqual([b.id]);
    expect(await ids(`metricId=${m1}&archived=all`)).toEqual([a.id, c.id]);
    expect(await ids('level=company')).toEqual([a.id]);
    expect(await ids('scope=strategic')).toEqual([b.id]);
    expect(await ids('timing=leading')).toEqual([b.id]);
    expect(await ids('nature=qualitative')).toEqual([b.id]);
    expect(await ids('direction=lower_is_better')).toEqual([b.id]);
    expect(await ids('direction=within_band&archived=all')).toEqual([c.id]);
    expect(await ids('reviewCadence=week')).toEqual([b.id]);
    expect(await ids('search=REVENUE')).toEqual([a.id]);
    expect(await ids('search=100%25')).toEqual([b.id]); // objective; % is literal
    expect(await ids('search=a_c&archived=all')).toEqual([c.id]); // _ is literal

    const first = await admin.request('GET', '/api/kpis?limit=1&archived=all');
    const page1 = first.json<{ items: Kpi[]; nextCursor: string; total: number }>();
    expect(page1.items.map((k) => k.id)).toEqual([b.id]);
    expect(page1.total).toBe(3);
    const page2 = (
      await admin.request('GET', `/api/kpis?limit=1&archived=all&cursor=${page1.nextCursor}`)
    ).json<{ items: Kpi[]; nextCursor: string | null }>();
    expect(page2.items.map((k) => k.id)).toEqual([a.id]);
    const page3 = (await admin.request('GET', '/api/kpis?limit=5&offset=2&archived=all')).json();
    expect(page3).toMatchObject({ items: [{ id: c.id }], nextCursor: null, total: 3 });
    await app.close();
  });
});

describeEachEngine('KPI access', (engine) => {
  it('lets viewers and read tokens read but not change KPIs; write tokens change them', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => CLOCK });
    const metricId = await insertMetric(db, workspaceId);
    const kpi = await createKpi(admin, { metricId, name: 'Revenue' });
    const viewerUser = await insertUser(db, workspaceId, 'viewer');
    const viewer = await signIn(app, viewerUser);
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const reader = await apiToken(app, admin, 'read');
    const writer = await apiToken(app, admin, 'write');
    const before = await db.selectFrom('kpis').selectAll().orderBy('id').execute();

    for (const client of [viewer, reader]) {
      expect((await client.request('GET', `/api/kpis/${kpi.id}`)).statusCode).toBe(200);
      expect((await client.request('GET', '/api/kpis')).statusCode).toBe(200);
      for (const [method, url, body] of [
        ['POST', '/api/kpis', { metricId, name: 'Mine' }],
        ['PATCH', `/api/kpis/${kpi.id}`, { name: 'Mine' }],
        ['POST', `/api/kpis/${kpi.id}/archive`, undefined],
        ['POST', `/api/kpis/${kpi.id}/restore`, undefined],
      ] as const) {
        const res = await client.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    // Even a viewer who owns the KPI may not redefine it.
    await admin.request('PATCH', `/api/kpis/${kpi.id}`, { ownerId: viewerUser.id });
    expect(
      (await viewer.request('PATCH', `/api/kpis/${kpi.id}`, { name: 'Mine' })).statusCode,
    ).toBe(403);
    expect((await anonymous(app).request('GET', '/api/kpis')).statusCode).toBe(401);
    const after = await db.selectFrom('kpis').selectAll().orderBy('id').execute();
    expect(after.map((k) => ({ ...k, owner_id: null, updated_at: '' }))).toEqual(
      before.map((k) => ({ ...k, owner_id: null, updated_at: '' })),
    );

    expect(
      (await editor.request('PATCH', `/api/kpis/${kpi.id}`, { name: 'Sales' })).statusCode,
    ).toBe(200);
    const byToken = await writer.request('POST', '/api/kpis', { metricId, name: 'Pushed' });
    expect(byToken.statusCode).toBe(201);
    const tokenAudit = await db
      .selectFrom('audit_log')
      .select('actor')
      .where('entity_id', '=', byToken.json().id)
      .executeTakeFirstOrThrow();
    expect(tokenAudit.actor).toMatch(/^token:/);
    await app.close();
  });
});
