import { expect, it } from 'vitest';
import type { KpiTarget } from '@vitals/core';
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

type Case = [string, 'GET' | 'PATCH' | 'DELETE', string, unknown, number, string, string];

describeEachEngine('target bad input', (engine) => {
  it('answers bad changes, reads and resolve ranges with problem+json, and changes nothing', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const kpi = await createKpi(admin, {
      metricId: await insertMetric(db, workspaceId),
      name: 'Revenue',
    });
    const set = async (body: Record<string, unknown>) =>
      (await admin.request('POST', '/api/targets', { kpiId: kpi.id, ...body })).json<KpiTarget>();
    const march = await set({ grain: 'month', periodKey: '2026-03', value: 10 });
    const y2027 = await set({
      grain: 'quarter',
      periodKey: '2027',
      value: 400,
      phasing: { method: 'even' },
    });
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const before = await snapshot(db, ['targets', 'audit_log']);

    const ghost = unknownId();
    const t = '/api/targets';
    const r = `/api/kpis/${kpi.id}/targets/resolve`;
    const cases: Case[] = [
      [
        'unknown target',
        'PATCH',
        `${t}/${ghost}`,
        { value: 1 },
        404,
        '/params/id',
        'unknown target',
      ],
      ['bad target id', 'PATCH', `${t}/x`, { value: 1 }, 400, '/params/id', 'must be an id'],
      ['value of wrong type', 'PATCH', `${t}/${march.id}`, { value: [1] }, 400, '/body/value', ''],
      [
        'band on update',
        'PATCH',
        `${t}/${march.id}`,
        { value: { lower: 1, upper: 2 } },
        400,
        '/body/value',
        'single number',
      ],
      [
        'override turned horizon',
        'PATCH',
        `${t}/${march.id}`,
        { phasing: { method: 'even' } },
        400,
        '/body/phasing',
        'cannot become a phased horizon',
      ],
      [
        'horizon turned override',
        'PATCH',
        `${t}/${y2027.id}`,
        { phasing: null },
        400,
        '/body/phasing',
        'stays phased',
      ],
      [
        'wrong weight count on update',
        'PATCH',
        `${t}/${y2027.id}`,
        { phasing: { method: 'weights', weights: [1, 2] } },
        400,
        '/body/phasing/weights',
        'needs 4',
      ],
      ['delete unknown', 'DELETE', `${t}/${ghost}`, undefined, 404, '/params/id', 'unknown target'],
      ['delete bad id', 'DELETE', `${t}/1`, undefined, 400, '/params/id', 'must be an id'],
      ['get unknown', 'GET', `${t}/${ghost}`, undefined, 404, '/params/id', 'unknown target'],
      [
        'list of unknown KPI',
        'GET',
        `/api/kpis/${ghost}/targets`,
        undefined,
        404,
        '/params/id',
        '',
      ],
      [
        'history of unknown KPI',
        'GET',
        `/api/kpis/${ghost}/targets/history`,
        undefined,
        404,
        '/params/id',
        'unknown KPI',
      ],
      [
        'resolve unknown KPI',
        'GET',
        `/api/kpis/${ghost}/targets/resolve?grain=month&from=2026-01&to=2026-02`,
        undefined,
        404,
        '/params/id',
        'unknown KPI',
      ],
      ['no grain', 'GET', `${r}?from=2026-01&to=2026-02`, undefined, 400, '/querystring/grain', ''],
      ['no from', 'GET', `${r}?grain=month&to=2026-02`, undefined, 400, '/querystring/from', ''],
      [
        'week that does not exist',
        'GET',
        `${r}?grain=week&from=2025-W53&to=2026-W02`,
        undefined,
        400,
        '/querystring/from',
        '"2025-W53" is not a period key',
      ],
      [
        'key of another grain',
        'GET',
        `${r}?grain=month&from=2026-Q1&to=2026-02`,
        undefined,
        400,
        '/querystring/from',
        'is a quarter, not a month',
      ],
      [
        'backwards',
        'GET',
        `${r}?grain=month&from=2026-05&to=2026-02`,
        undefined,
        400,
        '/querystring/to',
        '2026-02 is before 2026-05',
      ],
      [
        'too many periods',
        'GET',
        `${r}?grain=day&from=2020-01-01&to=2026-12-31`,
        undefined,
        400,
        '/querystring/to',
        'at most 2000',
      ],
    ];
    for (const [what, method, url, body, status, pointer, message] of cases) {
      expectProblem(await admin.request(method, url, body), [what, status, pointer, message]);
    }
    const broken = await malformed(app, editor, 'PATCH', `${t}/${march.id}`);
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('malformed_json');
    expect(await snapshot(db, ['targets', 'audit_log'])).toEqual(before);
    await app.close();
  });
});
