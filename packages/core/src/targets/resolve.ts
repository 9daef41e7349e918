import type { AggregationKind } from '../aggregation/kind';
import type { Calendar, DateWindow, Period } from '../calendar/index';
import { isTotalTargetKind } from './direction';
import { directTarget, overlapOf, sourceGrains, windowDays, type TargetSource } from './direct';
import type { TargetDefinition } from './schema';
import type { TargetContext } from './validate';
import { explain, explanationText, joinParts, shown, type ExplanationPart } from './explain';
import { scaleTargetValue, sumTargetValues, type TargetValue } from './value';

/** How a period's target was arrived at. */
export type TargetRule = 'direct' | 'sum_of_sub_periods' | 'pro_rated' | 'level_in_effect' | 'none';

/** One directly-set target and the part of it that counts toward the asked period. */
export interface TargetPiece {
  source: TargetSource;
  /** The days of the asked period that this source covers. */
  window: DateWindow;
  /** Covered days ÷ the source period's days (sum kinds); 1 for levels and whole sub-periods. */
  share: number;
  /** What this piece contributes: `source.value × share` for sum kinds, the level otherwise. */
  value: TargetValue;
}

export interface ResolvedTarget {
  period: Period;
  kind: AggregationKind;
  /** `null` when no target applies to the period. */
  value: TargetValue | null;
  rule: TargetRule;
  pieces: TargetPiece[];
  /** One line for "explain this number", values rounded for reading. */
  explanation: string;
  /** The same line as words and exact values, for readers that format values by the KPI's unit. */
  explanationParts: ExplanationPart[];
}

function describe(source: TargetSource): ExplanationPart[] {
  const head = explain`${source.period.key} = ${shown(source.value)}`;
  switch (source.rule) {
    case 'override':
      return explain`${head} (override)`;
    case 'phased':
      return explain`${head} (phased from ${source.horizon} by ${source.method}${
        source.fellBackToEven ? '; last year had no usable shape, so even' : ''
      })`;
    case 'horizon_level':
      return explain`${head} (level set for the horizon)`;
    case 'effective':
      return explain`${head} (${source.period.grain} target effective from ${source.effectiveFrom})`;
  }
}

function listed(
  pieces: TargetPiece[],
  format: (p: TargetPiece) => ExplanationPart[],
): ExplanationPart[] {
  const first = joinParts(pieces.slice(0, 6).map(format), '; ');
  return pieces.length > 6 ? explain`${first}; … ${pieces.length - 6} more` : first;
}

/** The explanation as text and as parts. */
function explained(
  parts: ExplanationPart[],
): Pick<ResolvedTarget, 'explanation' | 'explanationParts'> {
  return { explanation: explanationText(parts), explanationParts: parts };
}

type Found = Pick<ResolvedTarget, 'value' | 'rule' | 'pieces' | 'explanation' | 'explanationParts'>;

function resolveTotal(def: TargetDefinition, period: Period, tc: TargetContext): Found | null {
  const { calendar } = tc;
  for (const grain of sourceGrains(def, tc)) {
    if (grain === period.grain) continue;
    const pieces: TargetPiece[] = [];
    for (const q of calendar.periodsIn(period.start, period.end, grain)) {
      const source = directTarget(def, q, tc);
      const window = overlapOf(period, q);
      if (!source || !window) break;
      const share = windowDays(window) / calendar.dayCount(q);
      pieces.push({ source, window, share, value: scaleTargetValue(source.value, share) });
    }
    const covered = pieces.reduce((days, p) => days + windowDays(p.window), 0);
    if (covered !== calendar.dayCount(period)) continue;
    const whole = pieces.every((p) => p.share === 1);
    const value = sumTargetValues(pieces.map((p) => p.value));
    const explanation = whole
      ? explain`Σ of ${pieces.length} ${grain} targets: ${listed(pieces, (p) => describe(p.source))}`
      : explain`pro-rated by days: ${listed(
          pieces,
          (p) =>
            explain`${windowDays(p.window)}/${calendar.dayCount(p.source.period)} of ${describe(p.source)}`,
        )}`;
    const rule = whole ? 'sum_of_sub_periods' : 'pro_rated';
    return { value, rule, pieces, ...explained(explanation) };
  }
  return null;
}

function resolveLevel(def: TargetDefinition, period: Period, tc: TargetContext): Found | null {
  const { calendar, kind } = tc;
  // A `first` value is read on the period's first day; every other level is judged at its end.
  const deciding =
    kind === 'first' ? period.start : calendar.previous(calendar.periodOf(period.end, 'day')).start;
  for (const grain of sourceGrains(def, tc)) {
    if (grain === period.grain) continue;
    const source = directTarget(def, calendar.periodOf(deciding, grain), tc);
    if (!source) continue;
    const piece: TargetPiece = { source, window: period, share: 1, value: source.value };
    const explanation = explain`level in effect on ${deciding}: ${describe(source)}`;
    return {
      value: source.value,
      rule: 'level_in_effect',
      pieces: [piece],
      ...explained(explanation),
    };
  }
  return null;
}

/**
 * The target of any period at any grain, with how it was found.
 * - A target set directly for the period (override, phased horizon, effective entry) wins.
 * - Sum kinds: a coarser period adds up its sub-periods' targets (a quarter = Σ its months); a
 *   finer or non-nesting period takes each overlapping target pro-rated by days
 *   (`target × overlap days ÷ calendar.dayCount`), e.g. a week across two months.
 * - Level kinds: the target in effect on the period's last day (first day for `first`).
 * - `distinct`: only a target set for exactly this period (unique counts do not add up).
 *
 * @example
 * const def = targetDefinitionSchema.parse({ direction: 'higher_is_better', basis: 'benchmark',
 *   entries: [{ grain: 'month', effectiveFrom: '2026-01-01', value: 30_000 }] });
 * targetFor(def, cal.parseKey('2026-Q4'), cal, { kind: 'sum' }).value; // 90000
 * targetFor(def, cal.parseKey('2026-11-10'), cal, { kind: 'sum' }).value; // 1000 (30000 × 1/30)
 */
export function targetFor(
  definition: TargetDefinition,
  period: Period,
  calendar: Calendar,
  options: { kind: AggregationKind },
): ResolvedTarget {
  const tc: TargetContext = { calendar, kind: options.kind };
  const base = { period, kind: options.kind };
  const source = directTarget(definition, period, tc);
  if (source) {
    const piece: TargetPiece = { source, window: period, share: 1, value: source.value };
    const explanation = explained(describe(source));
    return { ...base, value: source.value, rule: 'direct', pieces: [piece], ...explanation };
  }
  if (options.kind !== 'distinct') {
    const found = isTotalTargetKind(options.kind)
      ? resolveTotal(definition, period, tc)
      : resolveLevel(definition, period, tc);
    if (found) return { ...base, ...found };
  }
  const explanation = explained(explain`no target applies to ${period.key}`);
  return { ...base, value: null, rule: 'none', pieces: [], ...explanation };
}
