import type { Transaction } from 'kysely';
import type {
  Dashboard,
  DashboardCreate,
  DashboardListQuery,
  DashboardPeriodSetting,
  DashboardUpdate,
  ListResponse,
  ProblemIssue,
} from '@vitals/core';
import type { Database } from '../../db/schema';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, conflict, notFound } from '../../http/problem';
import { auditChange } from '../audit/audit.service';
import { ChangesService } from '../changes/changes.service';
import { isoNow, type ServiceDeps } from '../deps';
import { customRange } from '../evaluation/card-window';
import type { WorkspaceService } from '../workspace/workspace.service';
import { DashboardsRepository } from './dashboards.repository';

const ENTITY = 'dashboard';

/** Compares two dashboards without their timestamps, to skip updates that change nothing. */
const sameContent = (a: Dashboard, b: Dashboard): boolean =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/**
 * Named dashboards: chosen, ordered KPI cards with their period and sparkline. Anyone signed in
 * reads them; editors create, change (reorder, add and remove cards by sending `kpiIds`), archive
 * and restore them. Every change is audited with the dashboard before and after.
 */
export class DashboardsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly workspace: WorkspaceService,
  ) {}

  async get(caller: Caller, id: string): Promise<Dashboard> {
    const dashboard = await new DashboardsRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!dashboard) throw notFound('dashboard', id);
    return dashboard;
  }

  async list(caller: Caller, query: DashboardListQuery): Promise<ListResponse<Dashboard>> {
    const window = pageWindow(query);
    const { dashboards, total } = await new DashboardsRepository(this.deps.db).list(
      caller.workspaceId,
      query,
      window,
    );
    return { ...toPage(dashboards, window, (d) => d), total };
  }

  async create(caller: Caller, input: DashboardCreate): Promise<Dashboard> {
    await this.checkPeriod(caller.workspaceId, input.period);
    const now = isoNow(this.deps);
    const dashboard: Dashboard = {
      ...input,
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      createdBy: caller.userId,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new DashboardsRepository(trx);
      await this.checkKpis(repo, caller.workspaceId, dashboard.kpiIds, []);
      await repo.insert(dashboard);
      await this.audit(trx, caller, 'create', null, dashboard);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['dashboards']);
      return dashboard;
    });
  }

  /** Replaces the fields given; `kpiIds` given is the whole new list of cards, in order. */
  async update(caller: Caller, id: string, patch: DashboardUpdate): Promise<Dashboard> {
    if (patch.period) await this.checkPeriod(caller.workspaceId, patch.period);
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new DashboardsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('dashboard', id);
      if (before.archivedAt) {
        throw conflict(`Dashboard "${before.name}" is archived; restore it before changing it`);
      }
      const after: Dashboard = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      if (sameContent(before, after)) return before;
      if (patch.kpiIds) await this.checkKpis(repo, caller.workspaceId, after.kpiIds, before.kpiIds);
      await repo.update(after);
      await this.audit(trx, caller, 'update', before, after);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['dashboards']);
      return after;
    });
  }

  archive(caller: Caller, id: string): Promise<Dashboard> {
    return this.setArchived(caller, id, true);
  }

  restore(caller: Caller, id: string): Promise<Dashboard> {
    return this.setArchived(caller, id, false);
  }

  private async setArchived(caller: Caller, id: string, archived: boolean): Promise<Dashboard> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new DashboardsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('dashboard', id);
      if ((before.archivedAt !== null) === archived) return before;
      const now = isoNow(this.deps);
      const after: Dashboard = { ...before, archivedAt: archived ? now : null, updatedAt: now };
      await repo.update(after);
      await this.audit(trx, caller, archived ? 'archive' : 'restore', before, after);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['dashboards']);
      return after;
    });
  }

  /** A custom range's keys must be periods of its grain in the workspace's calendar, in order. */
  private async checkPeriod(workspaceId: string, period: DashboardPeriodSetting): Promise<void> {
    if (period.kind !== 'custom') return;
    customRange(
      await this.workspace.calendar(workspaceId),
      { range: 'custom', ...period },
      { from: '/body/period/from', to: '/body/period/to' },
    );
  }

  /**
   * Every card must be a KPI of the workspace. An archived KPI may stay where it already is (so a
   * dashboard can still be reordered after one of its KPIs was archived) but not be added.
   */
  private async checkKpis(
    repo: DashboardsRepository,
    workspaceId: string,
    kpiIds: readonly string[],
    already: readonly string[],
  ): Promise<void> {
    const found = await repo.kpis(workspaceId, kpiIds);
    const issues: ProblemIssue[] = [];
    kpiIds.forEach((id, i) => {
      const kpi = found.get(id);
      const pointer = `/body/kpiIds/${i}`;
      if (!kpi) issues.push({ pointer, message: `no KPI with id "${id}" in this workspace` });
      else if (kpi.archived && !already.includes(id)) {
        issues.push({ pointer, message: `KPI "${kpi.name}" is archived; restore it to show it` });
      }
    });
    const first = issues[0];
    if (first) throw badRequest(`${first.pointer}: ${first.message}`, issues);
  }

  private audit(
    trx: Transaction<Database>,
    caller: Caller,
    action: string,
    before: Dashboard | null,
    after: Dashboard,
  ): Promise<void> {
    return auditChange(trx, this.deps, caller, {
      entity: ENTITY,
      entityId: after.id,
      action,
      before,
      after,
      at: after.updatedAt,
    });
  }
}
