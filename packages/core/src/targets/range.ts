import type { AggregationKind } from '../aggregation/kind';
import type { Calendar, Period } from '../calendar/index';
import type { PeriodRange } from '../calendar/range';
import { periodsOfRange } from '../calendar/range';
import { isTotalTargetKind } from './direction';
import type { ResolvedTarget, TargetPiece, TargetRule } from './resolve';
import { explain, explanationText, joinParts, shown, type ExplanationPart } from './explain';
import { sumTargetValues, type TargetValue } from './value';

/** How a range's target was arrived at. */
export type RangeTargetRule = 'sum_of_periods' | 'level_at_end' | 'level_at_start' | TargetRule;

/**
 * A range's target: shaped like a `ResolvedTarget` (pieces, kind, value), so pacing
 * (`targetToDate`, `expectedToDate`) reads it the same way.
 */
export interface ResolvedRangeTarget extends Omit<ResolvedTarget, 'period' | 'rule'> {
  range: PeriodRange;
  rule: RangeTargetRule;
  /** Each period's own resolved target, in order (only the deciding one for level kinds). */
  periods: ResolvedTarget[];
}

function listed(targets: readonly ResolvedTarget[]): ExplanationPart[] {
  const each = targets
    .slice(0, 6)
    .map((t) => explain`${t.period.key} = ${shown(t.value as TargetValue)}`);
  const first = joinParts(each, '; ');
  return targets.length > 6 ? explain`${first}; … ${targets.length - 6} more` : first;
}

function explained(parts: ExplanationPart[]) {
  return { explanation: explanationText(parts), explanationParts: parts };
}

/**
 * The target of a run of periods, generalizing how `targetFor` derives a coarser period from
 * finer entries (a quarter from its months):
 * - sum kinds: Σ of each period's target (their pieces kept, so pacing follows them); no target
 *   when any period has none, since a partial sum would judge the whole run against too little;
 * - level kinds (ratio, average, last, min, max): the target in effect at the range's end, i.e.
 *   its last period's; `first`: its first period's (a `first` value is read on the first day);
 * - `distinct`: only for a single period (unique counts do not add up across periods).
 *
 * @example
 * // Monthly revenue targets 30k (Sep), 31k (Oct), 32k (Nov): Sep–Nov = 93k, "Σ of 3 month targets: …"
 * targetForRange(range, (p) => targetFor(def, p, cal, { kind: 'sum' }), cal, 'sum').value; // 93000
 */
export function targetForRange(
  range: PeriodRange,
  targetOf: (period: Period) => ResolvedTarget,
  calendar: Calendar,
  kind: AggregationKind,
): ResolvedRangeTarget {
  const base = { range, kind };
  const none = (text: string): ResolvedRangeTarget => ({
    ...base,
    value: null,
    rule: 'none',
    pieces: [],
    periods: [],
    ...explained(explain`${text}`),
  });
  if (range.count === 1) {
    const only = targetOf(range.first);
    return { ...base, ...only, range, periods: [only] };
  }
  if (isTotalTargetKind(kind)) {
    const periods = periodsOfRange(calendar, range).map(targetOf);
    const missing = periods.find((t) => t.value === null);
    if (missing) {
      return none(
        `no target for ${missing.period.key}, so none for ${range.key} (a sum needs every period's target)`,
      );
    }
    const pieces: TargetPiece[] = periods.flatMap((t) => t.pieces);
    const value = sumTargetValues(periods.map((t) => t.value as TargetValue));
    const parts = explain`Σ of ${periods.length} ${range.grain} targets: ${listed(periods)}`;
    return { ...base, value, rule: 'sum_of_periods', pieces, periods, ...explained(parts) };
  }
  if (kind === 'distinct') {
    return none(
      `a distinct count has no target over ${range.count} ${range.grain}s: unique counts do not add up`,
    );
  }
  const atStart = kind === 'first';
  const deciding = targetOf(atStart ? range.first : range.last);
  if (deciding.value === null) return none(`no target applies to ${deciding.period.key}`);
  const where = atStart ? 'first' : 'last';
  const parts = explain`level target of the range's ${where} ${range.grain}, ${deciding.period.key}: ${deciding.explanationParts}`;
  return {
    ...base,
    value: deciding.value,
    rule: atStart ? 'level_at_start' : 'level_at_end',
    pieces: deciding.pieces,
    periods: [deciding],
    ...explained(parts),
  };
}
