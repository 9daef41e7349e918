import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import { insertMetric, post } from './test-fixtures';

/*
 * A series read starts its roll-up on what the previous read of the metric found; these change
 * the definition between reads and expect the new one to be used all the same.
 */
describeEachEngine('series read after its definition changes', (engine) => {
  it('rolls up by the kind and calendar it finds, not the previous read’s', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId, {
      key: 'peak',
      aggregation: 'min',
      dimensions: ['region'],
    });
    const point = (periodKey: string, region: string, value: number) => ({
      metricId,
      periodKey,
      dimensions: { region },
      components: { value },
    });
    const res = await post(admin, [
      point('2026-01-10', 'EU', 3),
      point('2026-02-20', 'EU', 9),
      point('2026-04-05', 'EU', 5),
      point('2026-01-15', 'US', 4),
    ]);
    expect(res.statusCode).toBe(200);
    const read = async (grain: 'month' | 'quarter') => {
      const s = await app.services.series.read({
        workspaceId,
        metricId,
        grain,
        from: '2026-01-01',
        to: '2026-04-30',
        breakdown: ['region'],
      });
      return s.rows.map((r) => [r.start, r.dimensions['region'], r.value]);
    };
    const byMonth = [
      ['2026-01-01', 'EU', 3],
      ['2026-01-01', 'US', 4],
      ['2026-02-01', 'EU', 9],
      ['2026-04-01', 'EU', 5],
    ];
    expect(await read('month')).toEqual(byMonth);
    expect(await read('month')).toEqual(byMonth);

    await db
      .updateTable('metrics')
      .set({ aggregation: 'max' })
      .where('id', '=', metricId)
      .execute();
    // The first quarter's EU minimum, min(3, 9) = 3, is now a maximum: 9.
    expect(await read('quarter')).toEqual([
      ['2026-01-01', 'EU', 9],
      ['2026-01-01', 'US', 4],
      ['2026-04-01', 'EU', 5],
    ]);

    // Fiscal years from February: quarters Nov–Jan and Feb–Apr.
    await db
      .updateTable('workspaces')
      .set({ fiscal_year_start_month: 2 })
      .where('id', '=', workspaceId)
      .execute();
    expect(await read('quarter')).toEqual([
      ['2025-11-01', 'EU', 3],
      ['2025-11-01', 'US', 4],
      ['2026-02-01', 'EU', 9],
    ]);
  });
});
