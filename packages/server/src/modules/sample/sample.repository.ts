import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, Database } from '../../db/schema';
import { AnnotationsRepository } from '../annotations/annotations.repository';
import { CheckInsRepository } from '../check-ins/check-ins.repository';
import { DashboardsRepository } from '../dashboards/dashboards.repository';
import { bulkInsert, type BulkColumns } from '../data-points/bulk-insert';
import { DataPointsRepository } from '../data-points/data-points.repository';
import { KpisRepository } from '../kpis/kpis.repository';
import { MetricsRepository } from '../metrics/metrics.repository';
import { TargetsRepository } from '../targets/targets.repository';
import { TeamsRepository } from '../teams/teams.repository';
import { UsersRepository } from '../users/users.repository';
import type { SamplePlan } from './plan';

const AUDIT_COLUMNS: BulkColumns<Insertable<AuditLogTable>> = [
  ['id', 'text'],
  ['workspace_id', 'text'],
  ['entity', 'text'],
  ['entity_id', 'text'],
  ['action', 'text'],
  ['before', 'text'],
  ['after', 'text'],
  ['actor', 'text'],
  ['at', 'text'],
];

/** What is already in the workspace that the sample would collide with. */
export interface SampleObstacles {
  kpis: number;
  metricKeys: string[];
  emails: string[];
}

/**
 * The SQL of loading the sample: what stands in its way, and writing the whole plan through the
 * owning modules' repositories (rows mapped by their functions), inside the caller's transaction.
 */
export class SampleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async obstacles(
    workspaceId: string,
    metricKeys: readonly string[],
    emails: readonly string[],
  ): Promise<SampleObstacles> {
    const { count } = await this.db
      .selectFrom('kpis')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const metrics = await this.db
      .selectFrom('metrics')
      .select('key')
      .where('workspace_id', '=', workspaceId)
      .where('key', 'in', [...metricKeys])
      .orderBy('key')
      .execute();
    // Emails are unique across the install.
    const users = await this.db
      .selectFrom('users')
      .select('email')
      .where('email', 'in', [...emails])
      .orderBy('email')
      .execute();
    return {
      kpis: Number(count),
      metricKeys: metrics.map((m) => m.key),
      emails: users.map((u) => u.email),
    };
  }

  /** Parents before children: teams, people, metrics, KPIs (links after all exist), the rest. */
  async write(plan: SamplePlan, audit: Insertable<AuditLogTable>[], at: string): Promise<void> {
    const teams = new TeamsRepository(this.db);
    for (const team of plan.teams) await teams.insert(team);
    const users = new UsersRepository(this.db);
    for (const user of plan.users) await users.insert(user, null);
    for (const m of plan.memberships) await teams.insertMembership(m);
    const metrics = new MetricsRepository(this.db);
    for (const metric of plan.metrics) await metrics.insert(metric);
    const kpis = new KpisRepository(this.db);
    const noLinks = { guardrailKpiIds: [], leadingKpiIds: [] };
    for (const kpi of plan.kpis) await kpis.insert({ ...kpi, ...noLinks });
    for (const kpi of plan.kpis) {
      if (kpi.guardrailKpiIds.length + kpi.leadingKpiIds.length > 0) await kpis.update(kpi);
    }
    const targets = new TargetsRepository(this.db);
    for (const target of plan.targets) await targets.insert(target);
    const points = new DataPointsRepository(this.db);
    await points.insertPoints(plan.points);
    await points.touchMetrics([...new Set(plan.points.map((p) => p.metric_id))], at);
    const checkIns = new CheckInsRepository(this.db);
    for (const checkIn of plan.checkIns) await checkIns.insert(checkIn);
    const annotations = new AnnotationsRepository(this.db);
    for (const annotation of plan.annotations) await annotations.insert(annotation);
    await new DashboardsRepository(this.db).insertMany(plan.dashboards);
    await bulkInsert(this.db, 'audit_log', AUDIT_COLUMNS, audit);
  }
}
