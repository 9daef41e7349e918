import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AggregationKind, Metric, MetricListQuery, MetricUnit } from '@vitals/core';
import type { Database, MetricsTable } from '../../db/schema';
import { containsText } from '../../db/search';
import type { PageWindow } from '../../http/paging';

type Db = Kysely<Database> | Transaction<Database>;

export function toMetric(row: Selectable<MetricsTable>): Metric {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    key: row.key,
    name: row.name,
    description: row.description,
    unit: JSON.parse(row.unit) as MetricUnit,
    aggregation: row.aggregation,
    baseGrain: row.base_grain,
    dimensions: JSON.parse(row.dimensions) as string[],
    sourceKind: row.source_kind,
    formula: row.formula,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** The metric's own columns; `data_updated_at` belongs to data point writes. */
function fromMetric(m: Metric): Omit<MetricsTable, 'data_updated_at'> {
  return {
    id: m.id,
    workspace_id: m.workspaceId,
    key: m.key,
    name: m.name,
    description: m.description,
    unit: JSON.stringify(m.unit),
    aggregation: m.aggregation,
    base_grain: m.baseGrain,
    dimensions: JSON.stringify(m.dimensions),
    source_kind: m.sourceKind,
    formula: m.formula,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    archived_at: m.archivedAt,
  };
}

/** All SQL of metric definitions. */
export class MetricsRepository {
  constructor(private readonly db: Db) {}

  async byId(workspaceId: string, id: string): Promise<Metric | undefined> {
    const row = await this.db
      .selectFrom('metrics')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toMetric(row);
  }

  /**
   * Every metric key of the workspace (archived too: their data still answers formulas) with the
   * formula of formula metrics, null for the others.
   */
  async kindsByKey(workspaceId: string): Promise<Map<string, AggregationKind>> {
    const rows = await this.db
      .selectFrom('metrics')
      .select(['key', 'aggregation'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    return new Map(rows.map((r) => [r.key, r.aggregation]));
  }

  async formulasByKey(workspaceId: string): Promise<Map<string, string | null>> {
    const rows = await this.db
      .selectFrom('metrics')
      .select(['key', 'formula'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    return new Map(rows.map((r) => [r.key, r.formula]));
  }

  async hasDataPoints(metricId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('data_points')
      .select('id')
      .where('metric_id', '=', metricId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(metric: Metric): Promise<void> {
    await this.db
      .insertInto('metrics')
      .values({ ...fromMetric(metric), data_updated_at: null })
      .execute();
  }

  async update(metric: Metric): Promise<void> {
    await this.db
      .updateTable('metrics')
      .set({ ...fromMetric(metric), id: undefined, workspace_id: undefined, created_at: undefined })
      .where('id', '=', metric.id)
      .execute();
  }

  /** One page (`limit + 1` rows, see `toPage`) of the workspace's metrics, and how many match in all. */
  async list(
    workspaceId: string,
    q: MetricListQuery,
    window: PageWindow,
  ): Promise<{ metrics: Metric[]; total: number }> {
    let query = this.db.selectFrom('metrics').where('workspace_id', '=', workspaceId);
    if (q.sourceKind) query = query.where('source_kind', '=', q.sourceKind);
    if (q.aggregation) query = query.where('aggregation', '=', q.aggregation);
    if (q.archived === 'false') query = query.where('archived_at', 'is', null);
    if (q.archived === 'true') query = query.where('archived_at', 'is not', null);
    const search = q.search;
    if (search)
      query = query.where((eb) => containsText(eb, ['key', 'name', 'description'], search));
    const { count } = await query
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    // Names sort case-insensitively on both engines (keys are lower case); ids break ties.
    const sortBy =
      q.sort === 'name' ? sql`lower(name)` : q.sort === 'key' ? sql.ref('key') : sql`created_at`;
    const rows = await query
      .selectAll()
      .orderBy(sortBy, q.order)
      .orderBy('id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return { metrics: rows.map(toMetric), total: Number(count) };
  }
}
