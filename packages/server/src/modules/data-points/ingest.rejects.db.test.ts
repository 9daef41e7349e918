import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';
import { days, insertMetric, post, problemOf, storeCounts } from './test-fixtures';

describeEachEngine('data point batch write: bad input', (engine) => {
  let app: App;
  let admin: Client;
  let workspaceId: string;
  const clock = new Date('2026-03-01T09:00:00.000Z');
  let signups: string;
  let conversion: string;
  let headcount: string;

  beforeAll(async () => {
    ({ app, admin, workspaceId } = await setUpApp(engine().db, { now: () => clock }));
    const db = engine().db;
    signups = await insertMetric(db, workspaceId, { key: 'signups', dimensions: ['region'] });
    conversion = await insertMetric(db, workspaceId, { key: 'conversion', aggregation: 'ratio' });
    headcount = await insertMetric(db, workspaceId, {
      key: 'headcount',
      aggregation: 'last',
      baseGrain: 'month',
    });
    await insertMetric(db, workspaceId, { key: 'old_metric', archived: true });
    await insertMetric(db, workspaceId, { key: 'cac', formula: 'spend / signups' });
  });
  afterAll(async () => {
    await app.close();
  });

  const signup = (periodKey: string, region: string, sum: number) => ({
    metricId: signups,
    periodKey,
    dimensions: { region },
    components: { sum },
  });

  it('rejects a whole batch with one bad item and writes nothing', async () => {
    const before = await storeCounts(engine().db);
    const items = days('2026-01-01', 20).map((d) => ({
      metricId: conversion,
      periodKey: d,
      components: { numerator: 3, denominator: 40 },
    }));
    items[12] = { ...items[12]!, components: { numerator: 3 } as never };
    const res = await post(admin, items);
    expect(res.statusCode).toBe(422);
    const problem = problemOf(res);
    expect(problem.code).toBe('batch_rejected');
    expect(problem.errors).toEqual([
      {
        item: 12,
        pointer: '/body/items/12/components/denominator',
        message: 'denominator is required',
      },
    ]);
    expect(await storeCounts(engine().db)).toEqual(before);
  });

  it('applies the valid items in partial mode and reports the rest', async () => {
    const before = await storeCounts(engine().db);
    const res = await post(
      admin,
      [
        {
          metricId: conversion,
          periodKey: '2026-01-01',
          components: { numerator: 1, denominator: 10 },
        },
        {
          metricId: conversion,
          periodKey: '2026-01',
          components: { numerator: 1, denominator: 10 },
        },
        {
          metricKey: 'conversion',
          periodKey: '2026-01-02',
          components: { numerator: 2, denominator: 10 },
        },
      ],
      'partial',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ applied: 2, created: 2, revised: 0, unchanged: 0 });
    expect(res.json().rejected).toEqual([
      {
        item: 1,
        pointer: '/body/items/1/periodKey',
        message: expect.stringContaining(
          '"2026-01" is a month, but metric "conversion" stores days',
        ),
      },
    ]);
    expect((await storeCounts(engine().db)).points).toBe(before.points + 2);
  });

  it('names each kind of bad item precisely and writes nothing', async () => {
    const before = await storeCounts(engine().db);
    const unknown = '0badc0de-0000-4000-8000-000000000001';
    const res = await post(admin, [
      { metricId: unknown, periodKey: '2026-01-01', components: { sum: 1 } },
      {
        metricId: signups,
        periodKey: '2026-01-01',
        dimensions: { region: 'EU', team: 'a' },
        components: { sum: 1 },
      },
      { metricId: signups, periodKey: '2026-01-01', components: { sum: 1 } },
      { metricId: conversion, periodKey: '2026-01-05', components: { sum: 1 } },
      {
        metricId: signups,
        periodKey: '2026-02-30',
        dimensions: { region: 'EU' },
        components: { sum: 1 },
      },
      signup('2026-01-07', 'EU', 1),
      signup('2026-01-07', 'EU', 2),
      { metricKey: 'old_metric', periodKey: '2026-01-01', components: { sum: 1 } },
      { metricKey: 'cac', periodKey: '2026-01-01', components: { value: 1 } },
      { metricId: headcount, periodKey: '2026-02', components: { value: 40, at: '2026-03-03' } },
      { periodKey: '2026-01-01', components: { sum: 1 } },
      'not an object',
    ]);
    expect(res.statusCode).toBe(422);
    const errors = problemOf(res).errors ?? [];
    const at = (item: number) => errors.filter((e) => e.item === item);
    expect(at(0)).toEqual([
      {
        item: 0,
        pointer: '/body/items/0/metricId',
        message: `no metric with id "${unknown}" in this workspace`,
      },
    ]);
    expect(at(1)).toEqual([
      expect.objectContaining({
        pointer: '/body/items/1/dimensions/team',
        message: 'metric "signups" has no dimension "team" (its dimensions: region)',
      }),
    ]);
    expect(at(2)[0]?.message).toBe('missing a value for dimension "region" of metric "signups"');
    expect(
      at(3)
        .map((e) => e.pointer)
        .sort(),
    ).toEqual([
      '/body/items/3/components/denominator',
      '/body/items/3/components/numerator',
      '/body/items/3/components/sum',
    ]);
    expect(at(3).find((e) => e.pointer.endsWith('/sum'))?.message).toBe(
      'unknown field "sum" (a ratio metric takes numerator and denominator)',
    );
    expect(at(4)[0]).toMatchObject({ pointer: '/body/items/4/periodKey' });
    expect(at(5)[0]?.message).toContain('duplicated by item 6');
    expect(at(6)[0]?.message).toContain('duplicates item 5');
    expect(at(7)[0]?.message).toContain('archived');
    expect(at(8)[0]?.message).toContain('is a formula');
    expect(at(9)[0]).toMatchObject({
      pointer: '/body/items/9/components/at',
      message: expect.stringContaining('outside the period 2026-02'),
    });
    expect(at(10)[0]?.message).toContain('metricId or as metricKey');
    expect(at(11)[0]).toMatchObject({ pointer: '/body/items/11' });
    expect(await storeCounts(engine().db)).toEqual(before);
  });

  it('refuses an oversized batch, an empty one and malformed JSON, changing nothing', async () => {
    const before = await storeCounts(engine().db);
    const huge = Array.from({ length: 50_001 }, () => ({}));
    const big = await post(admin, huge);
    expect(big.statusCode).toBe(413);
    expect(problemOf(big)).toMatchObject({ code: 'payload_too_large' });
    expect(problemOf(big).errors?.[0]?.pointer).toBe('/body/items');
    const empty = await post(admin, []);
    expect(empty.statusCode).toBe(400);
    expect(problemOf(empty).errors?.[0]?.pointer).toBe('/body/items');
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/data-points',
      headers: { 'content-type': 'application/json' },
      payload: '{"items": [',
    });
    expect(malformed.statusCode).toBe(400);
    expect(problemOf(malformed).code).toBe('malformed_json');
    expect(await storeCounts(engine().db)).toEqual(before);
  });

  it('answers 404 for the history of an unknown data point', async () => {
    const res = await admin.request(
      'GET',
      '/api/data-points/0badc0de-0000-4000-8000-000000000002/revisions',
    );
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).detail).toContain('data point');
  });
});
