import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CheckIn } from '@vitals/core';
import type { CheckInsTable, Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function toCheckIn(row: Selectable<CheckInsTable>): CheckIn {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    periodKey: row.period_key,
    statusCall: row.status_call,
    commentary: row.commentary,
    nextActions: row.next_actions,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromCheckIn(c: CheckIn): CheckInsTable {
  return {
    id: c.id,
    kpi_id: c.kpiId,
    period_key: c.periodKey,
    status_call: c.statusCall,
    commentary: c.commentary,
    next_actions: c.nextActions,
    author_id: c.authorId,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

/** All SQL of check-ins. */
export class CheckInsRepository {
  constructor(private readonly db: Db) {}

  /** A check-in on a KPI of the workspace. */
  async byId(workspaceId: string, id: string): Promise<CheckIn | undefined> {
    const row = await this.db
      .selectFrom('check_ins')
      .innerJoin('kpis', 'kpis.id', 'check_ins.kpi_id')
      .selectAll('check_ins')
      .where('kpis.workspace_id', '=', workspaceId)
      .where('check_ins.id', '=', id)
      .executeTakeFirst();
    return row && toCheckIn(row);
  }

  /** `limit + 1` check-ins of a KPI from `offset`, newest first (see `toPage`). */
  async ofKpi(kpiId: string, window: { limit: number; offset: number }): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('kpi_id', '=', kpiId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return rows.map(toCheckIn);
  }

  async insert(c: CheckIn): Promise<void> {
    await this.db.insertInto('check_ins').values(fromCheckIn(c)).execute();
  }

  async update(c: CheckIn): Promise<void> {
    await this.db
      .updateTable('check_ins')
      .set({ ...fromCheckIn(c), id: undefined, kpi_id: undefined, created_at: undefined })
      .where('id', '=', c.id)
      .execute();
  }
}
