import { expect, it } from 'vitest';
import type { CheckIn } from '@vitals/core';
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

type Case = [
  what: string,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body: unknown,
  status: number,
  pointer: string,
  message: string,
];

describeEachEngine('check-in bad input', (engine) => {
  it('answers each bad request with problem+json naming the field, and changes nothing', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db, {
      now: () => new Date('2026-03-10T09:00:00.000Z'),
    });
    const metricId = await insertMetric(db, workspaceId);
    const monthly = await createKpi(admin, { metricId, name: 'Revenue', reviewCadence: 'month' });
    const weekly = await createKpi(admin, { metricId, name: 'Demos', reviewCadence: 'week' });
    const archived = await createKpi(admin, { metricId, name: 'Old', reviewCadence: 'month' });
    const checkIn = (
      await admin.request('POST', '/api/check-ins', {
        kpiId: monthly.id,
        periodKey: '2026-02',
        statusCall: 'on_track',
      })
    ).json<CheckIn>();
    await admin.request('POST', `/api/kpis/${archived.id}/archive`);
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const before = await snapshot(db, ['check_ins', 'audit_log']);

    const ghost = unknownId();
    const c = '/api/check-ins';
    const ok = { kpiId: monthly.id, periodKey: '2026-03', statusCall: 'on_track' };
    const cases: Case[] = [
      ['nothing', 'POST', c, {}, 400, '/body/kpiId', ''],
      [
        'no status call',
        'POST',
        c,
        { ...ok, statusCall: undefined },
        400,
        '/body/statusCall',
        'must be on_track, at_risk or off_track',
      ],
      [
        'unknown status call',
        'POST',
        c,
        { ...ok, statusCall: 'green' },
        400,
        '/body/statusCall',
        'must be on_track, at_risk or off_track',
      ],
      [
        'no period',
        'POST',
        c,
        { ...ok, periodKey: undefined },
        400,
        '/body/periodKey',
        'must be a period key',
      ],
      [
        'commentary of wrong type',
        'POST',
        c,
        { ...ok, commentary: 5 },
        400,
        '/body/commentary',
        'must be text',
      ],
      [
        'commentary too long',
        'POST',
        c,
        { ...ok, commentary: 'x'.repeat(8001) },
        400,
        '/body/commentary',
        'at most 8000',
      ],
      [
        'next actions too long',
        'POST',
        c,
        { ...ok, nextActions: 'x'.repeat(8001) },
        400,
        '/body/nextActions',
        'at most 8000',
      ],
      [
        'KPI not an id',
        'POST',
        c,
        { ...ok, kpiId: 'revenue' },
        400,
        '/body/kpiId',
        'must be an id',
      ],
      [
        'unknown KPI',
        'POST',
        c,
        { ...ok, kpiId: ghost },
        400,
        '/body/kpiId',
        `no KPI with id "${ghost}"`,
      ],
      [
        'a week that does not exist',
        'POST',
        c,
        { ...ok, kpiId: weekly.id, periodKey: '2025-W53' },
        400,
        '/body/periodKey',
        '"2025-W53" is not a period key',
      ],
      [
        'a month that does not exist',
        'POST',
        c,
        { ...ok, periodKey: '2026-13' },
        400,
        '/body/periodKey',
        '"2026-13"',
      ],
      [
        'a week for a monthly KPI',
        'POST',
        c,
        { ...ok, periodKey: '2026-W10' },
        400,
        '/body/periodKey',
        'reviewed by month (a key like 2026-03)',
      ],
      [
        'a month for a weekly KPI',
        'POST',
        c,
        { ...ok, kpiId: weekly.id },
        400,
        '/body/periodKey',
        'reviewed by week (a key like 2026-W11)',
      ],
      ['archived KPI', 'POST', c, { ...ok, kpiId: archived.id }, 409, '', 'archived'],
      ['get unknown', 'GET', `${c}/${ghost}`, undefined, 404, '/params/id', 'unknown check-in'],
      ['get bad id', 'GET', `${c}/abc`, undefined, 400, '/params/id', 'must be an id'],
      [
        'change unknown',
        'PATCH',
        `${c}/${ghost}`,
        { statusCall: 'at_risk' },
        404,
        '/params/id',
        'unknown check-in',
      ],
      [
        'change to unknown status',
        'PATCH',
        `${c}/${checkIn.id}`,
        { statusCall: 'red' },
        400,
        '/body/statusCall',
        'must be on_track',
      ],
      [
        'change of wrong type',
        'PATCH',
        `${c}/${checkIn.id}`,
        { commentary: ['a'] },
        400,
        '/body/commentary',
        'must be text',
      ],
      [
        'list of unknown KPI',
        'GET',
        `/api/kpis/${ghost}/check-ins`,
        undefined,
        404,
        '/params/id',
        'unknown KPI',
      ],
      [
        'list limit 0',
        'GET',
        `/api/kpis/${monthly.id}/check-ins?limit=0`,
        undefined,
        400,
        '/querystring/limit',
        'at least 1',
      ],
      [
        'list limit 501',
        'GET',
        `/api/kpis/${monthly.id}/check-ins?limit=501`,
        undefined,
        400,
        '/querystring/limit',
        'at most 500',
      ],
      [
        'list bad cursor',
        'GET',
        `/api/kpis/${monthly.id}/check-ins?cursor=nope`,
        undefined,
        400,
        '/querystring/cursor',
        'nextCursor',
      ],
      [
        'list negative offset',
        'GET',
        `/api/kpis/${monthly.id}/check-ins?offset=-1`,
        undefined,
        400,
        '/querystring/offset',
        'not be negative',
      ],
    ];
    for (const [what, method, url, body, status, pointer, message] of cases) {
      expectProblem(await admin.request(method, url, body), [what, status, pointer, message]);
    }
    for (const [method, url] of [
      ['POST', c],
      ['PATCH', `${c}/${checkIn.id}`],
    ] as const) {
      const res = await malformed(app, editor, method, url);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('malformed_json');
    }
    expect(await snapshot(db, ['check_ins', 'audit_log'])).toEqual(before);
    await app.close();
  });
});
