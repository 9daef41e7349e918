import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Dashboard, DashboardListQuery, DashboardPeriodSetting } from '@vitals/core';
import type { Database, DashboardsTable } from '../../db/schema';
import { containsText } from '../../db/search';

type Db = Kysely<Database> | Transaction<Database>;

type PeriodColumns = Pick<
  DashboardsTable,
  | 'period'
  | 'period_grain'
  | 'period_count'
  | 'period_include_running'
  | 'period_from'
  | 'period_to'
>;

/** The period setting of a row: rows from before ranges have only `period`, and keep its meaning. */
function periodOf(row: PeriodColumns): DashboardPeriodSetting {
  if (row.period === 'last') {
    return {
      kind: 'last',
      grain: row.period_grain ?? 'month',
      n: row.period_count ?? 1,
      includeRunning: row.period_include_running === 1,
    };
  }
  if (row.period === 'custom') {
    const grain = row.period_grain ?? 'month';
    return { kind: 'custom', grain, from: row.period_from ?? '', to: row.period_to ?? '' };
  }
  return { kind: row.period };
}

function periodColumns(p: DashboardPeriodSetting): PeriodColumns {
  const none = { period_grain: null, period_count: null, period_include_running: null };
  const noKeys = { period_from: null, period_to: null };
  if (p.kind === 'last') {
    const running = p.includeRunning ? 1 : 0;
    return {
      ...noKeys,
      period: 'last',
      period_grain: p.grain,
      period_count: p.n,
      period_include_running: running,
    };
  }
  if (p.kind === 'custom') {
    return {
      ...none,
      period: 'custom',
      period_grain: p.grain,
      period_from: p.from,
      period_to: p.to,
    };
  }
  return { ...none, ...noKeys, period: p.kind };
}

export function toDashboard(row: Selectable<DashboardsTable>): Dashboard {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    description: row.description,
    kpiIds: JSON.parse(row.kpi_ids) as string[],
    period: periodOf(row),
    sparkline: row.sparkline,
    sparklineGrain: row.sparkline_grain,
    refreshSeconds: row.refresh_seconds,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function fromDashboard(d: Dashboard): DashboardsTable {
  return {
    id: d.id,
    workspace_id: d.workspaceId,
    name: d.name,
    description: d.description,
    kpi_ids: JSON.stringify(d.kpiIds),
    ...periodColumns(d.period),
    sparkline: d.sparkline,
    sparkline_grain: d.sparklineGrain,
    refresh_seconds: d.refreshSeconds,
    created_by: d.createdBy,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    archived_at: d.archivedAt,
  };
}

/** What a dashboard needs to know of a KPI it shows. */
export interface KpiRef {
  id: string;
  name: string;
  archived: boolean;
}

/** All SQL of dashboards, and the read of the KPIs they name. */
export class DashboardsRepository {
  constructor(private readonly db: Db) {}

  async byId(workspaceId: string, id: string): Promise<Dashboard | undefined> {
    const row = await this.db
      .selectFrom('dashboards')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDashboard(row);
  }

  /** The KPIs of the workspace among `ids`, by id. */
  async kpis(workspaceId: string, ids: readonly string[]): Promise<Map<string, KpiRef>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('kpis')
      .select(['id', 'name', 'archived_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids])
      .execute();
    return new Map(
      rows.map((r) => [r.id, { id: r.id, name: r.name, archived: r.archived_at !== null }]),
    );
  }

  async insert(dashboard: Dashboard): Promise<void> {
    await this.db.insertInto('dashboards').values(fromDashboard(dashboard)).execute();
  }

  /** Many at once (the sample workspace). */
  async insertMany(dashboards: readonly Dashboard[]): Promise<void> {
    if (dashboards.length === 0) return;
    await this.db.insertInto('dashboards').values(dashboards.map(fromDashboard)).execute();
  }

  async update(dashboard: Dashboard): Promise<void> {
    const row = fromDashboard(dashboard);
    await this.db
      .updateTable('dashboards')
      .set({ ...row, id: undefined, workspace_id: undefined, created_at: undefined })
      .where('id', '=', dashboard.id)
      .execute();
  }

  /** One page (`limit + 1` rows, see `toPage`) and how many match in all. */
  async list(
    workspaceId: string,
    q: DashboardListQuery,
    window: { limit: number; offset: number },
  ): Promise<{ dashboards: Dashboard[]; total: number }> {
    let query = this.db.selectFrom('dashboards').where('workspace_id', '=', workspaceId);
    if (q.archived === 'false') query = query.where('archived_at', 'is', null);
    if (q.archived === 'true') query = query.where('archived_at', 'is not', null);
    if (q.search) {
      const text = q.search;
      query = query.where((eb) => containsText(eb, ['name', 'description'], text));
    }
    const { count } = await query
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    // Names sort case-insensitively on both engines; ids break ties so pages are stable.
    const sortBy =
      q.sort === 'name'
        ? sql`lower(name)`
        : q.sort === 'createdAt'
          ? sql`created_at`
          : sql`updated_at`;
    const rows = await query
      .selectAll()
      .orderBy(sortBy, q.order)
      .orderBy('id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return { dashboards: rows.map(toDashboard), total: Number(count) };
  }
}
