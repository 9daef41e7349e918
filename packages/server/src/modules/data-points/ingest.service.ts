import type { Insertable } from 'kysely';
import type { DataPointBatchResult } from '@vitals/core';
import type { DataPointRevisionsTable, DataPointsTable } from '../../db/schema';
import { actorOf, type Caller } from '../../http/access';
import { HttpProblem, forbidden } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { ChangesService } from '../changes/changes.service';
import { isoNow, type ServiceDeps } from '../deps';
import type { WorkspaceService } from '../workspace/workspace.service';
import {
  DataPointsRepository,
  type ExistingPoint,
  type MetricRange,
} from './data-points.repository';
import { sameColumns, type MetricDef } from './data-points.rows';
import { validateBatch, type ValidItem } from './ingest.validate';
import { writeTransaction } from './write-transaction';

export type BatchMode = 'atomic' | 'partial';

interface Written {
  created: number;
  revised: number;
  unchanged: number;
  /** Per metric id: how many points were created and revised. */
  byMetric: Map<string, { key: string; created: number; revised: number }>;
}

/**
 * The batch write of data points: validated in memory, then one transaction that looks up the
 * batch's existing points in bulk, inserts the new ones, revises the changed ones (keeping the old
 * value in data_point_revisions) and leaves identical ones untouched.
 */
export class IngestService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly workspace: WorkspaceService,
  ) {}

  async write(
    caller: Caller,
    items: readonly unknown[],
    mode: BatchMode,
  ): Promise<DataPointBatchResult> {
    const metrics = await this.metricsNamedIn(caller.workspaceId, items);
    await this.checkAccess(caller, [...new Set(metrics.byId.values())]);
    const calendar = await this.workspace.calendar(caller.workspaceId);
    const { valid, errors } = validateBatch(items, metrics, calendar);
    if (errors.length > 0 && mode === 'atomic') {
      const bad = new Set(errors.map((e) => e.item)).size;
      throw new HttpProblem(
        422,
        'batch_rejected',
        `${bad} of ${items.length} items are not valid, so none was written (send ?mode=partial to write the valid ones)`,
        errors,
      );
    }
    const written = valid.length > 0 ? await this.apply(caller, valid, mode, errors.length) : null;
    const created = written?.created ?? 0;
    const revised = written?.revised ?? 0;
    return {
      applied: created + revised,
      created,
      revised,
      unchanged: written?.unchanged ?? 0,
      rejected: errors,
    };
  }

  /** Loads every metric the items name, by id or by key, in bulk. */
  private async metricsNamedIn(workspaceId: string, items: readonly unknown[]) {
    const ids = new Set<string>();
    const keys = new Set<string>();
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const { metricId, metricKey } = item as { metricId?: unknown; metricKey?: unknown };
      if (typeof metricId === 'string') ids.add(metricId);
      else if (typeof metricKey === 'string') keys.add(metricKey);
    }
    const repo = new DataPointsRepository(this.deps.db);
    // Only well-formed ids reach PostgreSQL's text comparison; others are reported per item.
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const byIdList = await repo.metricsByIds(
      workspaceId,
      [...ids].filter((id) => uuid.test(id)),
    );
    const byKeyList = keys.size > 0 ? await repo.metricsByKeys(workspaceId, [...keys]) : [];
    const byId = new Map<string, MetricDef>(byIdList.map((m) => [m.id, m]));
    const byKey = new Map<string, MetricDef>(byKeyList.map((m) => [m.key, m]));
    // Metrics named by key also count for the access check below.
    for (const m of byKeyList) byId.set(m.id, m);
    return { byId, byKey };
  }

  /**
   * Editors and admins (and their write tokens) write any metric; a viewer only the metrics of
   * KPIs they own. The route already refused read tokens.
   */
  private async checkAccess(caller: Caller, metrics: readonly MetricDef[]): Promise<void> {
    if (caller.role !== 'viewer' || metrics.length === 0) return;
    const owned = await new DataPointsRepository(this.deps.db).ownedMetricIds(
      caller.workspaceId,
      caller.userId,
      metrics.map((m) => m.id),
    );
    const denied = metrics.filter((m) => !owned.has(m.id));
    if (denied.length === 0) return;
    const names = denied
      .slice(0, 5)
      .map((m) => `"${m.key}" (${m.id})`)
      .join(', ');
    throw forbidden(
      `You may not write data of metric ${names}${denied.length > 5 ? ` and ${denied.length - 5} more` : ''}: ` +
        'only editors, admins and the owners of a KPI on the metric may',
    );
  }

  private apply(
    caller: Caller,
    valid: ValidItem[],
    mode: BatchMode,
    rejected: number,
  ): Promise<Written> {
    const now = isoNow(this.deps);
    const actor = actorOf(caller);
    return writeTransaction(this.deps.db, async (trx) => {
      const repo = new DataPointsRepository(trx);
      const metricIds = [...new Set(valid.map((v) => v.metric.id))];
      await repo.lockMetrics(metricIds);
      const existing = await this.existingFor(repo, valid);
      const written = this.classify(valid, existing, now, actor);
      await repo.insertPoints(written.inserts);
      await repo.insertRevisions(written.revisions);
      await repo.revisePoints(written.revisedRows);
      const changed = [...written.byMetric.keys()];
      if (changed.length === 0) return written;
      await repo.touchMetrics(changed, now);
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: caller.workspaceId,
        entity: 'data_points',
        entityId: this.deps.newId(),
        action: 'ingest',
        before: null,
        after: {
          mode,
          created: written.created,
          revised: written.revised,
          unchanged: written.unchanged,
          rejected,
          metrics: [...written.byMetric].map(([id, m]) => ({ id, ...m })),
        },
        actor,
        at: now,
      });
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['data']);
      return written;
    });
  }

  /** The stored points the batch names, by (metric, period, dimensions). */
  private async existingFor(repo: DataPointsRepository, valid: readonly ValidItem[]) {
    const ranges = new Map<string, MetricRange>();
    for (const v of valid) {
      const r = ranges.get(v.metric.id);
      if (!r)
        ranges.set(v.metric.id, { metricId: v.metric.id, from: v.periodStart, to: v.periodStart });
      else if (v.periodStart < r.from) r.from = v.periodStart;
      else if (v.periodStart > r.to) r.to = v.periodStart;
    }
    const byKey = new Map<string, ExistingPoint>();
    for (const row of await repo.existingIn([...ranges.values()])) {
      byKey.set(`${row.metric_id}\u0000${row.period_key}\u0000${row.dim_key}`, row);
    }
    return byKey;
  }

  /** Splits the batch into new rows, changed rows (with the revision of the old value) and no-ops. */
  private classify(
    valid: readonly ValidItem[],
    existing: ReadonlyMap<string, ExistingPoint>,
    now: string,
    actor: string,
  ) {
    const inserts: Insertable<DataPointsTable>[] = [];
    const revisedRows: Insertable<DataPointsTable>[] = [];
    const revisions: Insertable<DataPointRevisionsTable>[] = [];
    const byMetric: Written['byMetric'] = new Map();
    let unchanged = 0;
    const count = (metric: MetricDef, field: 'created' | 'revised') => {
      let m = byMetric.get(metric.id);
      if (!m) byMetric.set(metric.id, (m = { key: metric.key, created: 0, revised: 0 }));
      m[field] += 1;
    };
    for (const v of valid) {
      const old = existing.get(`${v.metric.id}\u0000${v.periodKey}\u0000${v.dimKey}`);
      if (old && sameColumns(old, v.columns) && old.note === v.note) {
        unchanged += 1;
        continue;
      }
      const row: Insertable<DataPointsTable> = {
        id: old?.id ?? this.deps.newId(),
        metric_id: v.metric.id,
        period_key: v.periodKey,
        period_start: v.periodStart,
        dim_key: v.dimKey,
        value: v.columns.value,
        sum: v.columns.sum,
        count: v.columns.count,
        numerator: v.columns.numerator,
        denominator: v.columns.denominator,
        at: v.columns.at,
        source: v.source,
        note: v.note,
        revision: old ? old.revision + 1 : 1,
        created_at: now,
        created_by: actor,
        updated_at: now,
        updated_by: actor,
      };
      if (!old) {
        inserts.push(row);
        count(v.metric, 'created');
        continue;
      }
      revisedRows.push(row);
      revisions.push({
        id: this.deps.newId(),
        data_point_id: old.id,
        revision: old.revision,
        value: old.value,
        sum: old.sum,
        count: old.count,
        numerator: old.numerator,
        denominator: old.denominator,
        at: old.at,
        source: old.source,
        note: old.note,
        written_by: old.updated_by,
        written_at: old.updated_at,
        changed_by: actor,
        changed_at: now,
      });
      count(v.metric, 'revised');
    }
    return {
      inserts,
      revisedRows,
      revisions,
      byMetric,
      unchanged,
      created: inserts.length,
      revised: revisedRows.length,
    };
  }
}
