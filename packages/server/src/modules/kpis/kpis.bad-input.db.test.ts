import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import {
  createKpi,
  insertMetric,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
} from './test-fixtures';

const TABLES = ['kpis', 'kpi_links', 'audit_log'] as const;

describeEachEngine('KPI bad input', (engine) => {
  it('answers each bad request with problem+json naming the field, and changes nothing', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId, { dimensions: ['region'] });
    const archivedMetric = await insertMetric(db, workspaceId, { archived: true });
    const archivedUser = await insertUser(db, workspaceId, 'viewer');
    await db
      .updateTable('users')
      .set({ archived_at: '2026-01-01T00:00:00.000Z' })
      .where('id', '=', archivedUser.id)
      .execute();
    const kpi = await createKpi(admin, { metricId, name: 'Revenue' });
    const other = await createKpi(admin, { metricId, name: 'Churn' });
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const before = await snapshot(db, TABLES);

    const ghost = unknownId();
    const cases: [string, 'POST' | 'PATCH', string, unknown, string, string][] = [
      ['missing metric', 'POST', '/api/kpis', { name: 'X' }, '/body/metricId', ''],
      ['missing name', 'POST', '/api/kpis', { metricId }, '/body/name', ''],
      [
        'empty name',
        'POST',
        '/api/kpis',
        { metricId, name: '  ' },
        '/body/name',
        'must not be empty',
      ],
      [
        'name of wrong type',
        'POST',
        '/api/kpis',
        { metricId, name: 5 },
        '/body/name',
        'must be text',
      ],
      [
        'metric not an id',
        'POST',
        '/api/kpis',
        { metricId: 'rev', name: 'X' },
        '/body/metricId',
        'must be an id',
      ],
      [
        'unknown metric',
        'POST',
        '/api/kpis',
        { metricId: ghost, name: 'X' },
        '/body/metricId',
        'no metric',
      ],
      [
        'archived metric',
        'POST',
        '/api/kpis',
        { metricId: archivedMetric, name: 'X' },
        '/body/metricId',
        'archived',
      ],
      [
        'filter on a dimension the metric lacks',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', dimensionFilter: { region: 'EU', country: 'DE' } },
        '/body/dimensionFilter/country',
        'not a dimension',
      ],
      [
        'empty dimension value',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', dimensionFilter: { region: '' } },
        '/body/dimensionFilter/region',
        'must not be empty',
      ],
      [
        'unknown owner',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', ownerId: ghost },
        '/body/ownerId',
        'no user',
      ],
      [
        'archived owner',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', ownerId: archivedUser.id },
        '/body/ownerId',
        'archived',
      ],
      [
        'unknown team',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', teamId: ghost },
        '/body/teamId',
        'no team',
      ],
      [
        'unknown level',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', level: 'galaxy' },
        '/body/level',
        'must be company',
      ],
      [
        'unknown type tag',
        'POST',
        '/api/kpis',
        {
          metricId,
          name: 'X',
          typeTags: { scope: 'cosmic', timing: 'leading', nature: 'quantitative' },
        },
        '/body/typeTags/scope',
        'must be strategic',
      ],
      [
        'unknown cadence',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', reviewCadence: 'hourly' },
        '/body/reviewCadence',
        'must be day',
      ],
      [
        'atRisk above onTrack',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', thresholds: { onTrack: 0.8, atRisk: 0.9 } },
        '/body/thresholds/atRisk',
        'below onTrack',
      ],
      [
        'negative threshold',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', thresholds: { onTrack: -1, atRisk: 0.5 } },
        '/body/thresholds/onTrack',
        '',
      ],
      [
        'name too long',
        'POST',
        '/api/kpis',
        { metricId, name: 'x'.repeat(201) },
        '/body/name',
        'at most 200',
      ],
      [
        'unknown leading KPI',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', leadingKpiIds: [other.id, ghost] },
        '/body/leadingKpiIds/1',
        'no KPI',
      ],
      [
        'repeated link',
        'POST',
        '/api/kpis',
        { metricId, name: 'X', guardrailKpiIds: [other.id, other.id] },
        '/body/guardrailKpiIds',
        'must not repeat',
      ],
      [
        'self as guardrail',
        'PATCH',
        `/api/kpis/${kpi.id}`,
        { guardrailKpiIds: [kpi.id] },
        '/body/guardrailKpiIds/0',
        'itself',
      ],
      [
        'metric change that drops the filter dimension',
        'PATCH',
        `/api/kpis/${other.id}`,
        { dimensionFilter: { region: 'EU' }, metricId: await insertMetric(db, workspaceId) },
        '/body/dimensionFilter/region',
        'not a dimension',
      ],
      [
        'unknown field type on update',
        'PATCH',
        `/api/kpis/${kpi.id}`,
        { ownerId: 7 },
        '/body/ownerId',
        '',
      ],
    ];
    for (const [what, method, url, body, pointer, message] of cases) {
      const res = await admin.request(method, url, body);
      expect(res.statusCode, what).toBe(400);
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      const problem = res.json<{ code: string; errors: { pointer: string; message: string }[] }>();
      expect(problem.code, what).toBe('validation_failed');
      const issue = problem.errors.find((e) => e.pointer === pointer);
      expect(issue, `${what}: ${res.body}`).toBeDefined();
      expect(issue?.message, what).toContain(message);
    }

    for (const [method, url] of [
      ['GET', `/api/kpis/${ghost}`],
      ['PATCH', `/api/kpis/${ghost}`],
      ['POST', `/api/kpis/${ghost}/archive`],
      ['POST', `/api/kpis/${ghost}/restore`],
    ] as const) {
      const res = await admin.request(method, url, method === 'PATCH' ? { name: 'X' } : undefined);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not_found', detail: `No KPI with id "${ghost}"` });
    }
    const badId = await admin.request('GET', '/api/kpis/42');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].pointer).toBe('/params/id');

    for (const [query, pointer] of [
      ['limit=0', '/querystring/limit'],
      ['limit=many', '/querystring/limit'],
      ['sort=owner', '/querystring/sort'],
      ['order=sideways', '/querystring/order'],
      ['level=galaxy', '/querystring/level'],
      ['archived=maybe', '/querystring/archived'],
      ['teamId=abc', '/querystring/teamId'],
      ['cursor=xyz', '/querystring/cursor'],
      ['cursor=abc&offset=2', '/querystring/offset'],
    ] as const) {
      const res = await admin.request('GET', `/api/kpis?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].pointer, query).toBe(pointer);
    }

    for (const [method, url] of [
      ['POST', '/api/kpis'],
      ['PATCH', `/api/kpis/${kpi.id}`],
    ] as const) {
      const res = await malformed(app, editor, method, url);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('malformed_json');
    }

    expect(await snapshot(db, TABLES)).toEqual(before);
    await app.close();
  });
});
