import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Annotation, Kpi } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import {
  apiToken,
  createKpi,
  insertMetric,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
  type SignedIn,
  type TestUser,
} from '../kpis/test-fixtures';

const TABLES = ['annotations', 'audit_log'] as const;

async function annotate(client: Client, body: object): Promise<Annotation> {
  const res = await client.request('POST', '/api/annotations', body);
  if (res.statusCode !== 201) throw new Error(`not annotated: ${res.statusCode} ${res.body}`);
  return res.json<Annotation>();
}

describeEachEngine('annotations', (engine) => {
  let ctx: SetUpApp;
  let editor: SignedIn;
  let owner: TestUser;
  let viewer: SignedIn;
  let metricId: string;
  let kpi: Kpi;
  let othersKpi: Kpi;
  beforeAll(async () => {
    const { db } = engine();
    ctx = await setUpApp(db);
    editor = await signIn(ctx.app, await insertUser(db, ctx.workspaceId, 'editor'));
    owner = await insertUser(db, ctx.workspaceId, 'viewer');
    viewer = await signIn(ctx.app, owner);
    metricId = await insertMetric(db, ctx.workspaceId);
    kpi = await createKpi(ctx.admin, { metricId, name: 'Revenue EU', ownerId: owner.id });
    othersKpi = await createKpi(ctx.admin, { metricId, name: 'Revenue US' });
  });
  afterAll(() => ctx.app.close());

  it('notes days and ranges on metrics and KPIs, lists them by subject and dates, and audits each change', async () => {
    const launch = await annotate(editor, { metricId, from: '2026-11-02', text: 'Price change' });
    expect(launch).toMatchObject({
      metricId,
      kpiId: null,
      from: '2026-11-02',
      to: null,
      text: 'Price change',
    });
    const sale = await annotate(editor, {
      kpiId: kpi.id,
      from: '2026-11-27',
      to: '2026-11-30',
      text: 'Black Friday',
    });
    const outage = await annotate(editor, {
      kpiId: othersKpi.id,
      from: '2026-11-10',
      text: 'Outage',
    });
    expect((await viewer.request('GET', `/api/annotations/${sale.id}`)).json()).toEqual(sale);

    const ids = async (query: string) =>
      (await viewer.request('GET', `/api/annotations?${query}`))
        .json<{ items: Annotation[] }>()
        .items.map((a) => a.id);
    expect(await ids(`metricId=${metricId}`)).toEqual([launch.id]);
    // A KPI shows its own notes and its metric's, but not another KPI's.
    expect(await ids(`kpiId=${kpi.id}`)).toEqual([launch.id, sale.id]);
    expect(await ids(`kpiId=${kpi.id}&order=desc`)).toEqual([sale.id, launch.id]);
    expect(await ids(`kpiId=${othersKpi.id}`)).toEqual([launch.id, outage.id]);
    // Ranges touch the dates asked for at either end; single days count as their day.
    expect(await ids(`kpiId=${kpi.id}&from=2026-11-30`)).toEqual([sale.id]);
    expect(await ids(`kpiId=${kpi.id}&from=2026-12-01`)).toEqual([]);
    expect(await ids(`kpiId=${kpi.id}&to=2026-11-27`)).toEqual([launch.id, sale.id]);
    expect(await ids(`kpiId=${kpi.id}&from=2026-11-02&to=2026-11-02`)).toEqual([launch.id]);
    expect(await ids(`kpiId=${kpi.id}&from=2026-11-03&to=2026-11-26`)).toEqual([]);
    const paged = (await viewer.request('GET', `/api/annotations?kpiId=${kpi.id}&limit=1`)).json<{
      items: Annotation[];
      nextCursor: string;
      total: number;
    }>();
    expect(paged.total).toBe(2);
    expect(await ids(`kpiId=${kpi.id}&limit=1&cursor=${paged.nextCursor}`)).toEqual([sale.id]);

    const edited = await editor.request('PATCH', `/api/annotations/${sale.id}`, {
      to: null,
      text: 'Black Friday (one day)',
    });
    expect(edited.json()).toMatchObject({
      from: '2026-11-27',
      to: null,
      text: 'Black Friday (one day)',
    });
    expect((await editor.request('DELETE', `/api/annotations/${sale.id}`)).statusCode).toBe(204);
    expectProblem(await viewer.request('GET', `/api/annotations/${sale.id}`), {
      status: 404,
      code: 'not_found',
    });

    const log = (
      await ctx.admin.request('GET', `/api/audit?entity=annotation&entityId=${sale.id}`)
    ).json<{
      items: { action: string; before: Annotation | null; after: Annotation | null }[];
    }>().items;
    expect(log.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    // Deleted, yet the log still says what it said.
    expect(log[0]).toMatchObject({
      before: { text: 'Black Friday (one day)', kpiId: kpi.id },
      after: null,
    });
    expect(log[1]).toMatchObject({ before: { to: '2026-11-30' }, after: { to: null } });
  });

  it('lets a viewer annotate only the KPIs they own; read tokens never write', async () => {
    const { app, admin } = ctx;
    const { db } = engine();
    const mine = await annotate(viewer, {
      kpiId: kpi.id,
      from: '2026-10-01',
      text: 'Campaign start',
    });
    expect(mine.authorId).toBe(owner.id);
    expect(
      (await viewer.request('PATCH', `/api/annotations/${mine.id}`, { text: 'Campaign' }))
        .statusCode,
    ).toBe(200);
    const editorsNote = await annotate(editor, {
      kpiId: othersKpi.id,
      from: '2026-10-02',
      text: 'Not yours',
    });
    const metricNote = await annotate(editor, {
      metricId,
      from: '2026-10-03',
      text: 'Metric note',
    });
    const readToken = await apiToken(app, admin, 'read');
    const before = await snapshot(db, TABLES);

    for (const [what, client, method, url, body] of [
      [
        'viewer on a KPI of someone else',
        viewer,
        'POST',
        '/api/annotations',
        { kpiId: othersKpi.id, from: '2026-10-01', text: 'x' },
      ],
      [
        'viewer on a metric',
        viewer,
        'POST',
        '/api/annotations',
        { metricId, from: '2026-10-01', text: 'x' },
      ],
      [
        'viewer editing a note of a KPI not theirs',
        viewer,
        'PATCH',
        `/api/annotations/${editorsNote.id}`,
        { text: 'x' },
      ],
      [
        'viewer deleting a metric note',
        viewer,
        'DELETE',
        `/api/annotations/${metricNote.id}`,
        undefined,
      ],
      [
        'read token',
        readToken,
        'POST',
        '/api/annotations',
        { metricId, from: '2026-10-01', text: 'x' },
      ],
      ['read token deleting', readToken, 'DELETE', `/api/annotations/${mine.id}`, undefined],
    ] as const) {
      expectProblem(
        await client.request(method, url, body),
        { status: 403, code: 'forbidden' },
        what,
      );
    }
    expect(await snapshot(db, TABLES)).toEqual(before);

    const writeToken = await apiToken(app, admin, 'write');
    expect(
      (
        await writeToken.request('POST', '/api/annotations', {
          metricId,
          from: '2026-10-04',
          text: 'Import',
        })
      ).statusCode,
    ).toBe(201);
    expect((await viewer.request('DELETE', `/api/annotations/${mine.id}`)).statusCode).toBe(204);
  });

  it('answers bad input with problem+json naming the field, and changes nothing', async () => {
    const { app } = ctx;
    const { db } = engine();
    const note = await annotate(editor, {
      kpiId: kpi.id,
      from: '2026-09-10',
      to: '2026-09-12',
      text: 'Migration',
    });
    const ghost = unknownId();
    const before = await snapshot(db, TABLES);
    const cases: [string, 'POST' | 'PATCH', string, unknown, string, string][] = [
      [
        'neither metric nor KPI',
        'POST',
        '/api/annotations',
        { from: '2026-09-01', text: 'x' },
        '/body/kpiId',
        'exactly one',
      ],
      [
        'both metric and KPI',
        'POST',
        '/api/annotations',
        { metricId, kpiId: kpi.id, from: '2026-09-01', text: 'x' },
        '/body/kpiId',
        'exactly one',
      ],
      ['missing from', 'POST', '/api/annotations', { metricId, text: 'x' }, '/body/from', ''],
      [
        'missing text',
        'POST',
        '/api/annotations',
        { metricId, from: '2026-09-01' },
        '/body/text',
        '',
      ],
      [
        'empty text',
        'POST',
        '/api/annotations',
        { metricId, from: '2026-09-01', text: ' ' },
        '/body/text',
        'must not be empty',
      ],
      [
        'text too long',
        'POST',
        '/api/annotations',
        { metricId, from: '2026-09-01', text: 'x'.repeat(2001) },
        '/body/text',
        'at most 2000',
      ],
      [
        'not a real date',
        'POST',
        '/api/annotations',
        { metricId, from: '2026-02-30', text: 'x' },
        '/body/from',
        'real date',
      ],
      [
        'date of wrong type',
        'POST',
        '/api/annotations',
        { metricId, from: 20260901, text: 'x' },
        '/body/from',
        '',
      ],
      [
        'to before from',
        'POST',
        '/api/annotations',
        { metricId, from: '2026-09-02', to: '2026-09-01', text: 'x' },
        '/body/to',
        'must not be before',
      ],
      [
        'metric not an id',
        'POST',
        '/api/annotations',
        { metricId: 'revenue', from: '2026-09-01', text: 'x' },
        '/body/metricId',
        'must be an id',
      ],
      [
        'unknown metric',
        'POST',
        '/api/annotations',
        { metricId: ghost, from: '2026-09-01', text: 'x' },
        '/body/metricId',
        'no metric',
      ],
      [
        'unknown KPI',
        'POST',
        '/api/annotations',
        { kpiId: ghost, from: '2026-09-01', text: 'x' },
        '/body/kpiId',
        'no KPI',
      ],
      [
        'to moved before the stored from',
        'PATCH',
        `/api/annotations/${note.id}`,
        { to: '2026-09-01' },
        '/body/to',
        'must not be before',
      ],
      [
        'from moved after the stored to',
        'PATCH',
        `/api/annotations/${note.id}`,
        { from: '2026-09-13' },
        '/body/from',
        'must not be before',
      ],
      [
        'text of wrong type',
        'PATCH',
        `/api/annotations/${note.id}`,
        { text: false },
        '/body/text',
        'must be text',
      ],
    ];
    for (const [what, method, url, body, pointer, says] of cases) {
      expectProblem(
        await editor.request(method, url, body),
        { status: 400, code: 'validation_failed', pointer, says },
        what,
      );
    }
    for (const [method, url] of [
      ['GET', `/api/annotations/${ghost}`],
      ['PATCH', `/api/annotations/${ghost}`],
      ['DELETE', `/api/annotations/${ghost}`],
    ] as const) {
      const res = await editor.request(method, url, method === 'PATCH' ? { text: 'x' } : undefined);
      expectProblem(
        res,
        {
          status: 404,
          code: 'not_found',
          pointer: '/params/id',
          says: `No annotation with id "${ghost}"`,
        },
        url,
      );
    }
    for (const [query, pointer] of [
      ['', '/querystring/kpiId'],
      [`metricId=${metricId}&kpiId=${kpi.id}`, '/querystring/kpiId'],
      [`kpiId=${ghost}`, '/querystring/kpiId'],
      [`metricId=${ghost}`, '/querystring/metricId'],
      [`metricId=${metricId}&from=2026-13-01`, '/querystring/from'],
      [`metricId=${metricId}&from=2026-09-02&to=2026-09-01`, '/querystring/to'],
      [`metricId=${metricId}&sort=text`, '/querystring/sort'],
      [`metricId=${metricId}&limit=501`, '/querystring/limit'],
    ] as const) {
      expectProblem(
        await viewer.request('GET', `/api/annotations?${query}`),
        { status: 400, code: 'validation_failed', pointer },
        query,
      );
    }
    for (const [method, url] of [
      ['POST', '/api/annotations'],
      ['PATCH', `/api/annotations/${note.id}`],
    ] as const) {
      expectProblem(
        await malformed(app, editor, method, url),
        { status: 400, code: 'malformed_json' },
        url,
      );
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
  });
});
