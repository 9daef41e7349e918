import {
  addCivilDays,
  civilDaysBetween,
  DistinctRollUpError,
  formulaMeasure,
  minCivil,
  parseFormula,
  pointsMeasure,
  type Calendar,
  type CivilDate,
  type DateWindow,
  type Grain,
  type Measure,
  type MeasuredPoint,
} from '@vitals/core';
import type { MetricDef } from '../data-points/data-points.rows';
import type { MeasurablePoint } from '../data-points/points.service';
import type { EvaluableKpi } from './evaluation.repository';

/** The points of a KPI's metric that pass its dimension filter (only dimensions the metric has). */
function filtered(
  points: readonly MeasurablePoint[],
  filter: Record<string, string>,
  dims?: readonly string[],
) {
  const entries = Object.entries(filter).filter(([name]) => !dims || dims.includes(name));
  if (entries.length === 0) return points;
  return points.filter((p) => entries.every(([name, value]) => p.dimensions[name] === value));
}

/** A distinct metric cannot be rolled up: asked over more than one stored period it has no value. */
function guarded(measure: Measure): Measure {
  return (window) => {
    try {
      return measure(window);
    } catch (error) {
      if (error instanceof DistinctRollUpError) {
        return {
          value: null,
          pointCount: 0,
          reason: 'a distinct count cannot be rolled up from smaller periods',
        };
      }
      throw error;
    }
  };
}

export interface KpiMeasures {
  measure: Measure;
  /** Start of the latest period with data, for staleness. */
  latest: CivilDate | null;
}

/**
 * Builds each KPI's measure over points read once for many KPIs: plain metrics measure their own
 * points; formula metrics measure each operand by its kind, then evaluate the formula.
 */
export function kpiMeasures(input: {
  kpi: EvaluableKpi;
  points: ReadonlyMap<string, readonly MeasurablePoint[]>;
  operands: ReadonlyMap<string, MetricDef>;
  calendar: Calendar;
  grain: Grain;
}): KpiMeasures {
  const { kpi, points, operands, calendar, grain } = input;
  if (!kpi.metric.formula) {
    const own = filtered(points.get(kpi.metric.id) ?? [], kpi.dimensionFilter);
    return {
      measure: guarded(pointsMeasure(kpi.metric.kind, own as readonly MeasuredPoint[])),
      latest: latestOf(own),
    };
  }
  const formula = parseFormula(kpi.metric.formula);
  const measures: Record<string, Measure> = {};
  let latest: CivilDate | null = null;
  for (const key of formula.references) {
    const metric = operands.get(key);
    if (!metric) continue;
    const own = filtered(points.get(metric.id) ?? [], kpi.dimensionFilter, metric.dimensions);
    measures[key] = guarded(pointsMeasure(metric.aggregation, own as readonly MeasuredPoint[]));
    const l = latestOf(own);
    if (l && (!latest || l > latest)) latest = l;
  }
  // prev() reads the same number of days at the start of the previous period of the grain.
  const previousWindow = (w: DateWindow): DateWindow => {
    const previous = calendar.previous(calendar.periodOf(w.start, grain));
    const days = civilDaysBetween(w.start, w.end);
    return {
      start: previous.start,
      end: minCivil(addCivilDays(previous.start, days), previous.end),
    };
  };
  return { measure: formulaMeasure(formula, measures, previousWindow), latest };
}

function latestOf(points: readonly MeasurablePoint[]): CivilDate | null {
  let latest: CivilDate | null = null;
  for (const p of points) if (!latest || p.start > latest) latest = p.start;
  return latest;
}
