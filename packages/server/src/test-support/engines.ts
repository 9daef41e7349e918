import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type DialectName } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { postgresUrl, requirePostgres } from './postgres';

export interface TestEngine {
  dialect: DialectName;
  db: Kysely<Database>;
}

export interface EngineSuiteOptions {
  /** Apply the migrations before the suite (default true); false gives an empty database. */
  migrate?: boolean;
}

/** A fresh, isolated database of one engine, and how to throw it away. */
interface FreshDatabase {
  db: Kysely<Database>;
  dispose(): Promise<void>;
}

function freshSqlite(): FreshDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-db-'));
  const db = openDatabase({ VITALS_DATA_DIR: dir, DATABASE_URL: undefined });
  return {
    db,
    async dispose() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A schema of its own in the test database, so suites (and parallel test files) never meet. */
async function freshPostgres(): Promise<FreshDatabase> {
  const schema = `vitals_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const db = openDatabase(
    { VITALS_DATA_DIR: '', DATABASE_URL: postgresUrl },
    { postgresSchema: schema, postgresPoolSize: 4 },
  );
  return {
    db,
    async dispose() {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: postgresUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop schema ${schema} cascade`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

function engineSuite(
  dialect: DialectName,
  open: () => FreshDatabase | Promise<FreshDatabase>,
  options: EngineSuiteOptions,
  suite: (engine: () => TestEngine) => void,
): void {
  let fresh: FreshDatabase | undefined;
  beforeAll(async () => {
    fresh = await open();
    if (options.migrate ?? true) await migrateToLatest(fresh.db);
  });
  afterAll(async () => {
    await fresh?.dispose();
  });
  suite(() => {
    if (!fresh)
      throw new Error(`the ${dialect} test database is not open yet (use it inside tests)`);
    return { dialect, db: fresh.db };
  });
}

/**
 * Runs a suite twice: on a fresh SQLite file in a temp folder and on PostgreSQL in a fresh schema,
 * each created before the suite and dropped after it. Tests of one suite share its database.
 *
 * @example
 * describeEachEngine('metrics repository', (engine) => {
 *   it('stores a metric', async () => {
 *     const { db } = engine();
 *     …
 *   });
 * });
 */
export function describeEachEngine(
  name: string,
  suite: (engine: () => TestEngine) => void,
  options: EngineSuiteOptions = {},
): void {
  describe(`${name} [sqlite]`, () => engineSuite('sqlite', freshSqlite, options, suite));
  describe(`${name} [postgres]`, async () => {
    if (!(await requirePostgres())) {
      it.skip('PostgreSQL is not reachable', () => undefined);
      return;
    }
    engineSuite('postgres', freshPostgres, options, suite);
  });
}
