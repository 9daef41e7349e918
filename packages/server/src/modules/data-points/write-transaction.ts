import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../../db/connection';
import type { Database } from '../../db/schema';

/**
 * A transaction that reads and then writes. On SQLite it starts with BEGIN IMMEDIATE: a deferred
 * BEGIN that read first would fail at once (SQLITE_BUSY_SNAPSHOT) if another process (the CLI, a
 * second server) committed in between; IMMEDIATE waits for the write lock up front, under the
 * connection's busy_timeout. On PostgreSQL it is a plain transaction (the work locks what it needs).
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (dialectOf(db) !== 'sqlite') return db.transaction().execute(work);
  // connection() holds the one SQLite connection for the whole unit, like transaction() does.
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
