import {
  addCivilDays,
  minCivil,
  periodsOfRange,
  rangeLastYear,
  shiftRange,
  type Calendar,
  type DateWindow,
  type Period,
  type PeriodPhase,
  type PeriodRange,
} from '../calendar/index';
import { compareChanges, comparisonWindows } from '../comparison/index';
import type { PeriodChanges } from '../comparison/index';
import { evaluatePeriod, type PeriodEvaluation } from '../status/index';
import { isBand, type ExplanationPart, type ResolvedRangeTarget } from '../targets/index';
import type { EvaluateKpiInput, Measurement } from './evaluate-kpi';
import { pacedThrough } from './paced-through';

export interface EvaluateRangeInput extends Omit<EvaluateKpiInput, 'targetFor'> {
  /** The whole range's target (core's `targetForRange`, so sums pace by their periods' targets). */
  target: ResolvedRangeTarget;
}

export interface KpiRangeEvaluation extends Omit<PeriodEvaluation, 'period'> {
  range: PeriodRange;
  pointCount: number;
  actualReason?: string;
  /** vs the range of the same length just before, and the same range last year. */
  changes: PeriodChanges;
  windows: {
    likeForLike: boolean;
    current: DateWindow;
    previous: DateWindow;
    lastYear: DateWindow;
  };
  targetExplanation: string;
  targetExplanationParts: ExplanationPart[];
}

/** A range's status is decided by one of its periods, but speaks for the whole range. */
function withoutPeriod({
  period: _deciding,
  ...rest
}: PeriodEvaluation): Omit<PeriodEvaluation, 'period'> {
  return rest;
}

/**
 * A range's days up to the first `days` days of its period at `index` (the running one's place):
 * the periods before it whole, that one cut at its own end.
 */
function cutAt(calendar: Calendar, range: PeriodRange, index: number, days: number): DateWindow {
  const periods = periodsOfRange(calendar, range);
  const at = periods[Math.min(index, periods.length - 1)] as Period;
  return { start: range.start, end: minCivil(addCivilDays(at.start, days), at.end) };
}

/**
 * A KPI over a run of whole periods (`lastPeriods`, `periodRange`): the actual is the KPI measured
 * over the union window by its kind (never a sum or mean of per-period values), the target is the
 * range's (`targetForRange`), and the status paces when the range ends with the running period.
 * Changes compare like for like: the range just before it and the same range last year, whole
 * periods against whole periods, and the running period's complete days against the same number
 * of days at the start of its counterpart.
 *
 * @example
 * // Sep–Nov 2026 as of 11 Nov, revenue 1,000 a day: actual 71,000 over 1 Sep–11 Nov
 * evaluateKpiRange(periodRange(cal, sep, nov), input).actual; // 71000
 */
export function evaluateKpiRange(
  range: PeriodRange,
  input: EvaluateRangeInput,
): KpiRangeEvaluation {
  const { calendar, asOf, measure, target } = input;
  const periods = periodsOfRange(calendar, range);
  const phases = periods.map((p) => calendar.phase(p, asOf));
  const phase: PeriodPhase = phases.every((p) => p === 'complete')
    ? 'complete'
    : phases[0] === 'future'
      ? 'future'
      : 'running';
  const paceAt = phase === 'running' ? pacedThrough(asOf, calendar, measure) : asOf;
  const totalDays = periods.reduce((n, p) => n + calendar.dayCount(p), 0);
  const elapsed = periods.reduce((n, p, i) => {
    const ph = phases[i];
    return (
      n +
      (ph === 'complete'
        ? calendar.dayCount(p)
        : ph === 'running'
          ? calendar.elapsedDays(p, paceAt)
          : 0)
    );
  }, 0);
  const fraction = phase === 'complete' ? 1 : elapsed / totalDays;
  const running = periods[phases.indexOf('running')];
  const today = calendar.next(calendar.periodAt(asOf, 'day')).start;
  const toDate: DateWindow =
    phase === 'running'
      ? { start: range.start, end: minCivil(today, range.end) }
      : { start: range.start, end: range.end };
  const actual: Measurement = phase === 'future' ? { value: null, pointCount: 0 } : measure(toDate);
  const deciding: Period = running ?? range.last;
  const opening =
    input.kind === 'last' && phase === 'running'
      ? measure({ start: calendar.previous(range.first).start, end: range.start }).value
      : null;
  const evaluation = evaluatePeriod({
    kind: input.kind,
    direction: input.direction,
    calendar,
    period: deciding,
    asOf,
    actual: actual.value,
    target,
    opening,
    progress: { phase, fraction },
    pacedThrough: paceAt,
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
    ...(input.freshness ? { freshness: input.freshness } : {}),
  });

  const previous = shiftRange(calendar, range, -1);
  const lastYear = rangeLastYear(calendar, range);
  let windows: KpiRangeEvaluation['windows'];
  if (phase === 'running' && running) {
    // Complete days of the running period only, as for a single running period.
    const days = comparisonWindows(running, asOf, calendar).days;
    const before = periods.indexOf(running);
    windows = {
      likeForLike: true,
      current: cutAt(calendar, range, before, days),
      previous: cutAt(calendar, previous, before, days),
      lastYear: cutAt(calendar, lastYear, before, days),
    };
  } else {
    const whole = (r: PeriodRange): DateWindow => ({ start: r.start, end: r.end });
    windows = {
      likeForLike: false,
      current: whole(range),
      previous: whole(previous),
      lastYear: whole(lastYear),
    };
  }
  const band = target.value !== null && isBand(target.value) ? target.value : null;
  const current = windows.likeForLike ? measure(windows.current).value : actual.value;
  const changes = compareChanges({
    current: phase === 'future' ? null : current,
    previous: measure(windows.previous).value,
    lastYear: measure(windows.lastYear).value,
    direction: input.direction,
    band,
  });
  return {
    ...withoutPeriod(evaluation),
    range,
    pointCount: actual.pointCount,
    ...(actual.reason ? { actualReason: actual.reason } : {}),
    changes,
    windows,
    targetExplanation: target.explanation,
    targetExplanationParts: target.explanationParts,
  };
}
