import type {
  Direction,
  KpiPeriodEvaluationDto,
  KpiTarget,
  MetricUnit,
  ResolvedTargetResponse,
  StatusThresholds,
} from '@vitals/core';
import { formatExplanation } from '../../format/explanation';
import { formatValue, type NumberContext } from '../../format/number';
import { formatPeriod, grainWord } from '../../format/period';
import { formatTarget } from '../cards/card-model';
import { formatDays, lastDay } from './days';

/** One line of "explain this number": a term and what it is, in words. */
export interface ExplainRow {
  term: string;
  detail: string;
}

export interface ExplainInput {
  period: KpiPeriodEvaluationDto;
  direction: Direction;
  thresholds: StatusThresholds;
  unit: MetricUnit;
  context: NumberContext;
  /** The target resolution of the period, when loaded. */
  resolution?: ResolvedTargetResponse;
  /** The KPI's stored targets, to name each source's basis and note. */
  targets?: readonly KpiTarget[];
}

const BASIS: Record<KpiTarget['basis'], string> = {
  past_performance: 'past performance',
  competitor: 'a competitor',
  benchmark: 'a benchmark',
  other: 'other',
};

const SOURCE_RULES: Record<ResolvedTargetResponse['sources'][number]['rule'], string> = {
  override: 'set for this period only',
  phased: 'phased from a horizon total',
  horizon_level: 'a level set for a horizon',
  effective: 'a standing target in effect',
};

const PACING: Record<KpiPeriodEvaluationDto['pacing'], string> = {
  phased: "the period's target spread over the days gone by its phasing",
  from_opening: "moving from the previous period's closing value toward the target",
  level: 'a level target: it applies as it is at any point of the period',
  none: 'not paced: the actual is compared with the full target',
};

const REASONS: Record<KpiPeriodEvaluationDto['reason'], string> = {
  evaluated: 'judged from the actual against the expected value and the thresholds',
  no_actual: 'there is no actual for the period, so no status can be judged',
  no_target: 'no target applies to the period, so no status can be judged',
  future: 'the period has not started',
  stale: 'the latest data is older than the review cadence allows',
};

const STATUS_WORDS: Record<KpiPeriodEvaluationDto['status'], string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_data: 'No data',
  stale: 'Stale',
};

const percent = (fraction: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);

/** The KPI's thresholds in words, mirrored for lower-is-better and bands. */
export function thresholdsText(
  thresholds: StatusThresholds,
  direction: Direction,
  locale = 'en-US',
): string {
  const pct = (f: number) => percent(f, locale);
  if (direction === 'higher_is_better') {
    return `On track at ${pct(thresholds.onTrack)} of the expected value or more; at risk from ${pct(thresholds.atRisk)}; off track below.`;
  }
  if (direction === 'lower_is_better') {
    return `On track at up to ${pct(2 - thresholds.onTrack)} of the expected value; at risk up to ${pct(2 - thresholds.atRisk)}; off track above.`;
  }
  const widened = thresholds.onTrack < 1 ? `, widened by ${pct(1 - thresholds.onTrack)}` : '';
  return `On track inside the band${widened}; at risk outside it by up to ${pct(1 - thresholds.atRisk)} of the nearest bound; off track beyond.`;
}

/** Where on track, at risk and off track begin for this period, in the KPI's unit. */
export function boundariesText(
  boundaries: KpiPeriodEvaluationDto['boundaries'],
  unit: MetricUnit,
  context: NumberContext,
): string | null {
  if (!boundaries) return null;
  const v = (n: number) => formatValue(n, unit, context);
  const { onTrack, atRisk } = boundaries;
  const zone = (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `${v(min)} – ${v(max)}`
      : min !== null
        ? `${v(min)} or more`
        : max !== null
          ? `up to ${v(max)}`
          : 'any value';
  const risky: string[] = [];
  if (atRisk.min !== null && onTrack.min !== null && atRisk.min < onTrack.min) {
    risky.push(`${v(atRisk.min)} – ${v(onTrack.min)}`);
  }
  if (atRisk.max !== null && onTrack.max !== null && atRisk.max > onTrack.max) {
    risky.push(`${v(onTrack.max)} – ${v(atRisk.max)}`);
  }
  const off: string[] = [];
  if (atRisk.min !== null) off.push(`below ${v(atRisk.min)}`);
  if (atRisk.max !== null) off.push(`above ${v(atRisk.max)}`);
  return [
    `On track: ${zone(onTrack.min, onTrack.max)}`,
    `at risk: ${risky.length ? risky.join(' or ') : 'none'}`,
    `off track: ${off.length ? off.join(' or ') : 'never'}`,
  ].join('; ');
}

/**
 * "Explain this number": for one period, the data behind the actual, the target and where it
 * comes from, the expected-to-date (pacing), the thresholds and zones, the status and why, the
 * projection, and the days compared.
 */
export function explainPeriod(input: ExplainInput): ExplainRow[] {
  const { period: p, unit, context, direction } = input;
  const v = (n: number | null) => formatValue(n, unit, context);
  const t = (value: KpiPeriodEvaluationDto['target']) => formatTarget(value, unit, context);
  const label = formatPeriod(p.period, context.locale);
  const rows: ExplainRow[] = [];
  const days = formatDays(p.period.start, lastDay(p.period.end), context.locale);
  rows.push({
    term: 'Period',
    detail:
      p.phase === 'running'
        ? `${label} (${days}), running: ${percent(p.fraction, context.locale)} of the ${grainWord(p.period.grain)} has gone by.`
        : p.phase === 'complete'
          ? `${label} (${days}), complete.`
          : `${label} (${days}), not started yet.`,
  });
  const points = `${p.pointCount} data point${p.pointCount === 1 ? '' : 's'}`;
  rows.push({
    term: 'Actual',
    detail:
      p.actual === null
        ? `No value${p.actualReason ? `: ${p.actualReason}` : ''} (${points}).`
        : `${v(p.actual)} from ${points}${p.phase === 'running' ? ' so far' : ''}.`,
  });
  const how = formatExplanation(p.targetExplanationParts, p.targetExplanation, unit, context);
  rows.push({
    term: 'Target',
    detail:
      p.target === null
        ? 'No target applies to this period.'
        : `${t(p.target)} for the ${grainWord(p.period.grain)}${how ? `: ${how}` : ''}.`,
  });
  const sources = input.resolution?.sources ?? [];
  if (sources.length > 0) {
    const byId = new Map((input.targets ?? []).map((target) => [target.id, target]));
    rows.push({
      term: 'Set by',
      detail: sources
        .map((source) => {
          const stored = byId.get(source.targetId);
          const basis = stored
            ? `; basis: ${BASIS[stored.basis]}${stored.note ? ` (“${stored.note}”)` : ''}`
            : '';
          return `${source.periodKey} = ${t(source.value)}, ${SOURCE_RULES[source.rule]}${basis}`;
        })
        .join('. ')
        .concat('.'),
    });
  }
  if (p.phase === 'running' && p.expected !== null) {
    rows.push({
      term: 'Expected to date',
      detail: `${t(p.expected)}: ${PACING[p.pacing]}.`,
    });
  }
  if (p.attainment !== null) {
    rows.push({
      term: 'Attainment',
      detail: `${percent(p.attainment, context.locale)} of the ${p.phase === 'running' ? 'expected-to-date' : 'target'}.`,
    });
  }
  rows.push({
    term: 'Thresholds',
    detail: thresholdsText(input.thresholds, direction, context.locale),
  });
  const zones = boundariesText(p.boundaries, unit, context);
  if (zones) rows.push({ term: 'Zones', detail: `${zones}.` });
  rows.push({ term: 'Status', detail: `${STATUS_WORDS[p.status]}: ${REASONS[p.reason]}.` });
  if (p.projection) {
    rows.push({
      term: 'Projection',
      detail: `${v(p.projection.value)} by the end of the ${grainWord(p.period.grain)} (${p.projection.method}; a forecast, not data).`,
    });
  }
  const w = p.windows;
  const compared = (window: { start: string; end: string }, base: number | null) =>
    window.end <= window.start
      ? 'no complete days yet'
      : `${formatDays(window.start, lastDay(window.end), context.locale)} (${v(base)})`;
  rows.push({
    term: 'Compared with',
    detail: `previous ${grainWord(p.period.grain)}: ${compared(w.previous, p.changes.vsPrevious.base)}; last year: ${compared(w.lastYear, p.changes.vsLastYear.base)}${w.likeForLike ? '; like for like: the same number of days' : ''}.`,
  });
  return rows;
}
