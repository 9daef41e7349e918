import type { Kysely } from 'kysely';

/*
 * Dashboards may show a run of periods: the last N of a grain, or a fixed from..to pair of period
 * keys. `period` keeps its values (this_month, this_quarter, this_year, cadence mean what they
 * meant) and gains `last` and `custom`, whose details live in the new nullable columns. Columns are
 * added one statement each, as SQLite requires. Append-only; imports nothing from the app.
 */
const COLUMNS = [
  ['period_grain', 'text'],
  ['period_count', 'integer'],
  ['period_include_running', 'integer'],
  ['period_from', 'text'],
  ['period_to', 'text'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, type] of COLUMNS) {
    await db.schema.alterTable('dashboards').addColumn(name, type).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of [...COLUMNS].reverse()) {
    await db.schema.alterTable('dashboards').dropColumn(name).execute();
  }
}
