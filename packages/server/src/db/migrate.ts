import { Migrator, sql, type Kysely, type Migration, type MigrationResult } from 'kysely';
import { dialectOf } from './connection';
import type { Database } from './schema';
import * as m20261123T1400 from './migrations/2026-11-23T1400_initial';
import * as m20261124T0900 from './migrations/2026-11-24T0900_dashboards';
import * as m20261204T0300 from './migrations/2026-12-04T0300_invitations';
import * as m20261204T0310 from './migrations/2026-12-04T0310_workspace_changes';
import * as m20261204T0330 from './migrations/2026-12-04T0330_dashboard_period_ranges';

/**
 * Every migration, by name, in order. Listed statically (not read from the folder) so bundlers and
 * tsx see them; add new files at the end and never edit or reorder shipped ones.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-23T1400_initial': m20261123T1400,
  '2026-11-24T0900_dashboards': m20261124T0900,
  '2026-12-04T0300_invitations': m20261204T0300,
  '2026-12-04T0310_workspace_changes': m20261204T0310,
  '2026-12-04T0330_dashboard_period_ranges': m20261204T0330,
};

function migrator(db: Kysely<Database>, migrationTableSchema: string | undefined): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema,
  });
}

/**
 * On PostgreSQL the migrator's bookkeeping tables must be looked up in our own schema: unqualified,
 * Kysely would take another schema's `kysely_migration` in the same database for ours.
 */
async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path');
  return schema;
}

/** Describes a migration run's failure with the migration that failed. */
function failure(error: unknown, results: MigrationResult[] | undefined): Error {
  const failed = results?.find((r) => r.status === 'Error');
  const cause = error instanceof Error ? error : new Error(String(error));
  return new Error(
    `Database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${cause.message}`,
    { cause },
  );
}

/** Brings the store to the latest schema (each migration in its own transaction); returns what ran. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migrator(db, await currentSchema(db)).migrateToLatest();
  if (error) throw failure(error, results);
  return (results ?? []).map((r) => r.migrationName);
}

/** Undoes the latest migration (tests and emergencies only). */
export async function migrateDown(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migrator(db, await currentSchema(db)).migrateDown();
  if (error) throw failure(error, results);
  return (results ?? []).map((r) => r.migrationName);
}
