import type { Insertable, Kysely } from 'kysely';
import type {
  Database,
  KpisTable,
  MetricsTable,
  TargetsTable,
  WorkspacesTable,
} from '../../packages/server/src/db/schema';
import type { Workload } from '../workload/spec';

const STAMP = '2023-01-01T00:00:00.000Z';
const ACTOR = 'system:bench';
const CHUNK = 400;

async function insertChunked<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // The rows are typed per table above; Kysely's insert types are too deep to infer generically.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

export function metricRows(workload: Workload, workspaceId: string): Insertable<MetricsTable>[] {
  return workload.metrics.map((m) => ({
    id: m.id,
    workspace_id: workspaceId,
    key: m.key,
    name: m.key.replaceAll('_', ' '),
    description: '',
    unit: JSON.stringify({ kind: m.kind === 'ratio' ? 'percent' : 'number' }),
    aggregation: m.kind,
    base_grain: 'day',
    dimensions: JSON.stringify(m.regions.length > 0 ? ['region'] : []),
    source_kind: 'push',
    formula: null,
    data_updated_at: null,
    created_at: STAMP,
    updated_at: STAMP,
    archived_at: null,
  }));
}

function kpiRows(workload: Workload, workspaceId: string): Insertable<KpisTable>[] {
  return workload.kpis.map((k) => ({
    id: k.id,
    workspace_id: workspaceId,
    metric_id: k.metric.id,
    dimension_filter: JSON.stringify(k.dimensionFilter),
    name: k.name,
    objective: '',
    why_it_matters: '',
    how_to_influence: '',
    owner_id: null,
    team_id: null,
    level: 'team',
    scope: 'operational',
    timing: 'lagging',
    nature: 'quantitative',
    direction: k.direction,
    review_cadence: 'month',
    on_track_threshold: 1,
    at_risk_threshold: 0.9,
    created_at: STAMP,
    updated_at: STAMP,
    archived_at: null,
  }));
}

function targetRows(workload: Workload, newId: () => string): Insertable<TargetsTable>[] {
  return workload.kpis.flatMap((k) =>
    [...k.targets].map(([month, value]) => ({
      id: newId(),
      kpi_id: k.id,
      grain: 'month' as const,
      period_key: month,
      effective_from: null,
      value,
      lower: null,
      upper: null,
      phasing: null,
      basis: 'other' as const,
      note: '',
      created_at: STAMP,
      created_by: ACTOR,
      updated_at: STAMP,
      updated_by: ACTOR,
    })),
  );
}

/** Metrics, KPIs and monthly targets, written straight into the store in one transaction. */
export async function insertDefinitions(
  db: Kysely<Database>,
  workload: Workload,
  workspaceId: string,
  newId: () => string,
): Promise<{ targets: number }> {
  const targets = targetRows(workload, newId);
  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'metrics', metricRows(workload, workspaceId));
    await insertChunked(trx, 'kpis', kpiRows(workload, workspaceId));
    await insertChunked(trx, 'targets', targets);
  });
  return { targets: targets.length };
}

/** The workspace row and the metrics of another store: all the raw engine's inserts need. */
export async function copyWorkspaceAndMetrics(
  from: Kysely<Database>,
  to: Kysely<Database>,
  workload: Workload,
  workspaceId: string,
): Promise<void> {
  const workspace: WorkspacesTable = await from
    .selectFrom('workspaces')
    .selectAll()
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  await to.insertInto('workspaces').values(workspace).execute();
  await insertChunked(to, 'metrics', metricRows(workload, workspaceId));
}
