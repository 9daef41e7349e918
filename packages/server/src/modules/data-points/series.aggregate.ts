import {
  breakdownOf,
  finalize,
  matchesFilter,
  PeriodLookup,
  rollUp,
  totalAcrossDimensions,
  type AggregationKind,
  type BreakdownValues,
  type Calendar,
  type Components,
  type DimensionFilter,
  type Grain,
  type Period,
} from '@vitals/core';
import { DimKeys, toComponents } from './data-points.rows';
import type { SeriesPointRow } from './points.repository';

/**
 * One series (full set of dimension values, `dimKey`) rolled up over time into one target period:
 * the first stage of a roll-up. Built in SQL for kinds whose parts add (see series.repository) or
 * here from raw points for the others.
 */
export interface SeriesCell {
  period: Period;
  dimKey: string;
  components: Components;
  pointCount: number;
}

/** A finished row: one period and one combination of breakdown values. */
export interface RolledRow {
  period: Period;
  dimensions: BreakdownValues;
  components: Components;
  pointCount: number;
  value: number | null;
  reason?: string;
}

/** Stage one in memory: points sorted by start → cells, each series rolled up by core's rollUp. */
export function cellsFromPoints(
  kind: AggregationKind,
  rows: readonly SeriesPointRow[],
  calendar: Calendar,
  grain: Grain,
): SeriesCell[] {
  const lookup = new PeriodLookup(calendar, grain);
  const cells: SeriesCell[] = [];
  // Rows come in start order, so each period's groups are complete when the next period begins.
  let period: Period | undefined;
  let groups = new Map<string, Components[]>();
  const flush = () => {
    if (!period) return;
    for (const [dimKey, items] of groups) {
      cells.push({ period, dimKey, components: rollUp(kind, items), pointCount: items.length });
    }
    groups = new Map();
  };
  for (const row of rows) {
    const next = lookup.containing(row.period_start);
    if (next !== period) {
      flush();
      period = next;
    }
    const items = groups.get(row.dim_key);
    if (items) items.push(toComponents(kind, row));
    else groups.set(row.dim_key, [toComponents(kind, row)]);
  }
  flush();
  return cells;
}

/**
 * Stage two: keeps the cells whose series pass the filter and totals them across dimension
 * values per period (and per combination of the breakdown dimensions) by core's rules — stocks
 * add their series' closing values, ratios add their parts. Sorted by period, then breakdown
 * values (`null` first). `distinct` throws when two series would merge.
 */
export function totalCells(
  kind: AggregationKind,
  cells: readonly SeriesCell[],
  options: { filter: DimensionFilter; breakdown: readonly string[]; dims?: DimKeys },
): RolledRow[] {
  const dims = options.dims ?? new DimKeys();
  const { filter, breakdown } = options;
  const filtering = Object.keys(filter).length > 0;
  // Each series' filter verdict and combination of breakdown values, worked out once per series.
  const seriesOf = new Map<string, Combination | null>();
  const combinations = new Map<string, Combination>();
  for (const cell of cells) {
    if (seriesOf.has(cell.dimKey)) continue;
    const dimensions = dims.of(cell.dimKey);
    if (filtering && !matchesFilter(dimensions, filter)) {
      seriesOf.set(cell.dimKey, null);
      continue;
    }
    const values = breakdownOf(dimensions, breakdown);
    const key = JSON.stringify(Object.values(values));
    const combination = combinations.get(key) ?? { values, rank: 0 };
    combinations.set(key, combination);
    seriesOf.set(cell.dimKey, combination);
  }
  // Combinations ranked once by their values and periods by start, so rows sort by two numbers.
  [...combinations.values()]
    .sort((a, b) => compareValues(a.values, b.values, breakdown))
    .forEach((c, rank) => (c.rank = rank));
  const periods = new Map<string, Period>();
  for (const cell of cells) periods.set(cell.period.key, cell.period);
  const periodRank = new Map<string, number>();
  [...periods.values()]
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .forEach((p, rank) => periodRank.set(p.key, rank));
  const groups = new Map<number, Group>();
  for (const cell of cells) {
    const combination = seriesOf.get(cell.dimKey);
    if (!combination) continue;
    const order =
      (periodRank.get(cell.period.key) as number) * combinations.size + combination.rank;
    const group = groups.get(order);
    if (group) {
      group.items.push(cell.components);
      group.pointCount += cell.pointCount;
    } else {
      groups.set(order, {
        order,
        period: cell.period,
        dimensions: combination.values,
        items: [cell.components],
        pointCount: cell.pointCount,
      });
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.order - b.order);
  return sorted.map((g): RolledRow => {
    // One series' cell is its own total (finalize checks its components all the same).
    const components =
      g.items.length === 1 ? (g.items[0] as Components) : totalAcrossDimensions(kind, g.items);
    const result = finalize(kind, components);
    const row: RolledRow = {
      period: g.period,
      dimensions: g.dimensions,
      components,
      pointCount: g.pointCount,
      value: result.value,
    };
    if (result.value === null) row.reason = result.reason;
    return row;
  });
}

interface Combination {
  values: BreakdownValues;
  rank: number;
}

interface Group {
  /** Period rank × number of combinations + combination rank: the row's place. */
  order: number;
  period: Period;
  dimensions: BreakdownValues;
  items: Components[];
  pointCount: number;
}

export function compareRows(a: RolledRow, b: RolledRow, breakdown: readonly string[]): number {
  if (a.period.start !== b.period.start) return a.period.start < b.period.start ? -1 : 1;
  return compareValues(a.dimensions, b.dimensions, breakdown);
}

/** Breakdown values in the order of the breakdown's names, `null` first. */
function compareValues(
  a: BreakdownValues,
  b: BreakdownValues,
  breakdown: readonly string[],
): number {
  for (const name of breakdown) {
    const [x, y] = [a[name] ?? null, b[name] ?? null];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
