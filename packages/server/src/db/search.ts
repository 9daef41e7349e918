import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/** A LIKE pattern that finds `text` anywhere, case-insensitively; `%` and `_` in it are literal. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * True where any of `columns` contains `text`, case-insensitively on both engines (PostgreSQL's
 * LIKE is case-sensitive, SQLite's only for non-ASCII letters, so both sides are lowered).
 * @example query.where((eb) => containsText(eb, ['name', 'key'], 'rev'))
 */
export function containsText<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: readonly string[],
  text: string,
): Expression<SqlBool> {
  const pattern = likePattern(text);
  return eb.or(
    columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`),
  );
}
