import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { dialectOf } from '../../db/connection';
import type { Database, DataPointRevisionsTable, DataPointsTable } from '../../db/schema';
import { bulkInsert, type BulkColumns } from './bulk-insert';
import { chunked, METRIC_DEF_COLUMNS, toMetricDef, type MetricDef } from './data-points.rows';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored point as the ingest needs it: to compare, and to keep as a revision when it changes. */
export type ExistingPoint = Pick<
  Selectable<DataPointsTable>,
  | 'id'
  | 'metric_id'
  | 'period_key'
  | 'dim_key'
  | 'value'
  | 'sum'
  | 'count'
  | 'numerator'
  | 'denominator'
  | 'at'
  | 'source'
  | 'note'
  | 'revision'
  | 'updated_at'
  | 'updated_by'
>;

/** The days a batch touches in one metric: existing points are looked up by this range. */
export interface MetricRange {
  metricId: string;
  from: string;
  to: string;
}

const ID_CHUNK = 500;
const COMPONENT_COLUMNS = [
  ['value', 'double precision'],
  ['sum', 'double precision'],
  ['count', 'double precision'],
  ['numerator', 'double precision'],
  ['denominator', 'double precision'],
  ['at', 'text'],
] as const;

const POINT_COLUMNS: BulkColumns<Insertable<DataPointsTable>> = [
  ['id', 'text'],
  ['metric_id', 'text'],
  ['period_key', 'text'],
  ['period_start', 'text'],
  ['dim_key', 'text'],
  ...COMPONENT_COLUMNS,
  ['source', 'text'],
  ['note', 'text'],
  ['revision', 'integer'],
  ['created_at', 'text'],
  ['created_by', 'text'],
  ['updated_at', 'text'],
  ['updated_by', 'text'],
];

/** What a correction changes; id and created_* stay. */
const REVISED = [
  ...COMPONENT_COLUMNS.map(([name]) => name),
  'source',
  'note',
  'revision',
  'updated_at',
  'updated_by',
] as const;

const REVISE_CONFLICT = `on conflict (metric_id, period_key, dim_key) do update set ${REVISED.map(
  (c) => `"${c}" = excluded."${c}"`,
).join(', ')}`;

const REVISION_COLUMNS: BulkColumns<Insertable<DataPointRevisionsTable>> = [
  ['id', 'text'],
  ['data_point_id', 'text'],
  ['revision', 'integer'],
  ...COMPONENT_COLUMNS,
  ['source', 'text'],
  ['note', 'text'],
  ['written_by', 'text'],
  ['written_at', 'text'],
  ['changed_by', 'text'],
  ['changed_at', 'text'],
];

/** All SQL of the batch write: metrics, ownership, existing points, inserts and revisions. */
export class DataPointsRepository {
  constructor(private readonly db: Db) {}

  async metricsByIds(workspaceId: string, ids: readonly string[]): Promise<MetricDef[]> {
    const out: MetricDef[] = [];
    for (const chunk of chunked(ids, ID_CHUNK)) {
      const rows = await this.db
        .selectFrom('metrics')
        .select(METRIC_DEF_COLUMNS)
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', chunk)
        .execute();
      out.push(...rows.map(toMetricDef));
    }
    return out;
  }

  async metricsByKeys(workspaceId: string, keys: readonly string[]): Promise<MetricDef[]> {
    const out: MetricDef[] = [];
    for (const chunk of chunked(keys, ID_CHUNK)) {
      const rows = await this.db
        .selectFrom('metrics')
        .select(METRIC_DEF_COLUMNS)
        .where('workspace_id', '=', workspaceId)
        .where('key', 'in', chunk)
        .execute();
      out.push(...rows.map(toMetricDef));
    }
    return out;
  }

  /** The metrics among `metricIds` on which the user owns an active KPI. */
  async ownedMetricIds(
    workspaceId: string,
    userId: string,
    metricIds: readonly string[],
  ): Promise<Set<string>> {
    const owned = new Set<string>();
    for (const chunk of chunked(metricIds, ID_CHUNK)) {
      const rows = await this.db
        .selectFrom('kpis')
        .select('metric_id')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .where('owner_id', '=', userId)
        .where('archived_at', 'is', null)
        .where('metric_id', 'in', chunk)
        .execute();
      for (const row of rows) owned.add(row.metric_id);
    }
    return owned;
  }

  /**
   * PostgreSQL: locks the metrics' rows, in id order (no deadlocks), so two batches on the same
   * metric take turns and the "is it new?" look-up stays true until commit. SQLite needs nothing:
   * the write transaction already holds the database's one write lock.
   */
  async lockMetrics(ids: readonly string[]): Promise<void> {
    if (dialectOf(this.db) !== 'postgres') return;
    for (const chunk of chunked([...ids].sort(), ID_CHUNK)) {
      await this.db
        .selectFrom('metrics')
        .select('id')
        .where('id', 'in', chunk)
        .orderBy('id')
        .forUpdate()
        .execute();
    }
  }

  /**
   * The stored points in each metric's range (through the (metric_id, period_start) index); the
   * caller matches them to the batch by key. One statement per group of metrics, not per item.
   */
  async existingIn(ranges: readonly MetricRange[]): Promise<ExistingPoint[]> {
    const out: ExistingPoint[] = [];
    for (const chunk of chunked(ranges, 200)) {
      const rows = await this.db
        .selectFrom('data_points')
        .select([
          'id',
          'metric_id',
          'period_key',
          'dim_key',
          'value',
          'sum',
          'count',
          'numerator',
          'denominator',
          'at',
          'source',
          'note',
          'revision',
          'updated_at',
          'updated_by',
        ])
        .where((eb) =>
          eb.or(
            chunk.map((r) =>
              eb.and([
                eb('metric_id', '=', r.metricId),
                eb('period_start', '>=', r.from),
                eb('period_start', '<=', r.to),
              ]),
            ),
          ),
        )
        .execute();
      out.push(...rows);
    }
    return out;
  }

  /** New points, in bulk. */
  insertPoints(rows: readonly Insertable<DataPointsTable>[]): Promise<void> {
    return bulkInsert(this.db, 'data_points', POINT_COLUMNS, rows);
  }

  /**
   * Changed points, in bulk: an upsert whose conflict is certain (the rows exist and are locked)
   * updates the value, provenance and revision and keeps id and created_*.
   */
  revisePoints(rows: readonly Insertable<DataPointsTable>[]): Promise<void> {
    return bulkInsert(this.db, 'data_points', POINT_COLUMNS, rows, REVISE_CONFLICT);
  }

  insertRevisions(rows: readonly Insertable<DataPointRevisionsTable>[]): Promise<void> {
    return bulkInsert(this.db, 'data_point_revisions', REVISION_COLUMNS, rows);
  }

  /** Marks when the metrics' data last changed (freshness, staleness, caches). */
  async touchMetrics(ids: readonly string[], at: string): Promise<void> {
    for (const chunk of chunked(ids, ID_CHUNK)) {
      await this.db
        .updateTable('metrics')
        .set({ data_updated_at: at })
        .where('id', 'in', chunk)
        .execute();
    }
  }
}
