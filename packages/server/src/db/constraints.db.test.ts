import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../test-support/engines';
import type { Database, DataPointsTable, MetricsTable } from './schema';

const NOW = '2026-11-23T10:00:00.000Z';
const ACTOR = 'system:test';

function metricRow(workspaceId: string, key: string): Insertable<MetricsTable> {
  return {
    id: randomUUID(),
    workspace_id: workspaceId,
    key,
    name: key,
    description: '',
    unit: JSON.stringify({ kind: 'count' }),
    aggregation: 'sum',
    base_grain: 'day',
    dimensions: JSON.stringify(['region']),
    source_kind: 'push',
    formula: null,
    data_updated_at: null,
    created_at: NOW,
    updated_at: NOW,
    archived_at: null,
  };
}

function pointRow(
  metricId: string,
  day: string,
  dimKey = '{}',
  sum = 1,
): Insertable<DataPointsTable> {
  return {
    id: randomUUID(),
    metric_id: metricId,
    period_key: day,
    period_start: day,
    dim_key: dimKey,
    value: null,
    sum,
    count: null,
    numerator: null,
    denominator: null,
    at: null,
    source: 'push',
    note: '',
    revision: 1,
    created_at: NOW,
    created_by: ACTOR,
    updated_at: NOW,
    updated_by: ACTOR,
  };
}

async function insertWorkspace(db: Kysely<Database>): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('workspaces')
    .values({
      id,
      name: 'Acme',
      time_zone: 'Europe/Berlin',
      week_starts_on: 1,
      fiscal_year_start_month: 1,
      currency: 'EUR',
      locale: 'de-DE',
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

const countPoints = async (db: Kysely<Database>, metricId: string) =>
  (await db.selectFrom('data_points').select('id').where('metric_id', '=', metricId).execute())
    .length;

describeEachEngine('store constraints', (engine) => {
  let workspaceId = '';
  beforeAll(async () => {
    workspaceId = await insertWorkspace(engine().db);
  });

  it('keeps one data point per metric, period and dimension values', async () => {
    const { db } = engine();
    const metric = metricRow(workspaceId, 'signups');
    await db.insertInto('metrics').values(metric).execute();
    await db.insertInto('data_points').values(pointRow(metric.id, '2026-11-20')).execute();
    await db
      .insertInto('data_points')
      .values(pointRow(metric.id, '2026-11-20', '{"region":"EU"}'))
      .execute();
    await expect(
      db.insertInto('data_points').values(pointRow(metric.id, '2026-11-20')).execute(),
    ).rejects.toThrow(/unique/i);
    expect(await countPoints(db, metric.id)).toBe(2);
  });

  it('upserts on the identity: the same key updates the row in place', async () => {
    const { db } = engine();
    const metric = metricRow(workspaceId, 'orders');
    await db.insertInto('metrics').values(metric).execute();
    for (const sum of [5, 7]) {
      await db
        .insertInto('data_points')
        .values(pointRow(metric.id, '2026-11-21', '{}', sum))
        .onConflict((oc) =>
          oc.columns(['metric_id', 'period_key', 'dim_key']).doUpdateSet((eb) => ({
            sum: eb.ref('excluded.sum'),
            revision: eb('data_points.revision', '+', 1),
          })),
        )
        .execute();
    }
    const rows = await db
      .selectFrom('data_points')
      .select(['sum', 'revision'])
      .where('metric_id', '=', metric.id)
      .execute();
    expect(rows).toEqual([{ sum: 7, revision: 2 }]);
  });

  it('refuses rows that point at nothing', async () => {
    const { db } = engine();
    await expect(
      db.insertInto('data_points').values(pointRow(randomUUID(), '2026-11-20')).execute(),
    ).rejects.toThrow(/foreign key/i);
    await expect(
      db.insertInto('metrics').values(metricRow(randomUUID(), 'orphan')).execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it('refuses to delete a metric that still has data points', async () => {
    const { db } = engine();
    const metric = metricRow(workspaceId, 'revenue');
    await db.insertInto('metrics').values(metric).execute();
    await db.insertInto('data_points').values(pointRow(metric.id, '2026-11-20')).execute();
    await expect(db.deleteFrom('metrics').where('id', '=', metric.id).execute()).rejects.toThrow(
      /foreign key/i,
    );
  });

  it('checks that an annotation belongs to exactly one of a metric or a KPI', async () => {
    const { db } = engine();
    await expect(
      db
        .insertInto('annotations')
        .values({
          id: randomUUID(),
          workspace_id: workspaceId,
          metric_id: null,
          kpi_id: null,
          from_date: '2026-11-20',
          to_date: null,
          text: 'Black Friday',
          author_id: null,
          created_at: NOW,
          updated_at: NOW,
        })
        .execute(),
    ).rejects.toThrow(/check/i);
  });

  it('rolls a failing transaction back as a whole', async () => {
    const { db } = engine();
    const metric = metricRow(workspaceId, 'tickets');
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('metrics').values(metric).execute();
        await trx.insertInto('data_points').values(pointRow(metric.id, '2026-11-19')).execute();
        await trx.insertInto('data_points').values(pointRow(metric.id, '2026-11-20')).execute();
        // The same identity again: the whole transaction must fail and leave no trace.
        await trx.insertInto('data_points').values(pointRow(metric.id, '2026-11-20')).execute();
      }),
    ).rejects.toThrow(/unique/i);
    expect(await countPoints(db, metric.id)).toBe(0);
    const metrics = await db
      .selectFrom('metrics')
      .select('id')
      .where('id', '=', metric.id)
      .execute();
    expect(metrics).toEqual([]);
  });
});
