import type { Kysely } from 'kysely';

/*
 * Named dashboards: a chosen, ordered list of KPI cards with the period and sparkline they show.
 * Append-only like every migration; imports nothing from the app. The KPI ids are a JSON array
 * (order matters, and a dashboard is always read whole), checked against the workspace's KPIs by
 * the dashboards service rather than by foreign keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dashboards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kpi_ids', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('sparkline', 'integer', (c) => c.notNull())
    .addColumn('sparkline_grain', 'text')
    .addColumn('refresh_seconds', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createIndex('dashboards_workspace')
    .on('dashboards')
    .columns(['workspace_id', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dashboards').execute();
}
