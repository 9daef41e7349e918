import { isBand, type KpiCard, type MetricUnit, type TargetValue } from '@vitals/core';
import { presentChange, type ChangePresentation } from '../../format/change';
import { formatValue, type NumberContext } from '../../format/number';
import { formatPeriod, grainWord } from '../../format/period';
import { formatRange, shortPeriod } from '../../format/period-range';
import { formatUpdated } from '../../format/relative-time';
import { presentStatus, type StatusPresentation } from '../../format/status';
import { chooseShown, type ShownEvaluation } from './card-choice';
import { presentGap, type GapPresentation } from './gap';
import type { SparklinePoint } from './sparkline-geometry';

/** Everything a KPI card shows, worked out from the summary's card; the component only lays it out. */
export interface CardView {
  kpiId: string;
  name: string;
  status: StatusPresentation;
  /** Data older than the cadence allows: a badge of its own beside another status. */
  stale: boolean;
  value: string;
  /** "Nov 2026 to date", "Q3 FY2026", "Sep–Nov 2026", "Last week · W48". */
  periodLabel: string;
  /** Why the card shows the last complete period: "Week 49, 2026 has no data yet". */
  note: string | null;
  target: string | null;
  /** The expected-to-date while a period runs and is paced; null when it equals the target. */
  expected: string | null;
  gap: GapPresentation | null;
  vsPrevious: ChangePresentation;
  vsLastYear: ChangePresentation;
  /** "updated 3 days ago". */
  updated: string;
  sparkline: SparklinePoint[];
  /** The sparkline in words, for screen readers. */
  sparklineText: string;
}

/**
 * Large numbers in short form (1.2M) so cards stay one line; small ones in full, without cents
 * once an amount reaches 100.
 */
export function formatCardValue(
  value: number | null,
  unit: MetricUnit,
  context: NumberContext,
): string {
  const size = value === null ? 0 : Math.abs(value);
  const compact = unit.kind !== 'percent' && size >= 10_000;
  const wholeMoney = unit.kind === 'currency' && unit.decimals === undefined && size >= 100;
  return formatValue(value, wholeMoney ? { ...unit, decimals: 0 } : unit, context, { compact });
}

/** A target in the unit: "$1.5M", or "80%–90%" for a band. */
export function formatTarget(
  target: TargetValue | null,
  unit: MetricUnit,
  context: NumberContext,
): string | null {
  if (target === null) return null;
  if (isBand(target)) {
    return `${formatCardValue(target.lower, unit, context)}–${formatCardValue(target.upper, unit, context)}`;
  }
  return formatCardValue(target, unit, context);
}

function sameTarget(a: TargetValue, b: TargetValue): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= Math.max(Math.abs(x), 1) * 1e-9;
  if (isBand(a) && isBand(b)) return close(a.lower, b.lower) && close(a.upper, b.upper);
  if (!isBand(a) && !isBand(b)) return close(a, b);
  return false;
}

/**
 * @param now The instant "updated … ago" counts from: the summary's `asOf`, so the text is the
 * same however long the page has been open before rendering.
 */
export function presentCard(card: KpiCard, context: NumberContext, now: Date): CardView {
  const { unit, direction } = card;
  const shown = chooseShown(card);
  const current = shown.evaluation;
  const running = current.phase === 'running';
  const band = current.target !== null && isBand(current.target) ? current.target : null;
  const paced =
    running &&
    current.expected !== null &&
    current.target !== null &&
    !sameTarget(current.expected, current.target);
  const { periodLabel, previous } = labels(shown, context.locale);
  return {
    kpiId: card.kpiId,
    name: card.name,
    status: presentStatus(current.status),
    stale: card.stale,
    value: formatCardValue(current.actual, unit, context),
    periodLabel: `${periodLabel}${running ? ' to date' : ''}`,
    note: shown.waitingFor
      ? `${formatPeriod(shown.waitingFor, context.locale)} has no data yet`
      : null,
    target: formatTarget(current.target, unit, context),
    expected: paced ? formatTarget(current.expected, unit, context) : null,
    gap: presentGap({
      actual: current.actual,
      reference: current.expected ?? current.target,
      referenceName: paced ? 'expected' : 'target',
      direction,
      unit,
      context,
    }),
    vsPrevious: presentChange(current.changes.vsPrevious, unit, context, `vs ${previous}`),
    vsLastYear: presentChange(current.changes.vsLastYear, unit, context, 'vs last year'),
    updated: formatUpdated(card.lastUpdated, now, context.locale),
    sparkline: card.sparkline.map(({ value, target, partial }) => ({
      value,
      target,
      ...(partial ? { partial } : {}),
    })),
    sparklineText: describeSparkline(card, context, band === null),
  };
}

/** The card's period in words, and what its change is against. */
function labels(shown: ShownEvaluation, locale: string): { periodLabel: string; previous: string } {
  const e = shown.evaluation;
  if ('range' in e) {
    const { first, last, grain, count } = e.range;
    const previous =
      count === 1 ? `previous ${grainWord(grain)}` : `previous ${count} ${grainWord(grain)}s`;
    return { periodLabel: formatRange(first, last, locale), previous };
  }
  const grain = grainWord(e.period.grain);
  if (shown.waitingFor) {
    return {
      periodLabel: `Last ${grain} · ${shortPeriod(e.period, locale)}`,
      previous: `previous ${grain}`,
    };
  }
  return { periodLabel: formatPeriod(e.period, locale), previous: `previous ${grain}` };
}

function describeSparkline(card: KpiCard, context: NumberContext, withTarget: boolean): string {
  const values = card.sparkline.filter((p) => p.value !== null);
  if (values.length === 0) return `No data in the last ${card.sparkline.length} periods`;
  const first = formatCardValue(values[0]?.value ?? null, card.unit, context);
  const last = formatCardValue(values.at(-1)?.value ?? null, card.unit, context);
  const target = withTarget ? card.sparkline.findLast((p) => p.target !== null)?.target : null;
  const targetText =
    target === null || target === undefined
      ? ''
      : `; latest target ${formatCardValue(target, card.unit, context)}`;
  const soFar =
    card.sparkline.at(-1)?.partial && values.at(-1) === card.sparkline.at(-1) ? ' so far' : '';
  return `Trend over the last ${card.sparkline.length} periods: from ${first} to ${last}${soFar}${targetText}`;
}
