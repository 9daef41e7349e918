import type { Series } from '@vitals/core';

export interface BreakdownGroup {
  /** The dimension's value, or "(none)" for points without one. */
  name: string;
  /** One value per period of `periods`; null where the group has no data. */
  values: (number | null)[];
}

export interface BreakdownModel {
  periods: string[];
  groups: BreakdownGroup[];
  /** Groups left out beyond `limit` (the smallest in the latest period). */
  hidden: number;
}

/**
 * A series broken down by one dimension as one row of values per dimension value, biggest in the
 * latest period first. Groups beyond `limit` are left out, never summed into "other" (a ratio or
 * an average cannot be added up).
 */
export function breakdownModel(series: Series, dimension: string, limit = 8): BreakdownModel {
  const periods = [...new Set(series.rows.map((row) => row.periodKey))];
  const index = new Map(periods.map((key, i) => [key, i]));
  const groups = new Map<string, (number | null)[]>();
  for (const row of series.rows) {
    const name = row.dimensions[dimension] ?? '(none)';
    const values = groups.get(name) ?? periods.map(() => null);
    values[index.get(row.periodKey) ?? 0] = row.value;
    groups.set(name, values);
  }
  const latest = (values: (number | null)[]) => values.findLast((v) => v !== null) ?? -Infinity;
  const sorted = [...groups.entries()]
    .map(([name, values]) => ({ name, values }))
    .sort((a, b) => latest(b.values) - latest(a.values) || a.name.localeCompare(b.name));
  return { periods, groups: sorted.slice(0, limit), hidden: Math.max(0, sorted.length - limit) };
}
