import {
  expectedToDate,
  pacedThrough,
  formulaMeasure,
  isSingleMetricTemplate,
  parseFormula,
  pointsMeasure,
  TEMPLATE_METRICS,
  templateKind,
  type AggregationKind,
  type Calendar,
  type Direction,
  type JudgedStatus,
  type KpiTemplate,
  type MeasuredPoint,
  type Measure,
  type Period,
  type TargetValue,
} from '@vitals/core';
import { dimKeyOf } from '../data-points/data-points.rows';
import type { GeneratedSeries, SeriesPoint } from './shapes';

/*
 * The sample's targets are set from its own data so that the running month tells the story the
 * company plan asks for (some KPIs on track, some at risk, some off track), measured exactly as
 * the evaluation module will measure them: core's measures over the same points, core's pacing.
 */

/** actual ÷ expected that gives each status, well inside its zone (default thresholds 1 and 0.9). */
const HIGHER: Record<JudgedStatus, number> = { on_track: 1.06, at_risk: 0.95, off_track: 0.8 };
/** The same for lower-is-better KPIs, mirrored (on track up to 1, at risk up to 1.1). */
const LOWER: Record<JudgedStatus, number> = { on_track: 0.94, at_risk: 1.05, off_track: 1.22 };

/**
 * The actual ÷ expected range of each status (default thresholds 1 and 0.9), inside its zone by
 * half a percent, more than rounding a target to three digits moves it. Open ends never bind.
 */
const HIGHER_ZONE: Record<JudgedStatus, [number, number]> = {
  on_track: [1.005, 100],
  at_risk: [0.905, 0.995],
  off_track: [0.01, 0.895],
};
const LOWER_ZONE: Record<JudgedStatus, [number, number]> = {
  on_track: [0.01, 0.995],
  at_risk: [1.005, 1.095],
  off_track: [1.105, 100],
};

/** A number rounded to three significant digits, as a person would set a target. */
export const nice = (x: number): number => Number(x.toPrecision(3));

function seriesMeasure(kind: AggregationKind, points: readonly SeriesPoint[]): Measure {
  const measured = points.map((p) => ({
    start: p.date,
    series: dimKeyOf(p.dims),
    components: p.components,
  }));
  return pointsMeasure(kind, measured as unknown as MeasuredPoint[]);
}

/** A template KPI measured over the generated data, each operand by its own kind. */
export function templateMeasure(template: KpiTemplate, series: GeneratedSeries): Measure {
  const of = (key: string) =>
    seriesMeasure(TEMPLATE_METRICS[key]?.aggregation ?? 'sum', series.get(key) ?? []);
  if (isSingleMetricTemplate(template)) return of(template.formula.trim());
  const operands = Object.fromEntries(template.metrics.map((m) => [m.key, of(m.key)]));
  return formulaMeasure(parseFormula(template.formula), operands);
}

/** The aggregation kind the evaluation will use for a KPI adopted from the template. */
export function kindOf(template: KpiTemplate): AggregationKind {
  if (!isSingleMetricTemplate(template)) return templateKind(template);
  return TEMPLATE_METRICS[template.formula.trim()]?.aggregation ?? 'sum';
}

export interface Calibrated {
  /** The month the target was fitted on: the running month, or the last one when it has no data. */
  period: Period;
  actual: number;
  /** The month's target. */
  value: TargetValue;
}

/**
 * The monthly target that puts the KPI at `status` as of `asOf`: the expected-to-date value is
 * chosen from the actual so far, then the month's target is solved from core's pacing (linear
 * in the target for every kind: × elapsed share for sums, from the opening for stocks, as it is
 * for levels). Null when there is no data to fit.
 */
export function calibrateMonth(input: {
  calendar: Calendar;
  asOf: Date;
  kind: AggregationKind;
  direction: Direction;
  measure: Measure;
  status: JudgedStatus;
}): Calibrated | null {
  const { calendar, asOf, kind, direction, measure, status } = input;
  const tomorrow = calendar.next(calendar.periodAt(asOf, 'day')).start;
  let period = calendar.periodAt(asOf, 'month');
  let actual = measure({ start: period.start, end: tomorrow }).value;
  // Early in a month there may be nothing (or only zeros) to fit on yet: fit on the last month.
  if (actual === null || actual === 0) {
    period = calendar.previous(period);
    actual = measure(period).value;
  }
  if (actual === null || actual === 0) return null;
  const opening =
    kind === 'last'
      ? measure({ start: calendar.previous(period).start, end: period.start }).value
      : null;
  // Paced as evaluation paces: up to when the data runs (the sample's ends yesterday).
  const pacedAsOf =
    calendar.phase(period, asOf) === 'running' ? pacedThrough(asOf, calendar, measure) : asOf;
  // A band's ends pace as a band does (a stock's band is a level), so solve through one.
  const expected = (target: number) => {
    const asTarget = direction === 'within_band' ? { lower: target, upper: target } : target;
    const paced = expectedToDate({
      kind,
      target: asTarget,
      period,
      asOf: pacedAsOf,
      calendar,
      opening,
    });
    return typeof paced.value === 'number' ? paced.value : (paced.value as { lower: number }).lower;
  };
  const e0 = expected(0);
  const slope = expected(1) - e0;
  const solve = (wanted: number) => nice((wanted - e0) / slope);
  if (direction === 'within_band') {
    // On track: inside the band with 4 % to spare; otherwise above it by 5 % (at risk) or 25 %.
    const above = status === 'at_risk' ? 1.05 : 1.25;
    const [lower, upper] =
      status === 'on_track'
        ? [actual / 1.04, actual / 0.96]
        : [(actual / above) * 0.88, actual / above];
    return { period, actual, value: { lower: solve(lower), upper: solve(upper) } };
  }
  if (kind === 'last' && opening !== null) {
    // A stock paces from the opening, so early in a month almost any target gives the status
    // (expected ≈ opening) and solving for one point lands far from anything a person would set
    // (an MRR of 255k with a target of 109k). Take the plausible target — a 2 % move from the
    // opening the good way — moved just enough to give the status.
    const [low, high] = (direction === 'higher_is_better' ? HIGHER_ZONE : LOWER_ZONE)[status];
    const plausible = opening * (direction === 'higher_is_better' ? 1.02 : 0.98);
    const bounds = [solve(actual / high), solve(actual / low)].sort((a, b) => a - b);
    return { period, actual, value: nice(clamp(plausible, bounds[0] ?? 0, bounds[1] ?? 0)) };
  }
  const ratio = (direction === 'higher_is_better' ? HIGHER : LOWER)[status];
  return { period, actual, value: solve(actual / ratio) };
}

const clamp = (x: number, low: number, high: number) => Math.min(Math.max(x, low), high);
