import type { Kysely, Selectable, Transaction } from 'kysely';
import { isBand, type KpiTarget, type KpiTargetPhasing, type TargetValue } from '@vitals/core';
import type { AuditLogTable, Database, TargetsTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** The audit log's entity name for targets. */
export const TARGET_ENTITY = 'target';

function valueOf(row: Selectable<TargetsTable>): TargetValue {
  if (row.value !== null) return row.value;
  return { lower: row.lower ?? 0, upper: row.upper ?? 0 };
}

export function toKpiTarget(row: Selectable<TargetsTable>): KpiTarget {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    grain: row.grain,
    periodKey: row.period_key,
    effectiveFrom: row.effective_from,
    value: valueOf(row),
    phasing: row.phasing === null ? null : (JSON.parse(row.phasing) as KpiTargetPhasing),
    basis: row.basis,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Column values of a target; `created_by` is set on insert only. */
function columnsOf(t: KpiTarget): Omit<TargetsTable, 'created_by'> {
  const band = isBand(t.value) ? t.value : null;
  return {
    id: t.id,
    kpi_id: t.kpiId,
    grain: t.grain,
    period_key: t.periodKey,
    effective_from: t.effectiveFrom,
    value: band ? null : (t.value as number),
    lower: band ? band.lower : null,
    upper: band ? band.upper : null,
    phasing: t.phasing === null ? null : JSON.stringify(t.phasing),
    basis: t.basis,
    note: t.note,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    updated_by: t.updatedBy,
  };
}

/** All SQL of targets, and of their history in the audit log. */
export class TargetsRepository {
  constructor(private readonly db: Db) {}

  /** A target of a KPI of the workspace. */
  async byId(workspaceId: string, id: string): Promise<KpiTarget | undefined> {
    const row = await this.db
      .selectFrom('targets')
      .innerJoin('kpis', 'kpis.id', 'targets.kpi_id')
      .selectAll('targets')
      .where('kpis.workspace_id', '=', workspaceId)
      .where('targets.id', '=', id)
      .executeTakeFirst();
    return row && toKpiTarget(row);
  }

  /** A KPI's targets: by grain, then standing values by date, then periods by key. */
  async ofKpi(kpiId: string): Promise<KpiTarget[]> {
    const rows = await this.db
      .selectFrom('targets')
      .selectAll()
      .where('kpi_id', '=', kpiId)
      .orderBy('grain')
      .orderBy('effective_from')
      .orderBy('period_key')
      .orderBy('id')
      .execute();
    return rows.map(toKpiTarget);
  }

  async insert(t: KpiTarget): Promise<void> {
    await this.db
      .insertInto('targets')
      .values({ ...columnsOf(t), created_by: t.updatedBy })
      .execute();
  }

  async update(t: KpiTarget): Promise<void> {
    await this.db
      .updateTable('targets')
      .set({ ...columnsOf(t), id: undefined, kpi_id: undefined, created_at: undefined })
      .where('id', '=', t.id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('targets').where('id', '=', id).execute();
  }

  /**
   * The audit entries of a KPI's targets, newest first, including targets deleted since. A deleted
   * target's row is gone, so its entries are found by the KPI id inside their snapshots, which
   * are `JSON.stringify`'d KpiTargets (`"kpiId":"<uuid>"`; a UUID holds no LIKE wildcards).
   */
  history(workspaceId: string, kpiId: string): Promise<Selectable<AuditLogTable>[]> {
    const pattern = `%"kpiId":"${kpiId}"%`;
    return this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('entity', '=', TARGET_ENTITY)
      .where((eb) => eb.or([eb('after', 'like', pattern), eb('before', 'like', pattern)]))
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }
}
