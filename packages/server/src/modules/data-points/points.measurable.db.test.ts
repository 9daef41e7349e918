import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import { insertMetric, post } from './test-fixtures';

describeEachEngine('points read for measuring', (engine) => {
  it('gives the same points as the full read, of each kind, with only what measuring needs', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const signups = await insertMetric(db, workspaceId, { key: 'signups', dimensions: ['region'] });
    const conversion = await insertMetric(db, workspaceId, { key: 'conv', aggregation: 'ratio' });
    const headcount = await insertMetric(db, workspaceId, { key: 'hc', aggregation: 'last' });
    const items = [
      {
        metricId: signups,
        periodKey: '2026-02-01',
        dimensions: { region: 'EU' },
        components: { sum: 5 },
      },
      {
        metricId: signups,
        periodKey: '2026-02-01',
        dimensions: { region: 'US' },
        components: { sum: 7 },
      },
      {
        metricId: signups,
        periodKey: '2026-02-03',
        dimensions: { region: 'EU' },
        components: { sum: 2 },
      },
      {
        metricId: signups,
        periodKey: '2026-03-01',
        dimensions: { region: 'EU' },
        components: { sum: 9 },
      },
      {
        metricId: conversion,
        periodKey: '2026-02-02',
        components: { numerator: 3, denominator: 40 },
      },
      {
        metricId: headcount,
        periodKey: '2026-02-02',
        components: { value: 41, at: '2026-02-02T17:00:00.000Z' },
      },
    ];
    expect((await post(admin, items)).statusCode).toBe(200);

    const ids = [signups, conversion, headcount];
    const full = await app.services.points.read(ids, '2026-02-01', '2026-03-01');
    const narrow = await app.services.points.readMeasurable(
      [
        { id: signups, aggregation: 'sum' },
        { id: conversion, aggregation: 'ratio' },
        { id: headcount, aggregation: 'last' },
      ],
      '2026-02-01',
      '2026-03-01',
    );
    for (const id of ids) {
      const expected = (full.get(id) ?? []).map((p) => ({
        metricId: p.metricId,
        start: p.start,
        series: p.series,
        dimensions: p.dimensions,
        components: p.components,
      }));
      expect(narrow.get(id)).toEqual(expected);
    }
    // Hand-checked: March is outside [February, March); the EU series of 1 Feb comes first.
    expect(narrow.get(signups)?.map((p) => [p.start, p.dimensions, p.components])).toEqual([
      ['2026-02-01', { region: 'EU' }, { sum: 5 }],
      ['2026-02-01', { region: 'US' }, { sum: 7 }],
      ['2026-02-03', { region: 'EU' }, { sum: 2 }],
    ]);
    expect(narrow.get(conversion)?.[0]?.components).toEqual({ numerator: 3, denominator: 40 });
    expect(narrow.get(headcount)?.[0]?.components).toEqual({
      value: 41,
      at: '2026-02-02T17:00:00.000Z',
    });
    await app.close();
  });
});
