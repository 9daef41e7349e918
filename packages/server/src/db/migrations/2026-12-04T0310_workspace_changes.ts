import type { Kysely } from 'kysely';

/*
 * The workspace change feed: one row per workspace whose version goes up by one in the same
 * transaction as every write that can change what a KPI card shows (data, targets, KPIs, metrics,
 * settings). Caches compare versions instead of data; live dashboards are told the new version.
 * A workspace without a row is at version 0. `kinds` is the JSON array of what the latest change
 * touched. Append-only like every migration; imports nothing from the app.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspace_changes')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kinds', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_changes').execute();
}
