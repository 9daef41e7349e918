import type { AggregationKind } from '../aggregation/kind';
import type { Calendar, CivilDate, DateWindow, Period } from '../calendar/index';
import { compareChanges, comparisonWindows, type ComparisonWindows } from '../comparison/index';
import type { PeriodChanges } from '../comparison/index';
import { evaluatePeriod, type PeriodEvaluation, type StatusThresholdsInput } from '../status/index';
import type { DataCadence, TargetInput } from '../status/index';
import { isBand, type Direction, type ExplanationPart } from '../targets/index';
import { targetValueOf } from '../status/pacing';
import { pacedThrough } from './paced-through';

/** A KPI's actual over some days, aggregated by its metric's kind (or computed by its formula). */
export interface Measurement {
  value: number | null;
  /** How many stored data points went into it (for "explain this number"). */
  pointCount: number;
  /** Why there is no value (no data, division by zero, …). */
  reason?: string;
}

/** Measures the KPI over the days `[start, end)`; the caller owns the data and how to aggregate it. */
export type Measure = (window: DateWindow) => Measurement;

export interface EvaluateKpiInput {
  calendar: Calendar;
  kind: AggregationKind;
  direction: Direction;
  thresholds?: StatusThresholdsInput;
  asOf: Date | number;
  measure: Measure;
  /** The full period's target (preferably core's `targetFor` result, so pacing follows sub-targets). */
  targetFor: (period: Period) => TargetInput;
  /** With a cadence and the latest data date, old data makes the status `stale`. */
  freshness?: { cadence: DataCadence; latest: CivilDate | null; graceDays?: number };
}

export interface KpiPeriodEvaluation extends PeriodEvaluation {
  /** Data points behind `actual`. */
  pointCount: number;
  /** Why the actual has no value, when it has none. */
  actualReason?: string;
  /** vs the previous period and the same period last year; like for like while running. */
  changes: PeriodChanges;
  windows: ComparisonWindows;
  /** The resolved target with its explanation, when the caller passed one. */
  targetExplanation: string | null;
  /** The same explanation as words and exact values (see `ExplanationPart`). */
  targetExplanationParts: ExplanationPart[] | null;
}

/**
 * Everything a KPI shows for one period: actual, target, expected-to-date (pacing), attainment,
 * status, and changes vs the previous period and last year.
 *
 * The running period's actual covers the days so far, today included (data that landed counts),
 * and is paced up to when its data runs (`pacedThrough`: the start of today until today's data lands);
 * its comparisons set the complete days so far against the same number of days of the previous
 * period and of the same period last year, so a half-finished day is never set against a full one.
 * For stocks (`last`) the running period paces from the previous period's closing value.
 *
 * @example
 * evaluateKpiPeriod(cal.parseKey('2026-11'), { calendar: cal, kind: 'sum', direction: 'higher_is_better',
 *   asOf, measure, targetFor: () => 30_000 }).status; // e.g. 'at_risk'
 */
export function evaluateKpiPeriod(period: Period, input: EvaluateKpiInput): KpiPeriodEvaluation {
  const { calendar, asOf, measure } = input;
  const phase = calendar.phase(period, asOf);
  const toDate: DateWindow =
    phase === 'running'
      ? { start: period.start, end: calendar.next(calendar.periodAt(asOf, 'day')).start }
      : { start: period.start, end: period.end };
  const actual = phase === 'future' ? { value: null, pointCount: 0 } : measure(toDate);
  const target = input.targetFor(period);
  const opening =
    input.kind === 'last' && phase === 'running'
      ? measure({ start: calendar.previous(period).start, end: period.start }).value
      : null;
  const evaluation = evaluatePeriod({
    kind: input.kind,
    direction: input.direction,
    calendar,
    period,
    asOf,
    actual: actual.value,
    target,
    opening,
    ...(phase === 'running' ? { pacedThrough: pacedThrough(asOf, calendar, measure) } : {}),
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
    ...(input.freshness ? { freshness: input.freshness } : {}),
  });

  const windows = comparisonWindows(period, asOf, calendar);
  const current = windows.likeForLike ? measure(windows.current).value : actual.value;
  const targetValue = targetValueOf(target);
  const resolved = target !== null && typeof target === 'object' && 'explanation' in target;
  const changes = compareChanges({
    current: phase === 'future' ? null : current,
    previous: measure(windows.previous).value,
    lastYear: measure(windows.lastYear).value,
    direction: input.direction,
    band: targetValue !== null && isBand(targetValue) ? targetValue : null,
  });
  return {
    ...evaluation,
    pointCount: actual.pointCount,
    ...('reason' in actual && actual.reason ? { actualReason: actual.reason } : {}),
    changes,
    windows,
    targetExplanation: resolved ? target.explanation : null,
    targetExplanationParts: resolved ? target.explanationParts : null,
  };
}

/** `evaluateKpiPeriod` for each period, in order. */
export function evaluateKpiSeries(
  periods: Period[],
  input: EvaluateKpiInput,
): KpiPeriodEvaluation[] {
  return periods.map((period) => evaluateKpiPeriod(period, input));
}
