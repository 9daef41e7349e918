import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { templateByKey, type DashboardSummary, type SampleWorkspaceResult } from '@vitals/core';
import type { App } from '../../app';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import { apiToken, insertUser, signIn, snapshot } from '../kpis/test-fixtures';
import { KPIS } from './company';
import { generateSeries, SAMPLE_SEED } from './series-generator';

/** 11:00 on 18 November 2026 in Berlin: 17 days of the month have data. */
const NOW = new Date('2026-11-18T10:00:00.000Z');
const TABLES = [
  'teams',
  'users',
  'memberships',
  'metrics',
  'kpis',
  'kpi_links',
  'targets',
  'data_points',
  'check_ins',
  'annotations',
  'dashboards',
  'audit_log',
] as const;

describeEachEngine('sample workspace', (engine) => {
  let app: App;
  let admin: Client;
  let workspaceId: string;
  let loaded: SampleWorkspaceResult;

  beforeAll(async () => {
    ({ app, admin, workspaceId } = await setUpApp(engine().db, { now: () => NOW }));
    return () => app.close();
  });

  const count = async (query: string) =>
    Number((await sql<{ n: number | string }>`${sql.raw(query)}`.execute(engine().db)).rows[0]?.n);

  it('is for admins only: viewers, editors and tokens get 403 and nothing changes', async () => {
    const { db } = engine();
    const viewer = await signIn(app, await insertUser(db, workspaceId, 'viewer'));
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const token = await apiToken(app, admin, 'write');
    const before = await snapshot(db, TABLES);
    for (const client of [viewer, editor, token]) {
      const res = await client.request('POST', '/api/sample-workspace');
      expectProblem(res, { status: 403, code: 'forbidden', says: 'admin' });
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
  });

  it('writes all or nothing: a failure halfway leaves the store as it was', async () => {
    const { db } = engine();
    const before = await snapshot(db, TABLES);
    const deps = app.services.deps;
    const newId = deps.newId;
    // From the 150th id on every id is the same, so an insert after the first ones collides.
    let calls = 0;
    const stuck = newId();
    deps.newId = () => (++calls < 150 ? newId() : stuck);
    try {
      const res = await admin.request('POST', '/api/sample-workspace');
      expect(res.statusCode, res.body).toBe(500);
    } finally {
      deps.newId = newId;
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
  });

  it('loads once, and the answer counts what was stored', async () => {
    const ws = `'${workspaceId}'`;
    const auditQuery = `select count(*) as n from audit_log where workspace_id = ${ws}`;
    const auditBefore = await count(auditQuery);
    const res = await admin.request('POST', '/api/sample-workspace');
    expect(res.statusCode, res.body).toBe(201);
    loaded = res.json<SampleWorkspaceResult>();
    const ofMetrics = `metric_id in (select id from metrics where workspace_id = ${ws})`;
    const ofKpis = `kpi_id in (select id from kpis where workspace_id = ${ws})`;
    expect({
      teams: await count(`select count(*) as n from teams where workspace_id = ${ws}`),
      // The admin and the viewer and editor of the first test were there before.
      users: (await count(`select count(*) as n from users where workspace_id = ${ws}`)) - 3,
      metrics: await count(`select count(*) as n from metrics where workspace_id = ${ws}`),
      kpis: await count(`select count(*) as n from kpis where workspace_id = ${ws}`),
      targets: await count(`select count(*) as n from targets where ${ofKpis}`),
      dataPoints: await count(`select count(*) as n from data_points where ${ofMetrics}`),
      checkIns: await count(`select count(*) as n from check_ins where ${ofKpis}`),
      annotations: await count(`select count(*) as n from annotations where workspace_id = ${ws}`),
      dashboards: await count(`select count(*) as n from dashboards where workspace_id = ${ws}`),
    }).toEqual(loaded);
    expect(loaded).toMatchObject({ teams: 9, users: 7, kpis: KPIS.length, dashboards: 3 });
    expect(loaded.dataPoints).toBeGreaterThan(25_000);
    expect(loaded.checkIns).toBeGreaterThanOrEqual(5);
    expect(loaded.annotations).toBeGreaterThanOrEqual(3);

    // Audited: one entry per record, one for the data, one for the load itself.
    const audited = (await count(auditQuery)) - auditBefore;
    const records = loaded.teams + loaded.users + loaded.metrics + loaded.kpis + loaded.targets;
    const stories = loaded.checkIns + loaded.annotations + loaded.dashboards;
    const memberships = await count(
      `select count(*) as n from memberships where team_id in (select id from teams where workspace_id = ${ws})`,
    );
    expect(audited).toBe(records + stories + memberships + 2);
  });

  it('refuses a second load with 409 and says why', async () => {
    const { db } = engine();
    const before = await snapshot(db, ['kpis', 'data_points', 'audit_log']);
    const res = await admin.request('POST', '/api/sample-workspace');
    expectProblem(res, { status: 409, code: 'conflict', says: `already has ${KPIS.length} KPIs` });
    expect(await snapshot(db, ['kpis', 'data_points', 'audit_log'])).toEqual(before);
  });

  it('shows KPIs on track, at risk and off track in the running month, as planned', async () => {
    const kpis = await engine()
      .db.selectFrom('kpis')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    const ids = kpis.map((k) => k.id).join(',');
    const res = await admin.request('GET', `/api/dashboard/summary?grain=month&kpiIds=${ids}`);
    expect(res.statusCode, res.body).toBe(200);
    const cards = res.json<DashboardSummary>().cards;
    expect(cards).toHaveLength(KPIS.length);
    const statuses = cards.map((c) => c.current.status);
    for (const status of ['on_track', 'at_risk', 'off_track']) expect(statuses).toContain(status);
    // Each KPI (named as its template) stands where the company plan puts it.
    const planned = new Map(KPIS.map((k) => [templateByKey(k.template)?.name, k.status]));
    for (const card of cards) {
      expect('period' in card.current && card.current.period.key, card.name).toBe('2026-11');
      expect(card.stale, card.name).toBe(false);
      expect(card.current.status, `${card.name}: ${JSON.stringify(card.current)}`).toBe(
        planned.get(card.name),
      );
    }
  });

  it('stores the generator’s values: the same seed and clock give the same data', async () => {
    const generated = generateSeries({
      from: '2024-11-01',
      today: '2026-11-18',
      seed: SAMPLE_SEED,
    });
    const rows = await engine()
      .db.selectFrom('data_points')
      .innerJoin('metrics', 'metrics.id', 'data_points.metric_id')
      .select(['data_points.period_start', 'data_points.dim_key', 'data_points.sum'])
      .where('metrics.workspace_id', '=', workspaceId)
      .where('metrics.key', '=', 'revenue')
      .orderBy('data_points.period_start')
      .orderBy('data_points.dim_key')
      .execute();
    const expected = (generated.series.get('revenue') ?? [])
      .map((p) => ({
        period_start: p.date,
        dim_key: JSON.stringify(p.dims),
        sum: p.components.sum,
      }))
      .sort((a, b) => (a.period_start + a.dim_key < b.period_start + b.dim_key ? -1 : 1));
    expect(rows).toEqual(expected);
    const stored = await count(
      `select count(*) as n from data_points where metric_id in (select id from metrics where workspace_id = '${workspaceId}')`,
    );
    let points = 0;
    for (const series of generated.series.values()) points += series.length;
    expect(stored).toBe(points);
  });
});

describeEachEngine('sample workspace in another zone and fiscal year', (engine) => {
  it('fits its targets to that calendar: the running month still tells the planned story', async () => {
    // 13:00 on 31 March 2026 in Los Angeles; the fiscal year starts in April (FY2026 ends today).
    const now = new Date('2026-03-31T20:00:00.000Z');
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db, {
      now: () => now,
      timeZone: 'America/Los_Angeles',
      fiscalYearStartMonth: 4,
    });
    expect((await admin.request('POST', '/api/sample-workspace')).statusCode).toBe(201);
    const kpis = await db
      .selectFrom('kpis')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    const res = await admin.request(
      'GET',
      `/api/dashboard/summary?grain=month&kpiIds=${kpis.map((k) => k.id).join(',')}`,
    );
    const planned = new Map(KPIS.map((k) => [templateByKey(k.template)?.name, k.status]));
    for (const card of res.json<DashboardSummary>().cards) {
      expect('period' in card.current && card.current.period.key, card.name).toBe('2026-03');
      expect(card.current.status, card.name).toBe(planned.get(card.name));
    }
    // Revenue's annual target is the running fiscal year's, phased by last year's months.
    const horizon = await db
      .selectFrom('targets')
      .innerJoin('kpis', 'kpis.id', 'targets.kpi_id')
      .select(['targets.period_key', 'targets.phasing'])
      .where('kpis.name', '=', 'Revenue')
      .where('targets.phasing', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(horizon.period_key).toBe('FY2026');
    expect(JSON.parse(horizon.phasing ?? '{}').weights).toHaveLength(12);
    await app.close();
  });
});
