import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AggregationKind, DateWindow, DimensionFilter } from '@vitals/core';
import { dialectOf } from '../../db/connection';
import { precompiled } from '../../db/precompiled';
import type { Database, DataPointsTable } from '../../db/schema';
import { chunked, METRIC_DEF_COLUMNS, toMetricDef, type MetricDef } from './data-points.rows';

type Db = Kysely<Database> | Transaction<Database>;

/** A metric joined with its workspace's calendar settings, compiled once (a series' first read). */
const metricWithSettingsQuery = precompiled((db: Db, workspaceId: string, id: string) =>
  db
    .selectFrom('metrics')
    .innerJoin('workspaces', 'workspaces.id', 'metrics.workspace_id')
    .select(METRIC_DEF_COLUMNS.map((c) => `metrics.${c}` as const))
    .select([
      'workspaces.time_zone as time_zone',
      'workspaces.week_starts_on as week_starts_on',
      'workspaces.fiscal_year_start_month as fiscal_year_start_month',
    ])
    .where('metrics.workspace_id', '=', workspaceId)
    .where('metrics.id', '=', id)
    .compile(),
);

/** The narrow row series and evaluations read: no provenance text, no note. */
export type RawPointRow = Pick<
  Selectable<DataPointsTable>,
  | 'id'
  | 'metric_id'
  | 'period_key'
  | 'period_start'
  | 'dim_key'
  | 'value'
  | 'sum'
  | 'count'
  | 'numerator'
  | 'denominator'
  | 'at'
  | 'revision'
  | 'updated_at'
>;

/** What measuring a point of a known kind needs: its metric, start, series and that kind's columns. */
export type MeasuredPointRow = Pick<RawPointRow, 'metric_id' | 'period_start' | 'dim_key'> &
  Partial<Pick<RawPointRow, 'value' | 'sum' | 'count' | 'numerator' | 'denominator' | 'at'>>;

/** The columns a roll-up in memory reads of each point. */
export type SeriesPointRow = Omit<MeasuredPointRow, 'metric_id'>;

const RAW_COLUMNS = [
  'id',
  'metric_id',
  'period_key',
  'period_start',
  'dim_key',
  'value',
  'sum',
  'count',
  'numerator',
  'denominator',
  'at',
  'revision',
  'updated_at',
] as const satisfies readonly (keyof RawPointRow)[];

const KIND_COLUMNS = {
  sum: ['sum'],
  average: ['sum', 'count'],
  ratio: ['numerator', 'denominator'],
  last: ['value', 'at'],
  first: ['value', 'at'],
  min: ['value'],
  max: ['value'],
  distinct: ['value'],
} as const satisfies Record<AggregationKind, readonly (keyof RawPointRow)[]>;

export interface PointListQuery {
  metricId: string;
  from?: string;
  to?: string;
  filter: DimensionFilter;
  limit: number;
  offset: number;
  order: 'asc' | 'desc';
}

/** All SQL that reads data points: raw ranges, pages of points, one point and its revisions. */
export class PointsRepository {
  constructor(private readonly db: Db) {}

  async metricById(workspaceId: string, id: string): Promise<MetricDef | undefined> {
    const row = await this.db
      .selectFrom('metrics')
      .select(METRIC_DEF_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toMetricDef(row);
  }

  /**
   * A metric with its workspace's calendar settings, in one query (a series needs both before
   * anything else, and each query is a round trip).
   */
  async metricWithSettings(workspaceId: string, id: string) {
    const [row] = await metricWithSettingsQuery(this.db, workspaceId, id);
    if (!row) return undefined;
    const settings = {
      id: workspaceId,
      timeZone: row.time_zone,
      weekStartsOn: row.week_starts_on,
      fiscalYearStartMonth: row.fiscal_year_start_month,
    };
    return { metric: toMetricDef(row), settings };
  }

  async metricsByKeys(workspaceId: string, keys: readonly string[]): Promise<MetricDef[]> {
    if (keys.length === 0) return [];
    const rows = await this.db
      .selectFrom('metrics')
      .select(METRIC_DEF_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('key', 'in', keys)
      .execute();
    return rows.map(toMetricDef);
  }

  async metricsByIds(ids: readonly string[]): Promise<MetricDef[]> {
    const out: MetricDef[] = [];
    for (const chunk of chunked(ids, 500)) {
      const rows = await this.db
        .selectFrom('metrics')
        .select(METRIC_DEF_COLUMNS)
        .where('id', 'in', chunk)
        .execute();
      out.push(...rows.map(toMetricDef));
    }
    return out;
  }

  /** The points of the metrics whose period starts in `[from, to)`, by metric and start. */
  raw(metricIds: readonly string[], from: string, to: string): Promise<RawPointRow[]> {
    return this.inWindows(RAW_COLUMNS, metricIds, [{ start: from, end: to }], true);
  }

  /**
   * The points of metrics of one kind whose period starts in one of the windows, with only what
   * measuring needs: the metric, start, series and the kind's columns (4 or 5 columns instead of
   * 13), in no particular order (sorting cost PostgreSQL a third of the read). One query for all
   * windows: on PostgreSQL each query is a round trip.
   */
  measured(
    metricIds: readonly string[],
    kind: AggregationKind,
    windows: readonly DateWindow[],
  ): Promise<MeasuredPointRow[]> {
    const columns = ['metric_id', 'period_start', 'dim_key', ...KIND_COLUMNS[kind]] as const;
    return this.inWindows(columns, metricIds, windows, false);
  }

  private async inWindows<C extends keyof RawPointRow>(
    columns: readonly C[],
    metricIds: readonly string[],
    windows: readonly DateWindow[],
    ordered: boolean,
  ): Promise<Pick<RawPointRow, C>[]> {
    const out: Pick<RawPointRow, C>[] = [];
    if (windows.length === 0) return out;
    for (const chunk of chunked(metricIds, 500)) {
      let query = this.db
        .selectFrom('data_points')
        .select(columns)
        .where('metric_id', 'in', chunk)
        .where((eb) =>
          eb.or(
            windows.map((w) =>
              eb.and([eb('period_start', '>=', w.start), eb('period_start', '<', w.end)]),
            ),
          ),
        );
      if (ordered) query = query.orderBy('metric_id').orderBy('period_start');
      const rows = await query.execute();
      // Kysely cannot narrow a generic column list; the rows hold exactly `columns`. A loop, not
      // push(...rows): a chunk can hold more rows than a call takes arguments.
      for (const row of rows as unknown as Pick<RawPointRow, C>[]) out.push(row);
    }
    return out;
  }

  /**
   * The narrowest read of one metric's points in `[from, to)`: the start, the series and only the
   * columns of the metric's kind, in start order (what a roll-up in memory needs, nothing more).
   */
  series(
    metricId: string,
    kind: AggregationKind,
    from: string,
    to: string,
  ): Promise<SeriesPointRow[]> {
    return this.db
      .selectFrom('data_points')
      .select(['period_start', 'dim_key', ...KIND_COLUMNS[kind]])
      .where('metric_id', '=', metricId)
      .where('period_start', '>=', from)
      .where('period_start', '<', to)
      .orderBy('period_start')
      .execute() as Promise<SeriesPointRow[]>;
  }

  /** One page of a metric's points, by period start, filtered exactly by dimension values. */
  list(q: PointListQuery): Promise<Selectable<DataPointsTable>[]> {
    let query = this.db.selectFrom('data_points').selectAll().where('metric_id', '=', q.metricId);
    if (q.from) query = query.where('period_start', '>=', q.from);
    if (q.to) query = query.where('period_start', '<=', q.to);
    const postgres = dialectOf(this.db) === 'postgres';
    for (const [name, values] of Object.entries(q.filter)) {
      // Names are checked identifiers; still bound as parameters, never spliced into the SQL.
      const value = postgres
        ? sql<string>`(cast(dim_key as jsonb) ->> ${name})`
        : sql<string>`json_extract(dim_key, ${`$.${name}`})`;
      query = query.where(value, 'in', values);
    }
    return query
      .orderBy('period_start', q.order)
      .orderBy('dim_key', q.order)
      .limit(q.limit + 1)
      .offset(q.offset)
      .execute();
  }

  /** A point with its metric, only within the workspace. */
  async pointInWorkspace(workspaceId: string, id: string) {
    const point = await this.db
      .selectFrom('data_points')
      .selectAll('data_points')
      .innerJoin('metrics', 'metrics.id', 'data_points.metric_id')
      .select('metrics.aggregation as aggregation')
      .where('metrics.workspace_id', '=', workspaceId)
      .where('data_points.id', '=', id)
      .executeTakeFirst();
    return point;
  }

  /** The values a point held before, oldest first. */
  revisionsOf(pointId: string) {
    return this.db
      .selectFrom('data_point_revisions')
      .selectAll()
      .where('data_point_id', '=', pointId)
      .orderBy('revision')
      .execute();
  }
}
