import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { dialectOf, type DialectName } from './connection';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Where each bound parameter comes from: the call's argument at an index, or the query itself. */
type Slot = { argument: number } | { constant: unknown };

/**
 * A query built and compiled once per dialect, then run with each call's string arguments:
 * Kysely builds and compiles every query anew, which for a short look-up costs several times
 * what running it does. `compile` must use its arguments only as bound values, never to shape
 * the query.
 */
export function precompiled<A extends readonly string[], R>(
  compile: (db: Db, ...args: A) => CompiledQuery<R>,
): (db: Db, ...args: A) => Promise<R[]> {
  const compiled = new Map<DialectName, { sql: string; slots: Slot[] }>();
  return async (db, ...args) => {
    const dialect = dialectOf(db);
    let query = compiled.get(dialect);
    if (!query) {
      // Placeholders no caller sends, so each bound parameter is traced to its argument.
      const markers = args.map((_, i) => `\u0000argument ${i}\u0000`);
      const { sql, parameters } = compile(db, ...(markers as unknown as A));
      const slots = parameters.map((p): Slot => {
        const argument = markers.indexOf(p as string);
        return argument >= 0 ? { argument } : { constant: p };
      });
      query = { sql, slots };
      compiled.set(dialect, query);
    }
    const parameters = query.slots.map((s) => ('argument' in s ? args[s.argument] : s.constant));
    const { rows } = await db.executeQuery(CompiledQuery.raw(query.sql, parameters));
    return rows as R[];
  };
}
