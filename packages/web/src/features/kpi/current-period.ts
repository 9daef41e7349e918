import type { Kpi, KpiCard, KpiEvaluation, KpiPeriodEvaluationDto } from '@vitals/core';

/** The period a KPI is judged on now: the running one, else the latest that has started. */
export function currentPeriodOf(evaluation: KpiEvaluation): KpiPeriodEvaluationDto | undefined {
  return (
    evaluation.periods.find((p) => p.phase === 'running') ??
    evaluation.periods.findLast((p) => p.phase !== 'future')
  );
}

/** The card of a KPI's current period, so the KPI page's headline reads like the dashboard's cards. */
export function headlineCard(
  kpi: Kpi,
  evaluation: KpiEvaluation,
  current: KpiPeriodEvaluationDto,
): KpiCard {
  return {
    kpiId: kpi.id,
    name: kpi.name,
    unit: evaluation.unit,
    direction: evaluation.direction,
    teamId: kpi.teamId,
    ownerId: kpi.ownerId,
    grain: evaluation.grain,
    current,
    sparkline: [],
    lastUpdated: evaluation.lastUpdated,
    stale: current.status === 'stale',
  };
}
