import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import {
  apiToken,
  insertMetric,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
  type SignedIn,
} from '../kpis/test-fixtures';

const TABLES = ['metrics', 'audit_log'] as const;
const count = { kind: 'count' };

describeEachEngine('metrics: bad input and access', (engine) => {
  let ctx: SetUpApp;
  let editor: SignedIn;
  let viewer: SignedIn;
  beforeAll(async () => {
    ctx = await setUpApp(engine().db);
    editor = await signIn(ctx.app, await insertUser(engine().db, ctx.workspaceId, 'editor'));
    viewer = await signIn(ctx.app, await insertUser(engine().db, ctx.workspaceId, 'viewer'));
  });
  afterAll(() => ctx.app.close());

  it('answers bad input with problem+json naming the field, and changes nothing', async () => {
    const { app } = ctx;
    const { db } = engine();
    const metric = { id: await insertMetric(db, ctx.workspaceId) };
    const ghost = unknownId();
    const before = await snapshot(db, TABLES);
    const ok = { key: 'k', name: 'K', unit: count, aggregation: 'sum' };
    const cases: [string, 'POST' | 'PATCH', string, unknown, string, string][] = [
      ['missing key', 'POST', '/api/metrics', { ...ok, key: undefined }, '/body/key', ''],
      [
        'key with capitals',
        'POST',
        '/api/metrics',
        { ...ok, key: 'New Customers' },
        '/body/key',
        'must start with a letter',
      ],
      [
        'key too long',
        'POST',
        '/api/metrics',
        { ...ok, key: 'k'.repeat(65) },
        '/body/key',
        'at most 64',
      ],
      ['missing name', 'POST', '/api/metrics', { ...ok, name: undefined }, '/body/name', ''],
      ['missing unit', 'POST', '/api/metrics', { ...ok, unit: undefined }, '/body/unit', ''],
      [
        'unknown unit kind',
        'POST',
        '/api/metrics',
        { ...ok, unit: { kind: 'furlongs' } },
        '/body/unit/kind',
        'must be one of',
      ],
      [
        'decimals out of range',
        'POST',
        '/api/metrics',
        { ...ok, unit: { kind: 'count', decimals: 11 } },
        '/body/unit/decimals',
        '10 or less',
      ],
      [
        'currency on a count',
        'POST',
        '/api/metrics',
        { ...ok, unit: { kind: 'count', currency: 'EUR' } },
        '/body/unit/currency',
        'only to a unit of kind currency',
      ],
      [
        'unknown aggregation',
        'POST',
        '/api/metrics',
        { ...ok, aggregation: 'median' },
        '/body/aggregation',
        '',
      ],
      [
        'unknown grain',
        'POST',
        '/api/metrics',
        { ...ok, baseGrain: 'hour' },
        '/body/baseGrain',
        '',
      ],
      [
        'repeated dimension',
        'POST',
        '/api/metrics',
        { ...ok, dimensions: ['region', 'region'] },
        '/body/dimensions',
        'must not repeat',
      ],
      [
        'dimensions of wrong type',
        'POST',
        '/api/metrics',
        { ...ok, dimensions: 'region' },
        '/body/dimensions',
        'must be a list',
      ],
      [
        'unknown source',
        'POST',
        '/api/metrics',
        { ...ok, sourceKind: 'fax' },
        '/body/sourceKind',
        'must be one of',
      ],
      [
        'name of wrong type',
        'PATCH',
        `/api/metrics/${metric.id}`,
        { name: 42 },
        '/body/name',
        'must be text',
      ],
      [
        'description too long',
        'PATCH',
        `/api/metrics/${metric.id}`,
        { description: 'x'.repeat(4001) },
        '/body/description',
        'at most 4000',
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
      ['GET', `/api/metrics/${ghost}`],
      ['PATCH', `/api/metrics/${ghost}`],
      ['POST', `/api/metrics/${ghost}/archive`],
      ['POST', `/api/metrics/${ghost}/restore`],
    ] as const) {
      const res = await editor.request(method, url, method === 'PATCH' ? { name: 'X' } : undefined);
      expectProblem(
        res,
        {
          status: 404,
          code: 'not_found',
          pointer: '/params/id',
          says: `No metric with id "${ghost}"`,
        },
        url,
      );
    }
    expectProblem(await editor.request('GET', '/api/metrics/tickets'), {
      status: 400,
      code: 'validation_failed',
      pointer: '/params/id',
    });
    for (const [query, pointer] of [
      ['limit=0', '/querystring/limit'],
      ['sort=unit', '/querystring/sort'],
      ['sourceKind=fax', '/querystring/sourceKind'],
      ['aggregation=median', '/querystring/aggregation'],
      ['archived=no', '/querystring/archived'],
      ['search=', '/querystring/search'],
      [`search=${'x'.repeat(201)}`, '/querystring/search'],
    ] as const) {
      expectProblem(
        await viewer.request('GET', `/api/metrics?${query}`),
        { status: 400, code: 'validation_failed', pointer },
        query,
      );
    }
    for (const [method, url] of [
      ['POST', '/api/metrics'],
      ['PATCH', `/api/metrics/${metric.id}`],
    ] as const) {
      expectProblem(
        await malformed(app, editor, method, url),
        { status: 400, code: 'malformed_json' },
        url,
      );
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
  });

  it('lets viewers and read tokens read but not change; write tokens may', async () => {
    const { app, admin } = ctx;
    const { db } = engine();
    const metric = { id: await insertMetric(db, ctx.workspaceId) };
    const readToken = await apiToken(app, admin, 'read');
    const before = await snapshot(db, TABLES);
    for (const [who, client] of [
      ['viewer', viewer],
      ['read token', readToken],
    ] as const) {
      expect((await client.request('GET', `/api/metrics/${metric.id}`)).statusCode).toBe(200);
      for (const [method, url, body] of [
        ['POST', '/api/metrics', { key: 'sneaky', name: 'S', unit: count, aggregation: 'sum' }],
        ['PATCH', `/api/metrics/${metric.id}`, { name: 'Sneaky' }],
        ['POST', `/api/metrics/${metric.id}/archive`, undefined],
        ['POST', `/api/metrics/${metric.id}/restore`, undefined],
      ] as const) {
        expectProblem(
          await client.request(method, url, body),
          { status: 403, code: 'forbidden' },
          `${who} ${method} ${url}`,
        );
      }
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
    const writeToken = await apiToken(app, admin, 'write');
    expect(
      (
        await writeToken.request('PATCH', `/api/metrics/${metric.id}`, {
          name: 'Net promoter score',
        })
      ).statusCode,
    ).toBe(200);
    const [entry] = (await admin.request('GET', `/api/audit?entityId=${metric.id}`)).json<{
      items: { actor: string }[];
    }>().items;
    expect(entry?.actor).toMatch(/^token:/);
  });
});
