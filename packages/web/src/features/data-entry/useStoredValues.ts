import type { DataPoint, Period } from '@vitals/core';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../api/queries';
import { fetchDataPoints } from '../../api/series';
import { cellText, type NumberMarks } from './cell-value';
import {
  cellKey,
  componentsFor,
  groupIdOf,
  makeGroup,
  type ColumnGroup,
  type GridMetric,
} from './grid-model';

/** At most this many stored points are read per metric for the periods shown. */
const MAX_POINTS = 5_000;

async function pointsOf(metricId: string, from: string, to: string): Promise<DataPoint[]> {
  const all: DataPoint[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchDataPoints(metricId, { from, to, limit: 500, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < MAX_POINTS);
  return all;
}

/** Stable (module-level), so TanStack Query keeps the combined result while the answers stay. */
function combineResults(results: readonly UseQueryResult<DataPoint[]>[]) {
  return {
    data: results.map((r) => r.data),
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

export interface StoredValues {
  /** The stored values as cell text, by cell key. */
  loaded: Record<string, string>;
  /** The column groups the stored points use (one per metric without dimensions). */
  groups: ColumnGroup[];
  /** The stored point behind each group's row, by `cellKey(row, group.id)`. */
  points: Map<string, DataPoint>;
  isPending: boolean;
  error: Error | null;
}

/** Reads the stored points of the grid's metrics for the periods shown, as cell text. */
export function useStoredValues(
  metrics: readonly GridMetric[],
  periods: readonly Period[],
  marks: NumberMarks,
): StoredValues {
  const newest = periods[0]?.start ?? '';
  const oldest = periods[periods.length - 1]?.start ?? '';
  const { data, isPending, error } = useQueries({
    queries: metrics.map((metric) => ({
      queryKey: queryKeys.dataPoints(metric.id, { from: oldest, to: newest }),
      queryFn: () => pointsOf(metric.id, oldest, newest),
      enabled: periods.length > 0,
    })),
    combine: combineResults,
  });
  const stored = useMemo(() => {
    const loaded: Record<string, string> = {};
    const points = new Map<string, DataPoint>();
    const groups = new Map<string, ColumnGroup>();
    metrics.forEach((metric, index) => {
      if (metric.dimensions.length === 0) {
        const group = makeGroup(metric);
        groups.set(group.id, group);
      }
      for (const point of data[index] ?? []) {
        if (!metric.dimensions.every((name) => point.dimensions[name] !== undefined)) continue;
        const id = groupIdOf(metric.id, point.dimensions);
        const group = groups.get(id) ?? makeGroup(metric, point.dimensions);
        groups.set(id, group);
        points.set(cellKey(point.periodKey, group.id), point);
        for (const component of componentsFor(metric.aggregation)) {
          const key = cellKey(point.periodKey, `${group.id}#${component.name}`);
          loaded[key] = cellText(point.components[component.name], marks);
        }
      }
    });
    return { loaded, points, groups: [...groups.values()] };
  }, [metrics, marks, data]);
  return { ...stored, isPending, error };
}
