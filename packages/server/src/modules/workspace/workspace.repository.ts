import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Workspace } from '@vitals/core';
import type { Database, WorkspacesTable } from '../../db/schema';

export function toWorkspace(row: Selectable<WorkspacesTable>): Workspace {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    weekStartsOn: row.week_starts_on,
    fiscalYearStartMonth: row.fiscal_year_start_month,
    currency: row.currency,
    locale: row.locale,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromWorkspace(w: Workspace): WorkspacesTable {
  return {
    id: w.id,
    name: w.name,
    time_zone: w.timeZone,
    week_starts_on: w.weekStartsOn,
    fiscal_year_start_month: w.fiscalYearStartMonth,
    currency: w.currency,
    locale: w.locale,
    created_at: w.createdAt,
    updated_at: w.updatedAt,
  };
}

/** All SQL of the workspace row. */
export class WorkspaceRepository {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  async first(): Promise<Workspace | undefined> {
    const row = await this.db
      .selectFrom('workspaces')
      .selectAll()
      .orderBy('created_at')
      .executeTakeFirst();
    return row && toWorkspace(row);
  }

  async byId(id: string): Promise<Workspace | undefined> {
    const row = await this.db
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toWorkspace(row);
  }

  /**
   * Holds the workspace's row until the transaction ends, so changes that check a rule over many
   * rows (no cycle in the team tree or among formulas, at least one admin left) run one at a time:
   * PostgreSQL locks the row; SQLite runs one write transaction at a time anyway. Call it first in
   * the transaction, before any other write, so no two transactions wait on each other.
   */
  async lock(id: string): Promise<void> {
    await this.db
      .updateTable('workspaces')
      .set((eb) => ({ id: eb.ref('id') }))
      .where('id', '=', id)
      .execute();
  }

  async insert(w: Workspace): Promise<void> {
    await this.db.insertInto('workspaces').values(fromWorkspace(w)).execute();
  }

  async update(w: Workspace): Promise<void> {
    const row = fromWorkspace(w);
    await this.db
      .updateTable('workspaces')
      .set({ ...row, created_at: undefined })
      .where('id', '=', row.id)
      .execute();
  }
}
