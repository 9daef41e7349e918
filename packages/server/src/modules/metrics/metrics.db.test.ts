import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Metric } from '@vitals/core';
import type { Database } from '../../db/schema';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import { insertUser, signIn, snapshot, unknownId, type SignedIn } from '../kpis/test-fixtures';

const TABLES = ['metrics', 'audit_log'] as const;

async function create(client: Client, body: object): Promise<Metric> {
  const res = await client.request('POST', '/api/metrics', body);
  if (res.statusCode !== 201) throw new Error(`metric not created: ${res.statusCode} ${res.body}`);
  return res.json<Metric>();
}

const count = { kind: 'count' };

async function insertDataPoint(db: Kysely<Database>, metricId: string): Promise<void> {
  const at = '2026-11-23T10:00:00.000Z';
  await db
    .insertInto('data_points')
    .values({
      id: unknownId(),
      metric_id: metricId,
      period_key: '2026-11-23',
      period_start: '2026-11-23',
      dim_key: '{}',
      value: null,
      sum: 5,
      count: 2,
      numerator: null,
      denominator: null,
      at: null,
      source: 'manual',
      note: '',
      revision: 1,
      created_at: at,
      created_by: 'system:test',
      updated_at: at,
      updated_by: 'system:test',
    })
    .execute();
}

describeEachEngine('metrics', (engine) => {
  let ctx: SetUpApp;
  let editor: SignedIn;
  let viewer: SignedIn;
  beforeAll(async () => {
    ctx = await setUpApp(engine().db);
    editor = await signIn(ctx.app, await insertUser(engine().db, ctx.workspaceId, 'editor'));
    viewer = await signIn(ctx.app, await insertUser(engine().db, ctx.workspaceId, 'viewer'));
  });
  afterAll(() => ctx.app.close());

  it('defines, reads, lists, changes, archives and restores metrics, auditing each change', async () => {
    const revenue = await create(editor, {
      key: 'revenue',
      name: 'Revenue',
      description: 'Invoiced, net of refunds',
      unit: { kind: 'currency', currency: 'EUR', decimals: 0 },
      aggregation: 'sum',
      dimensions: ['region'],
    });
    expect(revenue).toMatchObject({
      key: 'revenue',
      baseGrain: 'day',
      sourceKind: 'manual',
      formula: null,
      dimensions: ['region'],
      unit: { kind: 'currency', currency: 'EUR', decimals: 0 },
      archivedAt: null,
    });
    const customers = await create(editor, {
      key: 'new_customers',
      name: 'new customers',
      unit: count,
      aggregation: 'sum',
    });
    const spend = await create(editor, {
      key: 'spend',
      name: 'Marketing spend',
      unit: { kind: 'currency' },
      aggregation: 'sum',
      sourceKind: 'push',
    });
    const cac = await create(editor, {
      key: 'cac',
      name: 'CAC',
      unit: { kind: 'currency' },
      aggregation: 'ratio',
      sourceKind: 'formula',
      formula: 'div(spend, new_customers)',
    });
    expect(cac.formula).toBe('div(spend, new_customers)');
    // A flow over a flow is a level, whatever kind was sent.
    expect(cac.aggregation).toBe('ratio');
    expect((await viewer.request('GET', `/api/metrics/${cac.id}`)).json()).toEqual(cac);

    const names = async (query: string) =>
      (await viewer.request('GET', `/api/metrics?${query}`))
        .json<{ items: Metric[] }>()
        .items.map((m) => m.key);
    expect(await names('sort=name')).toEqual(['cac', 'spend', 'new_customers', 'revenue']);
    expect(await names('sort=key&order=desc')).toEqual([
      'spend',
      'revenue',
      'new_customers',
      'cac',
    ]);
    expect(await names('sourceKind=formula')).toEqual(['cac']);
    expect(await names('aggregation=sum&sort=key')).toEqual(['new_customers', 'revenue', 'spend']);
    expect(await names('search=REFUND')).toEqual(['revenue']);
    expect(await names('search=new_c')).toEqual(['new_customers']);
    // % and _ are text, not wildcards.
    expect(await names('search=%25')).toEqual([]);
    const page = (await viewer.request('GET', '/api/metrics?sort=createdAt&limit=3')).json<{
      items: Metric[];
      nextCursor: string;
      total: number;
    }>();
    expect(page.items.map((m) => m.key)).toEqual(['revenue', 'new_customers', 'spend']);
    expect(page.total).toBe(4);
    expect(await names(`sort=createdAt&limit=3&cursor=${page.nextCursor}`)).toEqual(['cac']);

    const changed = await editor.request('PATCH', `/api/metrics/${customers.id}`, {
      name: 'New customers',
      aggregation: 'last',
      baseGrain: 'month',
    });
    expect(changed.json()).toMatchObject({
      name: 'New customers',
      aggregation: 'last',
      baseGrain: 'month',
      key: 'new_customers',
    });
    // Away from formula, the formula goes; towards it, the formula is checked.
    const manual = await editor.request('PATCH', `/api/metrics/${cac.id}`, {
      sourceKind: 'manual',
    });
    expect(manual.json()).toMatchObject({ sourceKind: 'manual', formula: null });
    const back = await editor.request('PATCH', `/api/metrics/${cac.id}`, {
      sourceKind: 'formula',
      formula: 'spend / new_customers',
    });
    expect(back.json()).toMatchObject({ sourceKind: 'formula', formula: 'spend / new_customers' });

    expect(
      (await editor.request('POST', `/api/metrics/${spend.id}/archive`)).json().archivedAt,
    ).not.toBeNull();
    expect(await names('sort=key')).toEqual(['cac', 'new_customers', 'revenue']);
    expect(await names('archived=true')).toEqual(['spend']);
    expect(await names('archived=all&sort=key')).toEqual([
      'cac',
      'new_customers',
      'revenue',
      'spend',
    ]);
    expect(
      (await editor.request('POST', `/api/metrics/${spend.id}/restore`)).json().archivedAt,
    ).toBeNull();

    const log = (await ctx.admin.request('GET', `/api/audit?entityId=${customers.id}`)).json<{
      items: { entity: string; action: string; before: Metric | null; after: Metric }[];
    }>().items;
    expect(log.map((e) => [e.entity, e.action])).toEqual([
      ['metric', 'update'],
      ['metric', 'create'],
    ]);
    expect(log[0]?.before).toMatchObject({
      aggregation: 'sum',
      baseGrain: 'day',
      name: 'new customers',
    });
    expect(log[0]?.after).toMatchObject({
      aggregation: 'last',
      baseGrain: 'month',
      name: 'New customers',
    });
    expect(log[1]).toMatchObject({ before: null, after: { key: 'new_customers' } });
  });

  it('reads a formula metric’s kind from its formula: churn grows like a flow, CAC is a level', async () => {
    const pct = { kind: 'percent' } as const;
    await create(editor, { key: 'lost', name: 'Lost', unit: count, aggregation: 'sum' });
    await create(editor, { key: 'opening', name: 'Opening', unit: count, aggregation: 'first' });
    const churn = await create(editor, {
      key: 'churn',
      name: 'Churn',
      unit: pct,
      aggregation: 'ratio',
      sourceKind: 'formula',
      formula: 'lost / opening * 100',
    });
    // Ten days of a month hold about a third of its losses over the same opening customers.
    expect(churn.aggregation).toBe('sum');
    const changed = await editor.request('PATCH', `/api/metrics/${churn.id}`, {
      formula: 'lost / (lost + opening) * 100',
      aggregation: 'sum',
    });
    // A flow over a flow plus a stock grows neither way: judged as a level.
    expect(changed.json()).toMatchObject({ aggregation: 'ratio' });
  });

  it('checks formulas: syntax with position and token, unknown keys and cycles', async () => {
    const { db } = engine();
    const base = { name: 'F', unit: count, aggregation: 'sum', sourceKind: 'formula' };
    const a = await create(editor, { ...base, key: 'fa', sourceKind: 'manual' });
    const b = await create(editor, { ...base, key: 'fb', formula: 'fa * 2' });
    const c = await create(editor, { ...base, key: 'fc', formula: 'fb + 1' });
    const before = await snapshot(db, TABLES);

    const cases: [string, 'POST' | 'PATCH', string, object, string][] = [
      [
        'operator without operand',
        'POST',
        '/api/metrics',
        { ...base, key: 'x1', formula: 'fa +* fb' },
        '"*" at position 4',
      ],
      [
        'unsupported operator',
        'POST',
        '/api/metrics',
        { ...base, key: 'x2', formula: 'fa ** 2' },
        '"**" at position 3',
      ],
      [
        'unknown function',
        'POST',
        '/api/metrics',
        { ...base, key: 'x3', formula: 'sqrt(fa)' },
        'unknown function "sqrt"',
      ],
      [
        'unknown keys',
        'POST',
        '/api/metrics',
        { ...base, key: 'x4', formula: 'fa / ghost + phantom' },
        'unknown metric keys: ghost, phantom',
      ],
      [
        'itself',
        'POST',
        '/api/metrics',
        { ...base, key: 'x5', formula: 'x5 + fa' },
        'cannot read its own metric "x5"',
      ],
      [
        'a cycle through two formulas',
        'PATCH',
        `/api/metrics/${b.id}`,
        { formula: 'fc - fa' },
        'would make a cycle: fb → fc → fb',
      ],
      [
        'a formula metric turned from a source that reads it',
        'PATCH',
        `/api/metrics/${a.id}`,
        { sourceKind: 'formula', formula: 'fc / 2' },
        'would make a cycle: fa → fc → fb → fa',
      ],
      [
        'formula metric without formula',
        'PATCH',
        `/api/metrics/${a.id}`,
        { sourceKind: 'formula' },
        'a formula metric needs a formula',
      ],
      [
        'formula on a manual metric',
        'PATCH',
        `/api/metrics/${a.id}`,
        { formula: 'fb' },
        'only metrics with sourceKind formula',
      ],
      [
        'formula on create without sourceKind',
        'POST',
        '/api/metrics',
        { ...base, key: 'x6', sourceKind: 'push', formula: 'fa' },
        'only metrics with sourceKind formula',
      ],
    ];
    for (const [what, method, url, body, says] of cases) {
      const res = await editor.request(method, url, body);
      expectProblem(
        res,
        { status: 400, code: 'validation_failed', pointer: '/body/formula', says },
        what,
      );
    }
    const dup = await editor.request('POST', '/api/metrics', { ...base, key: 'fa', formula: 'fb' });
    expectProblem(dup, { status: 409, code: 'conflict', pointer: '/body/key', says: '"fa"' });
    expect(await snapshot(db, TABLES)).toEqual(before);
    expect(
      (await editor.request('PATCH', `/api/metrics/${c.id}`, { formula: 'fb + fa' })).statusCode,
    ).toBe(200);
  });

  it('keeps aggregation and base grain once the metric has data points', async () => {
    const { db } = engine();
    const visits = await create(editor, {
      key: 'visit_length',
      name: 'Visit length',
      unit: { kind: 'duration' },
      aggregation: 'average',
    });
    await insertDataPoint(db, visits.id);
    const before = await snapshot(db, TABLES);
    const kind = await editor.request('PATCH', `/api/metrics/${visits.id}`, { aggregation: 'sum' });
    expectProblem(kind, {
      status: 409,
      code: 'conflict',
      pointer: '/body/aggregation',
      says: 'stored as average components',
    });
    const grain = await editor.request('PATCH', `/api/metrics/${visits.id}`, {
      baseGrain: 'week',
      name: 'Visits',
    });
    expectProblem(grain, {
      status: 409,
      code: 'conflict',
      pointer: '/body/baseGrain',
      says: 'for day periods',
    });
    expect(await snapshot(db, TABLES)).toEqual(before);
    // Everything else may still change, and restating the same kind is no change.
    const renamed = await editor.request('PATCH', `/api/metrics/${visits.id}`, {
      name: 'Visits',
      aggregation: 'average',
    });
    expect(renamed.json()).toMatchObject({ name: 'Visits', aggregation: 'average' });
  });
});
