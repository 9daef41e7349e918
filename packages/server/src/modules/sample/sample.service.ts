import type { Insertable } from 'kysely';
import type { SampleWorkspaceResult } from '@vitals/core';
import type { AuditLogTable } from '../../db/schema';
import { actorOf, type Caller } from '../../http/access';
import { conflict } from '../../http/problem';
import { ChangesService } from '../changes/changes.service';
import { writeTransaction } from '../data-points/write-transaction';
import type { ServiceDeps } from '../deps';
import type { WorkspaceService } from '../workspace/workspace.service';
import { WorkspaceRepository } from '../workspace/workspace.repository';
import { planSample, type SamplePlan } from './plan';
import { sampleEmails } from './plan-org';
import { SampleRepository } from './sample.repository';
import { SAMPLE_SEED } from './series-generator';

const quoted = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

/**
 * Loads Northwind, the sample company, into an empty workspace so that every screen has something
 * true to show: teams, people, KPIs from the template library, two years of daily data, targets,
 * check-ins, annotations and dashboards. All or nothing, in one transaction, audited.
 */
export class SampleWorkspaceService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly calendars: Pick<WorkspaceService, 'calendar'>,
  ) {}

  async load(caller: Caller, seed = SAMPLE_SEED): Promise<SampleWorkspaceResult> {
    const { workspaceId } = caller;
    // Read before the transaction: on SQLite the transaction holds the only connection.
    const calendar = await this.calendars.calendar(workspaceId);
    const now = this.deps.now();
    const at = now.toISOString();
    const plan = planSample(
      { workspaceId, calendar, now, at, newId: () => this.deps.newId(), adminId: caller.userId },
      seed,
    );
    const result: SampleWorkspaceResult = {
      teams: plan.teams.length,
      users: plan.users.length,
      metrics: plan.metrics.length,
      kpis: plan.kpis.length,
      targets: plan.targets.length,
      dataPoints: plan.points.length,
      checkIns: plan.checkIns.length,
      annotations: plan.annotations.length,
      dashboards: plan.dashboards.length,
    };
    const audit = this.auditRows(caller, plan, result, at);
    return writeTransaction(this.deps.db, async (trx) => {
      // One load at a time per workspace: the check below stays true until commit.
      await new WorkspaceRepository(trx).lock(workspaceId);
      const repo = new SampleRepository(trx);
      const found = await repo.obstacles(
        workspaceId,
        plan.metrics.map((m) => m.key),
        sampleEmails(),
      );
      if (found.kpis > 0) {
        throw conflict(
          `This workspace already has ${found.kpis} KPI${found.kpis === 1 ? '' : 's'}; ` +
            'the sample workspace loads only into a workspace without KPIs',
        );
      }
      if (found.metricKeys.length > 0) {
        throw conflict(
          `This workspace already has metrics with keys the sample uses: ${quoted(found.metricKeys)}`,
        );
      }
      if (found.emails.length > 0) {
        throw conflict(`Users with the sample's emails exist already: ${quoted(found.emails)}`);
      }
      await repo.write(plan, audit, at);
      await new ChangesService(this.deps).bump(trx, workspaceId, ['sample']);
      return result;
    });
  }

  /** One audit entry per record created (as the modules' own services write them), one per batch. */
  private auditRows(
    caller: Caller,
    plan: SamplePlan,
    result: SampleWorkspaceResult,
    at: string,
  ): Insertable<AuditLogTable>[] {
    const rows: Insertable<AuditLogTable>[] = [];
    const add = (entity: string, entityId: string, action: string, after: unknown) =>
      rows.push({
        id: this.deps.newId(),
        workspace_id: caller.workspaceId,
        entity,
        entity_id: entityId,
        action,
        before: null,
        after: JSON.stringify(after),
        actor: actorOf(caller),
        at,
      });
    add('workspace', caller.workspaceId, 'load_sample', result);
    for (const t of plan.teams) add('team', t.id, 'create', t);
    for (const u of plan.users) add('user', u.id, 'create', u);
    for (const m of plan.memberships) add('team', m.teamId, 'add_member', m);
    for (const m of plan.metrics) add('metric', m.id, 'create', m);
    for (const k of plan.kpis) add('kpi', k.id, 'create', k);
    for (const t of plan.targets) add('target', t.id, 'create', t);
    const byMetric = new Map<string, number>();
    for (const p of plan.points) byMetric.set(p.metric_id, (byMetric.get(p.metric_id) ?? 0) + 1);
    const keyOf = new Map(plan.metrics.map((m) => [m.id, m.key]));
    add('data_points', this.deps.newId(), 'ingest', {
      mode: 'atomic',
      created: plan.points.length,
      revised: 0,
      unchanged: 0,
      rejected: 0,
      metrics: [...byMetric].map(([id, created]) => ({
        id,
        key: keyOf.get(id),
        created,
        revised: 0,
      })),
    });
    for (const c of plan.checkIns) add('check_in', c.id, 'create', c);
    for (const a of plan.annotations) add('annotation', a.id, 'create', a);
    for (const d of plan.dashboards) add('dashboard', d.id, 'create', d);
    return rows;
  }
}
