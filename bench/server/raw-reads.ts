import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { StoreLocation } from '../store/engine';

/** Half-open ranges of period starts, `[from, to)`. */
export type DayRange = readonly [string, string];

const POINT_COLUMNS =
  'metric_id, period_start, dim_key, value, sum, count, numerator, denominator, at';

export interface Timed {
  ms: number;
  rows: number;
}

/**
 * The raw engine's side of figures 3 and 4, on its own driver connection in the server process
 * (same process, same conditions as the service it is compared with): hand-written SQL, rows
 * fetched into JavaScript, nothing else.
 */
export interface RawReads {
  /** Every point of the metrics whose period starts in one of the ranges. */
  points(metricIds: readonly string[], ranges: readonly DayRange[]): Promise<Timed>;
  /** A `sum` metric's points totalled per month and dimension values. */
  monthlyGroupBy(metricId: string, from: string, to: string): Promise<Timed>;
  close(): Promise<void>;
}

const rangeSql = (ranges: readonly DayRange[], param: (i: number) => string): string =>
  ranges
    .map((_, i) => `(period_start >= ${param(2 * i)} and period_start < ${param(2 * i + 1)})`)
    .join(' or ');

function sqliteReads(file: string): RawReads {
  const database = new SQLite(file, { readonly: true });
  database.pragma('cache_size = -65536');
  const time = <T>(run: () => T[]): Timed => {
    const started = performance.now();
    const rows = run().length;
    return { ms: performance.now() - started, rows };
  };
  return {
    points: async (metricIds, ranges) => {
      const statement = database.prepare(
        `select ${POINT_COLUMNS} from data_points where metric_id in (${metricIds.map(() => '?').join(',')}) and (${rangeSql(ranges, () => '?')})`,
      );
      return time(() => statement.all(...metricIds, ...ranges.flat()));
    },
    monthlyGroupBy: async (metricId, from, to) => {
      const statement = database.prepare(
        `select substr(period_start, 1, 7) as month, dim_key, count(*) as n, sum(sum) as total
         from data_points where metric_id = ? and period_start >= ? and period_start < ? group by 1, 2`,
      );
      return time(() => statement.all(metricId, from, to));
    },
    close: async () => {
      database.close();
    },
  };
}

async function postgresReads(url: string, schema: string): Promise<RawReads> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const time = async (text: string, values: unknown[]): Promise<Timed> => {
    const started = performance.now();
    const { rows } = await client.query(text, values);
    return { ms: performance.now() - started, rows: rows.length };
  };
  return {
    points: (metricIds, ranges) =>
      time(
        `select ${POINT_COLUMNS} from data_points where metric_id = any($1) and (${rangeSql(ranges, (i) => `$${i + 2}`)})`,
        [metricIds, ...ranges.flat()],
      ),
    monthlyGroupBy: (metricId, from, to) =>
      time(
        `select substr(period_start, 1, 7) as month, dim_key, count(*) as n, sum(sum) as total
         from data_points where metric_id = $1 and period_start >= $2 and period_start < $3 group by 1, 2`,
        [metricId, from, to],
      ),
    close: () => client.end(),
  };
}

export function openRawReads(location: StoreLocation): Promise<RawReads> {
  return location.engine === 'sqlite'
    ? Promise.resolve(sqliteReads(location.file))
    : postgresReads(location.url, location.schema);
}
