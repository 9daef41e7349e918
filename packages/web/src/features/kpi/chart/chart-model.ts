import {
  isBand,
  type Annotation,
  type KpiEvaluation,
  type KpiPeriodEvaluationDto,
  type TargetValue,
} from '@vitals/core';

/** A band between two values for one period; null where the band does not apply. */
export type Range = readonly [number, number] | null;

/** One period of the actual-vs-target chart. */
export interface ChartRow {
  key: string;
  label: string;
  actual: number | null;
  /** A single target, or the band's bounds for within-band KPIs. */
  target: number | null;
  targetLower: number | null;
  targetUpper: number | null;
  /** The expected-to-date of a running, paced period (judged against instead of the target). */
  expected: number | null;
  previous: number | null;
  lastYear: number | null;
  /** Status zones: off track below/above, at risk below/above. */
  offTrackLow: Range;
  atRiskLow: Range;
  atRiskHigh: Range;
  offTrackHigh: Range;
  running: boolean;
}

export interface ChartNote {
  /** Index of the first and last period the annotation touches. */
  from: number;
  to: number;
  text: string;
  /** "12 Mar 2026" or "12–14 Mar 2026": the days it marks. */
  when: string;
}

export interface ChartModel {
  rows: ChartRow[];
  /** The y-axis range: every value and zone edge with a margin, so open-ended zones fill the plot. */
  floor: number;
  ceiling: number;
  /** The distance between the axis' ticks. */
  step: number;
  notes: ChartNote[];
  hasBand: boolean;
}

function single(value: TargetValue | null): number | null {
  return value === null || isBand(value) ? null : value;
}

function zones(p: KpiPeriodEvaluationDto, floor: number, ceiling: number) {
  const b = p.boundaries;
  const none = { offTrackLow: null, atRiskLow: null, atRiskHigh: null, offTrackHigh: null };
  if (!b) return none;
  const range = (lo: number | null, hi: number | null): Range =>
    lo === null || hi === null || hi <= lo ? null : [lo, hi];
  return {
    offTrackLow: b.atRisk.min === null ? null : range(Math.min(floor, b.atRisk.min), b.atRisk.min),
    atRiskLow: range(b.atRisk.min, b.onTrack.min),
    atRiskHigh: range(b.onTrack.max, b.atRisk.max),
    offTrackHigh:
      b.atRisk.max === null ? null : range(b.atRisk.max, Math.max(ceiling, b.atRisk.max)),
  };
}

/** The edges worth fitting on the axis: values, targets and the zones' finite edges. */
function valuesOf(p: KpiPeriodEvaluationDto): number[] {
  const edges = p.boundaries
    ? [
        p.boundaries.onTrack.min,
        p.boundaries.onTrack.max,
        p.boundaries.atRisk.min,
        p.boundaries.atRisk.max,
      ]
    : [];
  const target = p.target;
  const targets = target === null ? [] : isBand(target) ? [target.lower, target.upper] : [target];
  return [
    p.actual,
    p.changes.vsPrevious.base,
    p.changes.vsLastYear.base,
    single(p.expected),
    ...targets,
    ...edges,
  ].filter((n): n is number => n !== null && Number.isFinite(n));
}

/**
 * Round axis bounds around `lo`–`hi` with about five steps of 1, 2, 2.5 or 5 × 10ⁿ, a little
 * headroom, and zero as the floor when the values are positive and not far from it.
 * @example niceBounds(90, 310); // [0, 400, 100]
 */
export function niceBounds(lo: number, hi: number): [number, number, number] {
  let low = lo;
  let high = hi;
  if (low >= 0 && low < high - low) low = 0;
  if (high === low) {
    const pad = Math.abs(high) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const raw = ((high - low) * 1.05) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const floor = Math.floor(low / step) * step;
  let ceiling = Math.ceil(high / step) * step;
  if (ceiling - high < step * 0.05) ceiling += step;
  return [lo >= 0 ? Math.max(0, floor) : floor, ceiling, step];
}

/** The index of the period holding a day, or -1 (periods are `[start, end)`). */
function periodIndex(periods: readonly KpiPeriodEvaluationDto[], day: string): number {
  return periods.findIndex((p) => p.period.start <= day && day < p.period.end);
}

/**
 * Everything the actual-vs-target chart draws, from a KPI's evaluation: lines for actual and
 * target (or band), overlays of the previous period and last year (the comparison bases, like for
 * like while running), zones where the KPI is at risk or off track, and annotations placed on
 * the periods they touch.
 */
export function chartModel(
  evaluation: KpiEvaluation,
  annotations: readonly Annotation[],
  formatLabel: (p: KpiPeriodEvaluationDto) => string,
  formatDays: (from: string, to: string | null) => string,
): ChartModel {
  const periods = evaluation.periods.filter((p) => p.phase !== 'future');
  const values = periods.flatMap(valuesOf);
  const [floor, ceiling, step] = niceBounds(
    values.length ? Math.min(...values) : 0,
    values.length ? Math.max(...values) : 1,
  );
  const rows = periods.map((p): ChartRow => {
    const band = p.target !== null && isBand(p.target) ? p.target : null;
    const paced = p.phase === 'running' && p.pacing !== 'none' && p.pacing !== 'level';
    return {
      key: p.period.key,
      label: formatLabel(p),
      actual: p.actual,
      target: single(p.target),
      targetLower: band?.lower ?? null,
      targetUpper: band?.upper ?? null,
      expected: paced ? single(p.expected) : null,
      previous: p.changes.vsPrevious.base,
      lastYear: p.changes.vsLastYear.base,
      ...zones(p, floor, ceiling),
      running: p.phase === 'running',
    };
  });
  const notes: ChartNote[] = [];
  const start = periods[0]?.period.start;
  const end = periods.at(-1)?.period.end;
  for (const a of annotations) {
    const last = a.to ?? a.from;
    if (start === undefined || end === undefined || last < start || a.from >= end) continue;
    const from = a.from < start ? 0 : periodIndex(periods, a.from);
    const to = last >= end ? periods.length - 1 : periodIndex(periods, last);
    if (from === -1 || to === -1) continue;
    notes.push({ from, to, text: a.text, when: formatDays(a.from, a.to) });
  }
  return {
    rows,
    floor,
    ceiling,
    step,
    notes,
    hasBand: rows.some((r) => r.targetLower !== null),
  };
}
