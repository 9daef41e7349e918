import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { AggregationKind, Components, Period } from '@vitals/core';
import { LRUCache } from 'lru-cache';
import { dialectOf } from '../../db/connection';
import { precompiled } from '../../db/precompiled';
import type { Database } from '../../db/schema';
import type { SeriesCell } from './series.aggregate';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Kinds whose per-series, per-period roll-up the engine computes exactly as core's `rollUp` does:
 * sums of parts, extremes, and the latest (earliest) observation by `at` with the larger
 * (smaller) value on a tie. `distinct` never rolls up, so it is read raw.
 */
export const SQL_ROLLABLE: ReadonlySet<AggregationKind> = new Set([
  'sum',
  'average',
  'ratio',
  'min',
  'max',
  'last',
  'first',
]);

interface GroupedRow {
  period_key: string;
  dim_key: string;
  n: number;
  a: number | null;
  b: number | string | null;
}

/** The SQL aggregate(s) of an additive kind's parts, as columns a and b. */
function aggregates(kind: AggregationKind): RawBuilder<unknown> {
  switch (kind) {
    case 'sum':
      return sql`sum(d.sum) as a, null as b`;
    case 'average':
      return sql`sum(d.sum) as a, sum(d.count) as b`;
    case 'ratio':
      return sql`sum(d.numerator) as a, sum(d.denominator) as b`;
    case 'min':
      return sql`min(d.value) as a, null as b`;
    case 'max':
      return sql`max(d.value) as a, null as b`;
    default:
      throw new RangeError(`${kind} values are not totalled in SQL`);
  }
}

function components(kind: AggregationKind, row: GroupedRow): Components {
  const a = row.a as number;
  switch (kind) {
    case 'sum':
      return { sum: a };
    case 'average':
      return { sum: a, count: row.b as number };
    case 'ratio':
      return { numerator: a, denominator: row.b as number };
    case 'last':
    case 'first':
      return { value: a, at: row.b as string };
    default:
      return { value: a };
  }
}

const inPeriodOf = (metricId: string) =>
  sql`d.metric_id = ${metricId} and d.period_start >= p.s and d.period_start < p.e`;

/** Compiled SQLite roll-ups by kind and number of periods (see SeriesRepository.sqliteCells). */
const SQLITE_CELLS = new LRUCache<string, (db: Db, ...args: string[]) => Promise<GroupedRow[]>>({
  max: 100,
});

/** The SQL side of series: stage one of a roll-up pushed down to the engine. */
export class SeriesRepository {
  constructor(private readonly db: Db) {}

  /**
   * Each series rolled up per target period by the engine, for the kinds in {@link SQL_ROLLABLE}.
   * The periods come from the workspace calendar and meet the points by their start day, so no
   * SQL here knows what a month is; each period's points are found through the
   * (metric_id, period_start) index.
   */
  async cells(
    metricId: string,
    kind: AggregationKind,
    periods: readonly Period[],
  ): Promise<SeriesCell[]> {
    if (periods.length === 0) return [];
    const postgres = dialectOf(this.db) === 'postgres';
    const inPeriod = inPeriodOf(metricId);
    const rows = postgres
      ? (await this.postgres(kind, periods, inPeriod).execute(this.db)).rows
      : await this.sqliteCells(metricId, kind, periods);
    const byKey = new Map(periods.map((p) => [p.key, p]));
    return rows.map((row) => ({
      period: byKey.get(row.period_key) as Period,
      dimKey: row.dim_key,
      components: components(kind, row),
      pointCount: Number(row.n),
    }));
  }

  /**
   * The latest (earliest) observation per series: ordered by `at` (canonical text, so it sorts
   * by time when compared bytewise, hence `collate "C"` on PostgreSQL), then by value, as core's
   * `combine` breaks ties.
   */
  private stampedOrder(kind: AggregationKind, postgres: boolean): RawBuilder<unknown> {
    const at = postgres ? sql`d.at collate "C"` : sql`d.at`;
    return kind === 'last' ? sql`${at} desc, d.value desc` : sql`${at} asc, d.value asc`;
  }

  /*
   * PostgreSQL would otherwise scan the points once and test every period against every row (a
   * collation-aware text comparison each time); a LATERAL subquery per period makes it one index
   * range scan per period. The periods travel as three arrays, not three parameters per period.
   */
  private postgres(
    kind: AggregationKind,
    periods: readonly Period[],
    inPeriod: RawBuilder<unknown>,
  ) {
    const stamped = kind === 'last' || kind === 'first';
    const perPeriod = stamped
      ? sql`select d.dim_key as dim_key, cast(count(*) as integer) as n,
            (array_agg(d.value order by ${this.stampedOrder(kind, true)}))[1] as a,
            ${kind === 'last' ? sql`max(d.at collate "C")` : sql`min(d.at collate "C")`} as b
          from data_points d where ${inPeriod} group by d.dim_key`
      : sql`select d.dim_key as dim_key, cast(count(*) as integer) as n, ${aggregates(kind)}
          from data_points d where ${inPeriod} group by d.dim_key`;
    return sql<GroupedRow>`
      select p.k as period_key, x.dim_key, x.n, x.a, x.b
      from unnest(cast(${periods.map((p) => p.key)} as text[]),
        cast(${periods.map((p) => p.start)} as text[]),
        cast(${periods.map((p) => p.end)} as text[])) as p(k, s, e)
      cross join lateral (${perPeriod}) x`;
  }

  /**
   * On SQLite, compiling the statement (three parameters a period) costs about a tenth of
   * running it, so each kind's statement for a number of periods is compiled once.
   */
  private sqliteCells(
    metricId: string,
    kind: AggregationKind,
    periods: readonly Period[],
  ): Promise<GroupedRow[]> {
    const count = periods.length;
    const shape = `${kind}/${count}`;
    let run = SQLITE_CELLS.get(shape);
    if (!run) {
      run = precompiled((db: Db, id: string, ...bounds: string[]) => {
        const slots = Array.from({ length: count }, (_, i) => ({
          key: bounds[3 * i] as string,
          start: bounds[3 * i + 1] as string,
          end: bounds[3 * i + 2] as string,
        }));
        return sqliteCellsQuery(kind, slots, inPeriodOf(id)).compile(db);
      });
      SQLITE_CELLS.set(shape, run);
    }
    return run(this.db, metricId, ...periods.flatMap((p) => [p.key, p.start, p.end]));
  }
}

/** SQLite finds the index-per-period plan by itself from a plain join. */
function sqliteCellsQuery(
  kind: AggregationKind,
  periods: readonly Pick<Period, 'key' | 'start' | 'end'>[],
  inPeriod: RawBuilder<unknown>,
) {
  const values = sql.join(periods.map((p) => sql`(${p.key}, ${p.start}, ${p.end})`));
  if (kind === 'last' || kind === 'first') {
    // SQLite takes a bare column's value from the row that holds the group's max() (min()),
    // documented behaviour; `at` is unique within a series and period (it lies in its period).
    const pick = kind === 'last' ? sql`max(d.at)` : sql`min(d.at)`;
    return sql<GroupedRow>`
        with p(k, s, e) as (values ${values})
        select p.k as period_key, d.dim_key as dim_key, cast(count(*) as integer) as n,
          d.value as a, ${pick} as b
        from p join data_points d on ${inPeriod}
        group by p.k, d.dim_key`;
  }
  return sql<GroupedRow>`
      with p(k, s, e) as (values ${values})
      select p.k as period_key, d.dim_key as dim_key, cast(count(*) as integer) as n, ${aggregates(kind)}
      from p join data_points d on ${inPeriod}
      group by p.k, d.dim_key`;
}
