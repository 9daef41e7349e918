import { civilDaysBetween, type Calendar } from '../calendar/index';
import { isTotalTargetKind } from './direction';
import type { ResolvedTarget } from './resolve';
import { scaleTargetValue, sumTargetValues, type TargetValue } from './value';

/** What pacing reads of a resolved target: a period's (`targetFor`) or a range's (`targetForRange`). */
export type PacedTarget = Pick<
  ResolvedTarget,
  'value' | 'kind' | 'pieces' | 'explanation' | 'explanationParts'
>;

/**
 * The part of a resolved sum target that is due by `instant` (pacing): each piece contributes its
 * source target × the days of it elapsed ÷ its source period's days, so a month built from daily or
 * weekly targets paces by those, and a month with one monthly target paces by
 * `calendar.elapsedFraction`. Level targets are not phased: their value is returned as it is.
 * `null` when no target applies.
 *
 * @example
 * // November 2026 target 30,000; as of the end of 10 November → 30,000 × 10/30
 * targetToDate(targetFor(def, cal.parseKey('2026-11'), cal, { kind: 'sum' }), endOf10Nov, cal); // 10000
 */
export function targetToDate(
  target: PacedTarget,
  instant: Date | number,
  calendar: Calendar,
): TargetValue | null {
  if (target.value === null || !isTotalTargetKind(target.kind)) return target.value;
  const parts = target.pieces.map((piece) => {
    const source = piece.source.period;
    const before = civilDaysBetween(source.start, piece.window.start);
    const inWindow = civilDaysBetween(piece.window.start, piece.window.end);
    const elapsed = Math.min(Math.max(calendar.elapsedDays(source, instant) - before, 0), inWindow);
    return scaleTargetValue(piece.source.value, elapsed / calendar.dayCount(source));
  });
  return sumTargetValues(parts);
}
