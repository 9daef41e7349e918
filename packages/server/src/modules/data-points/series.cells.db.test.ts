import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import { SeriesRepository } from './series.repository';
import { insertMetric, post } from './test-fixtures';

describeEachEngine('series cells in SQL', (engine) => {
  it('puts each point in its period, back-to-back periods or not', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const calendar = await app.services.workspace.calendar(workspaceId);
    const orders = await insertMetric(db, workspaceId, { key: 'orders', dimensions: ['region'] });
    const stock = await insertMetric(db, workspaceId, { key: 'stock', aggregation: 'last' });
    const sum = (periodKey: string, region: string, value: number) => ({
      metricId: orders,
      periodKey,
      dimensions: { region },
      components: { sum: value },
    });
    const level = (periodKey: string, value: number) => ({
      metricId: stock,
      periodKey,
      components: { value },
    });
    const items = [
      sum('2026-01-05', 'EU', 2),
      sum('2026-01-31', 'EU', 3),
      sum('2026-02-01', 'EU', 7),
      sum('2026-03-03', 'US', 4),
      sum('2026-04-01', 'US', 100), // after the last period
      level('2026-01-10', 40),
      level('2026-01-30', 42),
      level('2026-03-01', 45),
    ];
    expect((await post(admin, items)).statusCode).toBe(200);

    const repo = new SeriesRepository(db);
    const months = ['2026-01', '2026-02', '2026-03'].map((k) => calendar.parseKey(k));
    const cells = async (metricId: string, kind: 'sum' | 'last', keys: string[]) =>
      (
        await repo.cells(
          metricId,
          kind,
          months.filter((m) => keys.includes(m.key)),
        )
      )
        .map((c) => [c.period.key, c.dimKey, c.components, c.pointCount])
        .sort((a, b) => (`${a[0]}${a[1]}` < `${b[0]}${b[1]}` ? -1 : 1));
    const all = ['2026-01', '2026-02', '2026-03'];
    expect(await cells(orders, 'sum', all)).toEqual([
      ['2026-01', '{"region":"EU"}', { sum: 5 }, 2],
      ['2026-02', '{"region":"EU"}', { sum: 7 }, 1],
      ['2026-03', '{"region":"US"}', { sum: 4 }, 1],
    ]);
    // January and March only: February's point belongs to neither.
    expect(await cells(orders, 'sum', ['2026-01', '2026-03'])).toEqual([
      ['2026-01', '{"region":"EU"}', { sum: 5 }, 2],
      ['2026-03', '{"region":"US"}', { sum: 4 }, 1],
    ]);
    // A stock's month is its last observation (a day's `at` is that day).
    expect(await cells(stock, 'last', all)).toEqual([
      ['2026-01', '{}', { value: 42, at: '2026-01-30' }, 2],
      ['2026-03', '{}', { value: 45, at: '2026-03-01' }, 1],
    ]);
    expect(await cells(stock, 'last', ['2026-01', '2026-03'])).toEqual([
      ['2026-01', '{}', { value: 42, at: '2026-01-30' }, 2],
      ['2026-03', '{}', { value: 45, at: '2026-03-01' }, 1],
    ]);
    await app.close();
  });
});
