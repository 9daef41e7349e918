import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase, sqliteFile } from '../../packages/server/src/db/connection';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import type { Database } from '../../packages/server/src/db/schema';

export type Engine = 'sqlite' | 'postgres';

/** The PostgreSQL the bench works in; each store is a fresh schema in it, dropped afterwards. */
export const PG_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Where a store lives, enough for another process to open it. */
export type StoreLocation =
  | { engine: 'sqlite'; dir: string; file: string }
  | { engine: 'postgres'; url: string; schema: string };

export interface Store {
  location: StoreLocation;
  db: Kysely<Database>;
  /** Closes the store's connections and deletes it (file or schema). */
  drop(): Promise<void>;
}

/** Opens a store at a location the way the server does (same pragmas, same pool). */
export function openStore(location: StoreLocation): Kysely<Database> {
  return location.engine === 'sqlite'
    ? openDatabase({ VITALS_DATA_DIR: location.dir, DATABASE_URL: undefined })
    : openDatabase(
        { VITALS_DATA_DIR: '', DATABASE_URL: location.url },
        { postgresSchema: location.schema },
      );
}

async function withPg<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, migrated, empty store on the engine. `name` tells stores of one run apart. */
export async function createStore(engine: Engine, name: string): Promise<Store> {
  let location: StoreLocation;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `vitals-bench-${name}-`));
    location = { engine, dir, file: sqliteFile(dir) };
  } else {
    const schema = `bench_${Date.now().toString(36)}_${process.pid}_${name}`;
    await withPg((c) => c.query(`create schema ${schema}`));
    location = { engine, url: PG_URL, schema };
  }
  const db = openStore(location);
  await migrateToLatest(db);
  return {
    location,
    db,
    drop: async () => {
      await db.destroy();
      if (location.engine === 'sqlite') rmSync(location.dir, { recursive: true, force: true });
      else await withPg((c) => c.query(`drop schema if exists ${location.schema} cascade`));
    },
  };
}

/** Fresh planner statistics after a bulk load, as autovacuum would gather them (PostgreSQL). */
export async function analyze(store: Store): Promise<void> {
  if (store.location.engine !== 'postgres') return;
  const { schema } = store.location;
  await withPg((c) => c.query(`analyze ${schema}.data_points; analyze ${schema}.targets`));
}
