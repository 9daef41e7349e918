import { finalize, rollUp, totalAcrossDimensions } from '../aggregation/combine';
import type { ComponentsByKind } from '../aggregation/components';
import type { AggregationKind } from '../aggregation/kind';
import type { CivilDate, DateWindow } from '../calendar/index';
import type { Measure, Measurement } from './evaluate-kpi';

/** One stored base-grain value: the first day of its period, its series and its components. */
export interface MeasuredPoint<K extends AggregationKind = AggregationKind> {
  start: CivilDate;
  /** Identifies the series (the canonical dimension values); `''` for a metric without dimensions. */
  series: string;
  components: ComponentsByKind[K];
}

/** Index of the first point whose start is ≥ `date` (points sorted by start). */
function lowerBound(points: readonly MeasuredPoint[], date: CivilDate): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.start < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A `Measure` over stored points: the points whose period starts inside the window, each series
 * rolled up over time by the kind's rule, then totalled across series (so stocks add up their
 * regions' closing values). Points must be of a grain that nests in the windows asked for.
 *
 * @example
 * const measure = pointsMeasure('ratio', points); // points sorted or not
 * measure({ start: '2026-11-01', end: '2026-12-01' }); // { value: Σnum/Σden, pointCount: 30 }
 */
export function pointsMeasure<K extends AggregationKind>(
  kind: K,
  points: readonly MeasuredPoint<K>[],
): Measure {
  const sorted = [...points].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return (window: DateWindow): Measurement => {
    const from = lowerBound(sorted, window.start);
    const to = lowerBound(sorted, window.end);
    if (to <= from) return { value: null, pointCount: 0, reason: 'no data in the period' };
    const bySeries = new Map<string, ComponentsByKind[K][]>();
    for (let i = from; i < to; i += 1) {
      const point = sorted[i]!;
      const list = bySeries.get(point.series);
      if (list) list.push(point.components);
      else bySeries.set(point.series, [point.components]);
    }
    const perSeries = [...bySeries.values()].map((items) => rollUp(kind, items));
    const total = totalAcrossDimensions(kind, perSeries);
    const result = finalize(kind, total);
    return result.value === null
      ? { value: null, pointCount: to - from, reason: result.reason }
      : { value: result.value, pointCount: to - from };
  };
}
