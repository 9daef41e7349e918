import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import type { MeasurablePoint } from './points.service';
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
      [
        { start: '2026-02-01', end: '2026-02-03' },
        { start: '2026-02-03', end: '2026-03-01' },
      ],
    );
    // In no particular order: compare by start and series.
    const order = (a: MeasurablePoint, b: MeasurablePoint) =>
      a.start === b.start ? (a.series < b.series ? -1 : 1) : a.start < b.start ? -1 : 1;
    for (const id of ids) {
      const expected = (full.get(id) ?? []).map((p) => ({
        metricId: p.metricId,
        start: p.start,
        series: p.series,
        dimensions: p.dimensions,
        components: p.components,
      }));
      expect([...(narrow.get(id) ?? [])].sort(order)).toEqual(expected.sort(order));
    }
    // Hand-checked: March is outside both windows; February's three EU and US points are in.
    const signupPoints = [...(narrow.get(signups) ?? [])].sort(order);
    expect(signupPoints.map((p) => [p.start, p.dimensions, p.components])).toEqual([
      ['2026-02-01', { region: 'EU' }, { sum: 5 }],
      ['2026-02-01', { region: 'US' }, { sum: 7 }],
      ['2026-02-03', { region: 'EU' }, { sum: 2 }],
    ]);
    expect(narrow.get(conversion)?.[0]?.components).toEqual({ numerator: 3, denominator: 40 });
    expect(narrow.get(headcount)?.[0]?.components).toEqual({
      value: 41,
      at: '2026-02-02T17:00:00.000Z',
    });
    const gap = await app.services.points.readMeasurable(
      [{ id: signups, aggregation: 'sum' }],
      [
        { start: '2026-01-01', end: '2026-02-01' },
        { start: '2026-02-02', end: '2026-02-03' },
      ],
    );
    expect(gap.get(signups)).toEqual([]);
    await app.close();
  });
});
