import { parseFormula, type Calendar } from '@vitals/core';
import { PointsRepository } from '../data-points/points.repository';
import type { PointsService } from '../data-points/points.service';
import type { ServiceDeps } from '../deps';
import { EvaluationRepository } from '../evaluation/evaluation.repository';
import { kpiMeasures } from '../evaluation/measures';
import type { LastYearActuals } from './target-definition';

/** Where the workspace calendar comes from (formula KPIs' `prev()` needs it). */
interface CalendarSource {
  calendar(workspaceId: string): Promise<Calendar>;
}

/**
 * Last year's actuals for `last_year` phasing, measured the way evaluation measures the KPI: its
 * metric's stored points (`points.read`) passed through the KPI's dimension filter and rolled up
 * by core's `pointsMeasure`, or for a formula metric its operands' points and the formula. A
 * period without data is `null` (core then phases evenly and says why).
 *
 * @example new TargetsService(deps, { calendars, lastYearActuals: lastYearActualsFrom(deps, calendars, points) })
 */
export function lastYearActualsFrom(
  deps: ServiceDeps,
  calendars: CalendarSource,
  points: Pick<PointsService, 'read'>,
): LastYearActuals {
  return async ({ kpiId, metricId, dimensionFilter, periods }) => {
    const first = periods[0];
    const last = periods.at(-1);
    if (!first || !last) return [];
    const none = periods.map(() => null);
    const repo = new PointsRepository(deps.db);
    const [metric] = await repo.metricsByIds([metricId]);
    if (!metric) return none;
    const [kpi] = await new EvaluationRepository(deps.db).kpis(metric.workspaceId, [kpiId]);
    if (!kpi || kpi.metric.id !== metricId) return none;
    const calendar = await calendars.calendar(metric.workspaceId);
    const operands = metric.formula
      ? await repo.metricsByKeys(metric.workspaceId, parseFormula(metric.formula).references)
      : [];
    // A formula's prev() reaches back one period before the first asked.
    const from = metric.formula ? calendar.previous(first).start : first.start;
    const read = await points.read(
      metric.formula ? operands.map((m) => m.id) : [metric.id],
      from,
      last.end,
    );
    const { measure } = kpiMeasures({
      // The filter asked for, which is the KPI's own.
      kpi: { ...kpi, dimensionFilter },
      points: read,
      operands: new Map(operands.map((m) => [m.key, m])),
      calendar,
      grain: first.grain,
    });
    return periods.map((p) => measure(p).value);
  };
}
