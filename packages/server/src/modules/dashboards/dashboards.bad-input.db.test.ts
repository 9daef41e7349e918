import { expect, it } from 'vitest';
import type { Dashboard } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import {
  createKpi,
  expectProblem,
  insertMetric,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
} from '../kpis/test-fixtures';

const TABLES = ['dashboards', 'audit_log'] as const;

describeEachEngine('dashboard bad input', (engine) => {
  it('answers each bad request with problem+json naming the field, and changes nothing', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId);
    const revenue = await createKpi(admin, { metricId, name: 'Revenue' });
    const churn = await createKpi(admin, { metricId, name: 'Churn' });
    const old = await createKpi(admin, { metricId, name: 'Old' });
    await admin.request('POST', `/api/kpis/${old.id}/archive`);
    const res = await admin.request('POST', '/api/dashboards', {
      name: 'Overview',
      kpiIds: [revenue.id],
    });
    const dashboard = res.json<Dashboard>();
    const archivedBoard = (
      await admin.request('POST', '/api/dashboards', { name: 'Retired' })
    ).json<Dashboard>();
    await admin.request('POST', `/api/dashboards/${archivedBoard.id}/archive`);
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const before = await snapshot(db, TABLES);

    const ghost = unknownId();
    const url = `/api/dashboards/${dashboard.id}`;
    const cases: [string, 'POST' | 'PATCH', string, unknown, number, string, string][] = [
      ['missing name', 'POST', '/api/dashboards', {}, 400, '/body/name', ''],
      ['empty name', 'POST', '/api/dashboards', { name: ' ' }, 400, '/body/name', 'empty'],
      ['name of wrong type', 'POST', '/api/dashboards', { name: 7 }, 400, '/body/name', 'text'],
      [
        'name too long',
        'POST',
        '/api/dashboards',
        { name: 'x'.repeat(121) },
        400,
        '/body/name',
        'at most 120',
      ],
      [
        'kpiIds not a list',
        'POST',
        '/api/dashboards',
        { name: 'X', kpiIds: revenue.id },
        400,
        '/body/kpiIds',
        'list of KPI ids',
      ],
      [
        'a KPI id that is not an id',
        'POST',
        '/api/dashboards',
        { name: 'X', kpiIds: [revenue.id, 'rev'] },
        400,
        '/body/kpiIds/1',
        'must be an id',
      ],
      [
        'a repeated KPI',
        'POST',
        '/api/dashboards',
        { name: 'X', kpiIds: [revenue.id, revenue.id] },
        400,
        '/body/kpiIds',
        'must not repeat',
      ],
      [
        'an unknown KPI',
        'POST',
        '/api/dashboards',
        { name: 'X', kpiIds: [revenue.id, churn.id, ghost] },
        400,
        '/body/kpiIds/2',
        'no KPI',
      ],
      [
        'an archived KPI added',
        'PATCH',
        url,
        { kpiIds: [revenue.id, old.id] },
        400,
        '/body/kpiIds/1',
        'archived',
      ],
      [
        'unknown period',
        'POST',
        '/api/dashboards',
        { name: 'X', period: 'last_decade' },
        400,
        '/body/period',
        'this_month',
      ],
      ['sparkline out of range', 'PATCH', url, { sparkline: 401 }, 400, '/body/sparkline', ''],
      ['sparkline not whole', 'PATCH', url, { sparkline: 2.5 }, 400, '/body/sparkline', ''],
      [
        'unknown sparkline grain',
        'PATCH',
        url,
        { sparklineGrain: 'hour' },
        400,
        '/body/sparklineGrain',
        '',
      ],
      [
        'refresh too fast',
        'POST',
        '/api/dashboards',
        { name: 'X', refreshSeconds: 5 },
        400,
        '/body/refreshSeconds',
        '',
      ],
      [
        'too many KPIs',
        'PATCH',
        url,
        { kpiIds: Array.from({ length: 61 }, () => unknownId()) },
        400,
        '/body/kpiIds',
        'at most 60',
      ],
      [
        'unknown dashboard',
        'PATCH',
        `/api/dashboards/${ghost}`,
        { name: 'X' },
        404,
        '/params/id',
        '',
      ],
      [
        'not an id in the path',
        'PATCH',
        '/api/dashboards/abc',
        { name: 'X' },
        400,
        '/params/id',
        '',
      ],
      [
        'archived dashboard',
        'PATCH',
        `/api/dashboards/${archivedBoard.id}`,
        { name: 'X' },
        409,
        '',
        'archived',
      ],
    ];
    for (const [what, method, path, body, status, pointer, says] of cases) {
      const answer = await editor.request(method, path, body);
      expectProblem(answer, [what, status, pointer, says]);
    }
    for (const [method, path] of [
      ['GET', `/api/dashboards/${ghost}`],
      ['POST', `/api/dashboards/${ghost}/archive`],
      ['POST', `/api/dashboards/${ghost}/restore`],
    ] as const) {
      expectProblem(await editor.request(method, path), [
        `${method} ${path}`,
        404,
        '/params/id',
        '',
      ]);
    }
    const list = await editor.request('GET', '/api/dashboards?limit=0&sort=kpis');
    expectProblem(list, ['bad list query', 400, '/querystring/limit', '']);
    const broken = await malformed(app, editor, 'POST', '/api/dashboards');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('malformed_json');

    expect(await snapshot(db, TABLES)).toEqual(before);
    await app.close();
  });
});
