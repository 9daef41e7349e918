import type { Kysely, Transaction } from 'kysely';
import type {
  AggregationKind,
  Calendar,
  DateWindow,
  Kpi,
  KpiTarget,
  KpiTargetCreate,
  KpiTargetUpdate,
  TargetHistoryEntry,
  TargetResolution,
  TargetResolveQuery,
} from '@vitals/core';
import type { Database } from '../../db/schema';
import { actorOf, type Caller } from '../../http/access';
import { badRequest, conflict, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { ChangesService } from '../changes/changes.service';
import { isoNow, type ServiceDeps } from '../deps';
import { KpiReferencesRepository } from '../kpis/kpi-references.repository';
import { KpisRepository } from '../kpis/kpis.repository';
import { WorkspaceService } from '../workspace/workspace.service';
import {
  lastYearInputs,
  toTargetDefinition,
  type LastYearActuals,
  type StoredTargetDefinition,
} from './target-definition';
import { targetDefinitionsOf } from './target-definitions.bulk';
import { resolveTargets } from './target-resolution';
import { resolveWindow } from './resolve-window';
import { TARGET_ENTITY, TargetsRepository } from './targets.repository';
import { checkTarget } from './targets.validation';

type Db = Kysely<Database> | Transaction<Database>;

export interface TargetsServiceOptions {
  /** The workspace calendars (the app's WorkspaceService); one of its own when left out. */
  calendars?: Pick<WorkspaceService, 'calendar'>;
  /** Last year's actuals for `last_year` phasing; until given, such horizons phase evenly. */
  lastYearActuals?: LastYearActuals;
}

const sameContent = (a: KpiTarget, b: KpiTarget): boolean =>
  JSON.stringify({ ...a, updatedAt: '', updatedBy: '' }) ===
  JSON.stringify({ ...b, updatedAt: '', updatedBy: '' });

/** A KPI's targets: set, changed and deleted with their history, and resolved for any period. */
export class TargetsService {
  private readonly calendars: Pick<WorkspaceService, 'calendar'>;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly options: TargetsServiceOptions = {},
  ) {
    this.calendars = options.calendars ?? new WorkspaceService(deps);
  }

  async listOfKpi(caller: Caller, kpiId: string): Promise<KpiTarget[]> {
    await this.kpiOf(this.deps.db, caller.workspaceId, kpiId, 'params');
    return new TargetsRepository(this.deps.db).ofKpi(kpiId);
  }

  async get(caller: Caller, id: string): Promise<KpiTarget> {
    const target = await new TargetsRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!target) throw notFound('target', id);
    return target;
  }

  async create(caller: Caller, input: KpiTargetCreate): Promise<KpiTarget> {
    // The calendar is read before the transaction: SQLite has one connection, held by it.
    const calendar = await this.calendars.calendar(caller.workspaceId);
    const now = isoNow(this.deps);
    return this.deps.db.transaction().execute(async (trx) => {
      const { kpi, kind } = await this.kpiOf(trx, caller.workspaceId, input.kpiId, 'body', {
        change: true,
      });
      const repo = new TargetsRepository(trx);
      const target: KpiTarget = {
        id: this.deps.newId(),
        kpiId: kpi.id,
        grain: input.grain,
        periodKey: input.periodKey,
        effectiveFrom: input.effectiveFrom,
        value: input.value,
        phasing: input.phasing,
        basis: input.basis,
        note: input.note,
        createdAt: now,
        updatedAt: now,
        updatedBy: actorOf(caller),
      };
      const others = await repo.ofKpi(kpi.id);
      checkTarget(target, { calendar, kind, direction: kpi.direction, others });
      await repo.insert(target);
      await this.audit(trx, caller, 'create', null, target);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['targets']);
      return target;
    });
  }

  /** Value, phasing, basis and note may change; where the target applies is fixed. */
  async update(caller: Caller, id: string, patch: KpiTargetUpdate): Promise<KpiTarget> {
    const calendar = await this.calendars.calendar(caller.workspaceId);
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new TargetsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('target', id);
      const { kpi, kind } = await this.kpiOf(trx, caller.workspaceId, before.kpiId, 'params', {
        change: true,
      });
      const after: KpiTarget = {
        ...before,
        ...patch,
        updatedAt: isoNow(this.deps),
        updatedBy: actorOf(caller),
      };
      if ((before.phasing === null) !== (after.phasing === null)) {
        const message = before.phasing
          ? 'a phased horizon target stays phased; delete it and create a per-period target instead'
          : 'a per-period target cannot become a phased horizon; delete it and create a horizon target';
        throw badRequest(`/body/phasing: ${message}`, [{ pointer: '/body/phasing', message }]);
      }
      if (sameContent(before, after)) return before;
      const others = (await repo.ofKpi(kpi.id)).filter((t) => t.id !== id);
      checkTarget(after, { calendar, kind, direction: kpi.direction, others });
      await repo.update(after);
      await this.audit(trx, caller, 'update', before, after);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['targets']);
      return after;
    });
  }

  /** Removes a target; the audit log keeps what it was. */
  async delete(caller: Caller, id: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new TargetsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('target', id);
      await this.kpiOf(trx, caller.workspaceId, before.kpiId, 'params', { change: true });
      await repo.delete(id);
      await this.audit(trx, caller, 'delete', before, null);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['targets']);
    });
  }

  /** Every change of the KPI's targets, newest first, deleted targets included. */
  async history(caller: Caller, kpiId: string): Promise<TargetHistoryEntry[]> {
    await this.kpiOf(this.deps.db, caller.workspaceId, kpiId, 'params');
    const rows = await new TargetsRepository(this.deps.db).history(caller.workspaceId, kpiId);
    return rows.map((row) => ({
      id: row.id,
      targetId: row.entity_id,
      action: row.action as TargetHistoryEntry['action'],
      before: row.before === null ? null : (JSON.parse(row.before) as KpiTarget),
      after: row.after === null ? null : (JSON.parse(row.after) as KpiTarget),
      actor: row.actor,
      at: row.at,
    }));
  }

  /**
   * A KPI's stored targets as core's `TargetDefinition`, so evaluation can call
   * `targetFor(d.definition, period, calendar, { kind: d.kind })`. `lastYearActuals` (or the
   * service's) supplies the shape of `last_year` horizons; without one they phase evenly.
   */
  async targetDefinitionFor(
    kpiId: string,
    options: { workspaceId?: string; lastYearActuals?: LastYearActuals; calendar?: Calendar } = {},
  ): Promise<StoredTargetDefinition> {
    const workspaceId =
      options.workspaceId ?? (await new KpisRepository(this.deps.db).workspaceOf(kpiId));
    if (!workspaceId) throw notFound('KPI', kpiId);
    const { kpi, kind } = await this.kpiOf(this.deps.db, workspaceId, kpiId, 'params');
    const calendar = options.calendar ?? (await this.calendars.calendar(workspaceId));
    const targets = await new TargetsRepository(this.deps.db).ofKpi(kpiId);
    const lookup = options.lastYearActuals ?? this.options.lastYearActuals;
    const { lastYear, unavailable } = await lastYearInputs(kpi, kind, targets, calendar, lookup);
    return toTargetDefinition(kpi, kind, targets, calendar, lastYear, unavailable);
  }

  /**
   * `targetDefinitionFor` of many KPIs of one workspace, read in bulk (evaluating dashboards).
   * With `within`, only what periods inside that window need (see `targetDefinitionsOf`).
   */
  targetDefinitionsFor(
    kpiIds: readonly string[],
    options: { workspaceId: string; calendar: Calendar; within?: DateWindow },
  ): Promise<Map<string, StoredTargetDefinition>> {
    return targetDefinitionsOf(
      this.deps.db,
      options.workspaceId,
      kpiIds,
      options.calendar,
      this.options.lastYearActuals,
      options.within,
    );
  }

  /** The target of each period from `from` to `to` at `grain`, with how it was found. */
  async resolve(
    caller: Caller,
    kpiId: string,
    query: TargetResolveQuery,
  ): Promise<TargetResolution> {
    const calendar = await this.calendars.calendar(caller.workspaceId);
    const stored = await this.targetDefinitionFor(kpiId, {
      workspaceId: caller.workspaceId,
      calendar,
    });
    const periods = resolveWindow(calendar, query);
    return {
      kpiId,
      grain: query.grain,
      kind: stored.kind,
      direction: stored.definition.direction,
      periods: resolveTargets(stored, calendar, periods),
    };
  }

  /**
   * The KPI and its metric's kind. An unknown KPI named in the body is a 400 naming `/body/kpiId`;
   * in the path a 404. Archived KPIs are frozen: their targets change only after a restore.
   */
  private async kpiOf(
    db: Db,
    workspaceId: string,
    kpiId: string,
    from: 'body' | 'params',
    { change = false } = {},
  ): Promise<{ kpi: Kpi; kind: AggregationKind }> {
    const kpi = await new KpisRepository(db).byId(workspaceId, kpiId);
    if (!kpi && from === 'body') {
      const message = `no KPI with id "${kpiId}"`;
      throw badRequest(`/body/kpiId: ${message}`, [{ pointer: '/body/kpiId', message }]);
    }
    if (!kpi) throw notFound('KPI', kpiId);
    if (kpi.archivedAt && change) {
      throw conflict(`KPI "${kpi.name}" is archived; restore it before changing its targets`);
    }
    const metric = await new KpiReferencesRepository(db).metric(workspaceId, kpi.metricId);
    if (!metric) throw new Error(`KPI ${kpi.id} refers to a missing metric ${kpi.metricId}`);
    return { kpi, kind: metric.aggregation };
  }

  private audit(
    trx: Transaction<Database>,
    caller: Caller,
    action: 'create' | 'update' | 'delete',
    before: KpiTarget | null,
    after: KpiTarget | null,
  ): Promise<void> {
    const target = (after ?? before) as KpiTarget;
    return recordAudit(trx, {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      entity: TARGET_ENTITY,
      entityId: target.id,
      action,
      before,
      after,
      actor: actorOf(caller),
      at: after?.updatedAt ?? isoNow(this.deps),
    });
  }
}
