import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PointRow } from '../workload/points';
import type { StoreLocation } from './engine';

/** The data_points columns in the order the raw inserts write them. */
const COLUMNS = [
  'id',
  'metric_id',
  'period_key',
  'period_start',
  'dim_key',
  'value',
  'sum',
  'count',
  'numerator',
  'denominator',
  'at',
  'source',
  'note',
  'revision',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const;

type Cell = string | number | null;
const ACTOR = 'token:bench';
export const RAW_TRANSACTION_ROWS = 10_000;

/** The full stored row of a point, as the server would write it on first insert. */
function cells(row: PointRow, id: string, now: string): Cell[] {
  return [
    id,
    row.metricId,
    row.day,
    row.day,
    row.dimKey,
    row.value,
    row.sum,
    row.count,
    row.numerator,
    row.denominator,
    row.at,
    'push',
    '',
    1,
    now,
    ACTOR,
    now,
    ACTOR,
  ];
}

const copyText = (cell: Cell): string =>
  cell === null
    ? '\\N'
    : String(cell).replace(
        /[\\\t\n\r]/g,
        (c) => `\\${c === '\t' ? 't' : c === '\n' ? 'n' : c === '\r' ? 'r' : '\\'}`,
      );

/** A prepared raw insert: rows made ready before timing, then `run()` is what is timed. */
export interface RawInsert {
  run(): Promise<void>;
  close(): Promise<void>;
}

/**
 * SQLite's raw rate: one prepared single-row INSERT, run in transactions of 10,000 rows, on a
 * connection with the server's pragmas (WAL, synchronous NORMAL, foreign keys, 64 MB cache).
 */
function sqliteInsert(file: string, rows: Cell[][]): RawInsert {
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('cache_size = -65536');
  const names = COLUMNS.map((c) => `"${c}"`).join(',');
  const statement = database.prepare(
    `insert into data_points (${names}) values (${COLUMNS.map(() => '?').join(',')})`,
  );
  const insertChunk = database.transaction((chunk: Cell[][]) => {
    for (const row of chunk) statement.run(row);
  });
  return {
    run: async () => {
      for (let i = 0; i < rows.length; i += RAW_TRANSACTION_ROWS) {
        insertChunk(rows.slice(i, i + RAW_TRANSACTION_ROWS));
      }
    },
    close: async () => {
      database.close();
    },
  };
}

/** PostgreSQL's raw rate: one COPY … FROM STDIN (text format) of all the rows. */
async function postgresCopy(url: string, schema: string, rows: Cell[][]): Promise<RawInsert> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += RAW_TRANSACTION_ROWS) {
    chunks.push(
      rows
        .slice(i, i + RAW_TRANSACTION_ROWS)
        .map((r) => `${r.map(copyText).join('\t')}\n`)
        .join(''),
    );
  }
  return {
    run: async () => {
      const copy = client.query(copyFrom(`copy data_points (${COLUMNS.join(',')}) from stdin`));
      await pipeline(Readable.from(chunks), copy);
    },
    close: () => client.end(),
  };
}

/** The same rows the HTTP ingest writes, prepared for the raw engine at `location`. */
export async function prepareRawInsert(
  location: StoreLocation,
  rows: readonly PointRow[],
  newId: () => string,
  now: string,
): Promise<RawInsert> {
  const prepared = rows.map((row) => cells(row, newId(), now));
  return location.engine === 'sqlite'
    ? sqliteInsert(location.file, prepared)
    : postgresCopy(location.url, location.schema, prepared);
}
