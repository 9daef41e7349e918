import type { AggregationKind } from '../aggregation/kind';
import type { Calendar, CivilDate, Period, PeriodPhase } from '../calendar/index';
import { isBand, type Direction, type TargetValue } from '../targets/index';
import {
  expectedToDate,
  projectPeriodEnd,
  targetValueOf,
  type PacingMethod,
  type Projection,
  type TargetInput,
} from './pacing';
import { checkFreshness, type DataCadence, type Freshness } from './staleness';
import type { KpiStatus } from './status';
import {
  classifyStatus,
  statusBoundaries,
  statusThresholdsSchema,
  type StatusBoundaries,
  type StatusThresholds,
  type StatusThresholdsInput,
} from './thresholds';

export interface EvaluatePeriodInput {
  kind: AggregationKind;
  direction: Direction;
  /** Defaults: on track at 100 %, at risk from 90 %. */
  thresholds?: StatusThresholdsInput;
  calendar: Calendar;
  period: Period;
  asOf: Date | number;
  /** The period(-to-date) actual, already aggregated by the metric's kind; `null`: no data. */
  actual: number | null;
  /** The full period's target: from `targetFor` (preferred: pacing then follows its sub-targets) or a value. */
  target: TargetInput;
  /** For `last` (stock) metrics: the value at the period's opening, to pace from. */
  opening?: number | null;
  /** When given, data older than the cadence plus grace makes the status `stale`. */
  freshness?: { cadence: DataCadence; latest: CivilDate | null; graceDays?: number };
  /**
   * Phase and elapsed share when the actual covers a run of periods ending with `period` (see
   * `evaluateKpiRange`); by default those of `period` itself.
   */
  progress?: { phase: PeriodPhase; fraction: number };
  /**
   * The instant the data runs to, when before `asOf` (see `pacedThrough`): pacing — the elapsed
   * share, the expected-to-date, the projection — counts time up to it. Freshness still uses `asOf`.
   */
  pacedThrough?: Date | number;
}

/** Why a status is what it is. */
export type EvaluationReason = 'evaluated' | 'no_actual' | 'no_target' | 'future' | 'stale';

export interface PeriodEvaluation {
  period: Period;
  phase: PeriodPhase;
  /** Share of the period elapsed: 1 when complete, 0 when in the future. */
  fraction: number;
  actual: number | null;
  /** The full period's target. */
  target: TargetValue | null;
  /** What the actual is compared with: the target when complete, expected-to-date when running. */
  expected: TargetValue | null;
  pacing: PacingMethod;
  /** actual ÷ expected; `null` when either is missing, expected is 0, or the target is a band. */
  attainment: number | null;
  status: KpiStatus;
  reason: EvaluationReason;
  thresholds: StatusThresholds;
  boundaries: StatusBoundaries | null;
  /** Running periods only: a forecast of the period-end value. */
  projection: Projection | null;
  freshness: Freshness | null;
}

function attainmentOf(actual: number | null, expected: TargetValue | null): number | null {
  if (actual === null || expected === null || isBand(expected) || expected === 0) return null;
  return actual / expected;
}

/**
 * A KPI's status for one period. A complete period compares its actual with its target; the
 * running period compares the period-to-date actual with the expected-to-date (see
 * `expectedToDate`) and adds a projection flagged as a forecast. No actual → `no_data`; stale data
 * (when `freshness` is given) → `stale`; no target → `no_data` with reason `no_target`.
 *
 * @example
 * // November 2026, as of the end of 10 November in Europe/Berlin: expected 30,000 × 10/30 = 10,000
 * evaluatePeriod({ kind: 'sum', direction: 'higher_is_better', calendar, period: cal.parseKey('2026-11'),
 *   asOf, actual: 9_500, target: 30_000 }).status; // 'at_risk' (95 %)
 */
export function evaluatePeriod(input: EvaluatePeriodInput): PeriodEvaluation {
  const { calendar, period, asOf, actual, kind, direction } = input;
  const thresholds = statusThresholdsSchema.parse(input.thresholds ?? {});
  const phase = input.progress?.phase ?? calendar.phase(period, asOf);
  const target = targetValueOf(input.target);
  const freshness = input.freshness ? checkFreshness({ ...input.freshness, asOf, calendar }) : null;
  const base = { period, phase, actual, target, thresholds, freshness };
  const none = { boundaries: null, projection: null, attainment: null };

  if (phase === 'future') {
    const rest = { fraction: 0, expected: null, pacing: 'none' as const, ...none };
    return { ...base, ...rest, status: 'no_data', reason: 'future' };
  }
  const running = phase === 'running';
  const paceAt = input.pacedThrough ?? asOf;
  const fraction = running
    ? (input.progress?.fraction ?? calendar.elapsedFraction(period, paceAt))
    : 1;
  const { value: expected, pacing } = running
    ? expectedToDate({
        kind,
        target: input.target,
        period,
        asOf: paceAt,
        calendar,
        opening: input.opening,
        fraction,
      })
    : { value: target, pacing: 'none' as const };
  const paced = { fraction, expected, pacing };

  if (actual === null) {
    return { ...base, ...paced, ...none, status: 'no_data', reason: 'no_actual' };
  }
  const projection = running
    ? projectPeriodEnd({ kind, actual, fraction, opening: input.opening })
    : null;
  const attainment = attainmentOf(actual, expected);
  if (freshness?.stale) {
    return {
      ...base,
      ...paced,
      boundaries: null,
      projection,
      attainment,
      status: 'stale',
      reason: 'stale',
    };
  }
  if (expected === null) {
    return { ...base, ...paced, ...none, projection, status: 'no_data', reason: 'no_target' };
  }
  const boundaries = statusBoundaries(expected, direction, thresholds);
  const status = classifyStatus(actual, expected, direction, thresholds);
  return { ...base, ...paced, boundaries, projection, attainment, status, reason: 'evaluated' };
}
