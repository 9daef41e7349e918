import type {
  KpiPeriodEvaluation,
  KpiPeriodEvaluationDto,
  KpiRangeEvaluation,
  KpiRangeEvaluationDto,
} from '@vitals/core';

/** What a period's and a range's evaluations share, in their API shape. */
function shared(e: KpiPeriodEvaluation | KpiRangeEvaluation) {
  return {
    phase: e.phase,
    fraction: e.fraction,
    actual: e.actual,
    ...(e.actualReason ? { actualReason: e.actualReason } : {}),
    pointCount: e.pointCount,
    target: e.target,
    expected: e.expected,
    pacing: e.pacing,
    attainment: e.attainment,
    status: e.status,
    reason: e.reason,
    boundaries: e.boundaries,
    projection: e.projection,
    changes: e.changes,
    windows: {
      likeForLike: e.windows.likeForLike,
      current: e.windows.current,
      previous: e.windows.previous,
      lastYear: e.windows.lastYear,
    },
    targetExplanation: e.targetExplanation,
    targetExplanationParts: e.targetExplanationParts,
  };
}

/** The API shape of one evaluated period (core's result without internal bookkeeping). */
export function toEvaluationDto(e: KpiPeriodEvaluation): KpiPeriodEvaluationDto {
  return { period: e.period, ...shared(e) };
}

/** The API shape of a KPI evaluated over a run of periods. */
export function toRangeEvaluationDto(e: KpiRangeEvaluation): KpiRangeEvaluationDto {
  return { range: e.range, ...shared(e) };
}
