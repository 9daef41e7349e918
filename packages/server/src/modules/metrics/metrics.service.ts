import type { Transaction } from 'kysely';
import {
  formulaKind,
  parseFormula,
  type ListResponse,
  type Metric,
  type MetricCreate,
  type MetricListQuery,
  type MetricUpdate,
} from '@vitals/core';
import type { Database } from '../../db/schema';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, conflict, notFound } from '../../http/problem';
import { auditChange } from '../audit/audit.service';
import { ChangesService } from '../changes/changes.service';
import { isoNow, type ServiceDeps } from '../deps';
import { WorkspaceRepository } from '../workspace/workspace.repository';
import { checkFormula } from './formula-check';
import { MetricsRepository } from './metrics.repository';

/** Metric definitions: keys unique per workspace, formulas valid and acyclic, history audited. */
export class MetricsService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(caller: Caller, id: string): Promise<Metric> {
    const metric = await new MetricsRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!metric) throw notFound('metric', id);
    return metric;
  }

  async list(caller: Caller, query: MetricListQuery): Promise<ListResponse<Metric>> {
    const window = pageWindow(query);
    const { metrics, total } = await new MetricsRepository(this.deps.db).list(
      caller.workspaceId,
      query,
      window,
    );
    return { ...toPage(metrics, window, (m) => m), total };
  }

  async create(caller: Caller, input: MetricCreate): Promise<Metric> {
    const now = isoNow(this.deps);
    const metric: Metric = {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      ...input,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    return this.change(caller, async (repo, trx) => {
      const formulas = await repo.formulasByKey(caller.workspaceId);
      if (formulas.has(metric.key)) {
        throw conflict(`/body/key: a metric with key "${metric.key}" exists already`, [
          { pointer: '/body/key', message: 'is taken by another metric of this workspace' },
        ]);
      }
      if (metric.formula !== null) {
        checkFormula(metric.key, metric.formula, formulas);
        metric.aggregation = await this.kindOfFormula(repo, caller.workspaceId, metric.formula);
      }
      await repo.insert(metric);
      await auditChange(trx, this.deps, caller, {
        entity: 'metric',
        entityId: metric.id,
        action: 'create',
        before: null,
        after: metric,
        at: now,
      });
      return metric;
    });
  }

  async update(caller: Caller, id: string, patch: MetricUpdate): Promise<Metric> {
    return this.change(caller, async (repo, trx) => {
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('metric', id);
      const after: Metric = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      this.checkSource(after, patch);
      if (after.sourceKind !== 'formula') after.formula = null;
      await this.checkStoredShape(repo, before, after);
      if (after.formula !== null && after.formula !== before.formula) {
        checkFormula(after.key, after.formula, await repo.formulasByKey(caller.workspaceId));
      }
      if (after.formula !== null) {
        after.aggregation = await this.kindOfFormula(repo, caller.workspaceId, after.formula);
      }
      await repo.update(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'metric',
        entityId: id,
        action: 'update',
        before,
        after,
        at: after.updatedAt,
      });
      return after;
    });
  }

  /**
   * A formula metric's kind is read from its formula (core's `formulaKind`), whatever was sent: it
   * decides pacing and how targets add up, and only the formula knows it (a churn rate grows
   * through the month like a flow; a margin does not).
   */
  private async kindOfFormula(repo: MetricsRepository, workspaceId: string, formula: string) {
    const kinds = await repo.kindsByKey(workspaceId);
    return formulaKind(parseFormula(formula).ast, (key) => kinds.get(key));
  }

  /** Archived metrics leave pickers and lists; their data and the formulas over them stay. */
  async archive(caller: Caller, id: string): Promise<Metric> {
    return this.setArchived(caller, id, true);
  }

  async restore(caller: Caller, id: string): Promise<Metric> {
    return this.setArchived(caller, id, false);
  }

  private async setArchived(caller: Caller, id: string, archive: boolean): Promise<Metric> {
    return this.change(caller, async (repo, trx) => {
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('metric', id);
      if ((before.archivedAt !== null) === archive) return before;
      const now = isoNow(this.deps);
      const after: Metric = { ...before, archivedAt: archive ? now : null, updatedAt: now };
      await repo.update(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'metric',
        entityId: id,
        action: archive ? 'archive' : 'restore',
        before,
        after,
        at: now,
      });
      return after;
    });
  }

  /** A formula exactly for formula metrics, judged on the metric as it would be after the patch. */
  private checkSource(after: Metric, patch: MetricUpdate): void {
    const fail = (message: string) =>
      badRequest(`/body/formula: ${message}`, [{ pointer: '/body/formula', message }]);
    if (after.sourceKind === 'formula' && !after.formula) {
      throw fail('a formula metric needs a formula');
    }
    if (after.sourceKind !== 'formula' && patch.formula) {
      throw fail(
        `only metrics with sourceKind formula have a formula (this one is ${after.sourceKind})`,
      );
    }
  }

  /**
   * Stored data points hold the components of the metric's aggregation kind (sum and count for an
   * average, numerator and denominator for a ratio, …) for periods of its base grain, so neither
   * may change under them.
   */
  private async checkStoredShape(repo: MetricsRepository, before: Metric, after: Metric) {
    const changed = (['aggregation', 'baseGrain'] as const).filter((f) => after[f] !== before[f]);
    if (changed.length === 0 || !(await repo.hasDataPoints(before.id))) return;
    const why =
      `metric "${before.key}" has data points stored as ${before.aggregation} components for ` +
      `${before.baseGrain} periods, which would be misread; create a new metric instead`;
    throw conflict(
      `Cannot change ${changed.join(' or ')}: ${why}`,
      changed.map((field) => ({
        pointer: `/body/${field}`,
        message: `cannot change once the metric has data points`,
      })),
    );
  }

  /** One transaction, one change at a time per workspace: keys stay unique, formulas acyclic. */
  private change<T>(
    caller: Caller,
    work: (repo: MetricsRepository, trx: Transaction<Database>) => Promise<T>,
  ): Promise<T> {
    return this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(caller.workspaceId);
      const result = await work(new MetricsRepository(trx), trx);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['metrics']);
      return result;
    });
  }
}
