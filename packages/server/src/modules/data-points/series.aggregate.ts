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
  // A series' filter verdict and breakdown values, worked out once per series, not per cell.
  const seriesOf = new Map<string, { values: BreakdownValues; key: string } | null>();
  const groups = new Map<
    string,
    { period: Period; dimensions: BreakdownValues; items: Components[]; pointCount: number }
  >();
  for (const cell of cells) {
    let series = seriesOf.get(cell.dimKey);
    if (series === undefined) {
      const dimensions = dims.of(cell.dimKey);
      const values = breakdownOf(dimensions, breakdown);
      series =
        filtering && !matchesFilter(dimensions, filter)
          ? null
          : { values, key: JSON.stringify(Object.values(values)) };
      seriesOf.set(cell.dimKey, series);
    }
    if (series === null) continue;
    const key = `${cell.period.key}\u0000${series.key}`;
    let group = groups.get(key);
    if (!group) {
      group = { period: cell.period, dimensions: series.values, items: [], pointCount: 0 };
      groups.set(key, group);
    }
    group.items.push(cell.components);
    group.pointCount += cell.pointCount;
  }
  const rows = [...groups.values()].map((g): RolledRow => {
    const components = totalAcrossDimensions(kind, g.items);
    const result = finalize(kind, components);
    return {
      period: g.period,
      dimensions: g.dimensions,
      components,
      pointCount: g.pointCount,
      value: result.value,
      ...(result.value === null ? { reason: result.reason } : {}),
    };
  });
  return rows.sort((a, b) => compareRows(a, b, breakdown));
}

export function compareRows(a: RolledRow, b: RolledRow, breakdown: readonly string[]): number {
  if (a.period.start !== b.period.start) return a.period.start < b.period.start ? -1 : 1;
  for (const name of breakdown) {
    const [x, y] = [a.dimensions[name] ?? null, b.dimensions[name] ?? null];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
