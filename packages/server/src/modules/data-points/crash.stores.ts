import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase, sqliteFile } from '../../db/connection';
import type { Database } from '../../db/schema';
import { postgresUrl } from '../../test-support/postgres';

/*
 * The stores the crash test kills a server over: what the server process is started with, how
 * the test reads the store afterwards, and a probe that tells, from outside the server, whether a
 * write transaction is running right now (so the kill can be aimed into it).
 */

/** A metric's data as stored: enough to tell a whole batch from a partial one. */
export interface StoredState {
  points: number;
  /** Sum of the points' revision numbers (each point's revision is the same in a whole batch). */
  revisionSum: number;
  /** Smallest and largest stored value (`null` without points). */
  low: number | null;
  high: number | null;
  /** Old values kept in data_point_revisions. */
  revisions: number;
  /** Batch writes in the audit log. */
  ingests: number;
}

export interface CrashStore {
  name: 'sqlite' | 'postgres';
  /** Environment of the server process. */
  env: Record<string, string>;
  /** Whether a write transaction is running (the probe itself never waits). */
  writing(): Promise<boolean>;
  /** How long the probe must see it running before the kill: SQLite's lock alone does not say on which table. */
  settleMs: number;
  read(metricId: string): Promise<StoredState>;
  dispose(): Promise<void>;
}

async function readState(db: Kysely<Database>, metricId: string): Promise<StoredState> {
  const points = await sql<{
    n: number | string;
    revs: number | string | null;
    lo: number | null;
    hi: number | null;
  }>`
    select count(*) as n, sum(revision) as revs, min("sum") as lo, max("sum") as hi
    from data_points where metric_id = ${metricId}`.execute(db);
  const revisions = await sql<{ n: number | string }>`
    select count(*) as n from data_point_revisions r
    join data_points p on p.id = r.data_point_id where p.metric_id = ${metricId}`.execute(db);
  const ingests = await sql<{ n: number | string }>`
    select count(*) as n from audit_log where entity = 'data_points' and action = 'ingest'`.execute(
    db,
  );
  const row = points.rows[0];
  return {
    points: Number(row?.n ?? 0),
    revisionSum: Number(row?.revs ?? 0),
    low: row?.lo === null || row?.lo === undefined ? null : Number(row.lo),
    high: row?.hi === null || row?.hi === undefined ? null : Number(row.hi),
    revisions: Number(revisions.rows[0]?.n ?? 0),
    ingests: Number(ingests.rows[0]?.n ?? 0),
  };
}

/** A temp data folder; the probe tries to take SQLite's write lock without waiting. */
export function sqliteStore(): CrashStore {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-crash-'));
  let probe: SQLite.Database | undefined;
  return {
    name: 'sqlite',
    env: { VITALS_DATA_DIR: dir },
    settleMs: 25,
    async writing() {
      probe ??= new SQLite(sqliteFile(dir));
      probe.pragma('busy_timeout = 0');
      try {
        probe.exec('begin immediate');
        probe.exec('rollback');
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      }
    },
    async read(metricId) {
      probe?.close();
      probe = undefined;
      const db = openDatabase({ VITALS_DATA_DIR: dir, DATABASE_URL: undefined });
      try {
        return await readState(db, metricId);
      } finally {
        await db.destroy();
      }
    },
    async dispose() {
      probe?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh schema of the test PostgreSQL, handed to the server through DATABASE_URL's `options`
 * (search_path); the probe looks for a granted row-exclusive lock on that schema's data_points
 * or data_point_revisions, which a write takes and holds until its transaction ends.
 */
export async function postgresStore(): Promise<CrashStore> {
  const schema = `vitals_crash_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`;
  return {
    name: 'postgres',
    env: { DATABASE_URL: url },
    settleMs: 0,
    async writing() {
      const res = await admin.query(
        `select 1 from pg_locks l join pg_class c on c.oid = l.relation
         join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = $1 and c.relname in ('data_points', 'data_point_revisions')
           and l.mode = 'RowExclusiveLock' and l.granted`,
        [schema],
      );
      return (res.rowCount ?? 0) > 0;
    },
    async read(metricId) {
      const db = openDatabase(
        { VITALS_DATA_DIR: '', DATABASE_URL: postgresUrl },
        { postgresSchema: schema, postgresPoolSize: 1 },
      );
      try {
        return await readState(db, metricId);
      } finally {
        await db.destroy();
      }
    },
    async dispose() {
      // A killed server's backend may still be finishing its statement: end it before the drop.
      await admin.query(
        `select pg_terminate_backend(pid) from pg_locks l join pg_class c on c.oid = l.relation
         join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and l.pid <> pg_backend_pid()`,
        [schema],
      );
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
