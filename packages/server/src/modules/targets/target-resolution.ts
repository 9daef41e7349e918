import {
  explain,
  explanationText,
  targetFor,
  type Calendar,
  type Period,
  type ResolvedTargetResponse,
  type TargetSource,
} from '@vitals/core';
import type { StoredTargetDefinition } from './target-definition';

/** The stored target behind a source of core's resolution. */
export function targetIdOf(stored: StoredTargetDefinition, source: TargetSource): string {
  const ids = stored.targetIds;
  const id =
    source.rule === 'override'
      ? ids.overrides[source.overrideIndex]
      : source.rule === 'effective'
        ? ids.entries[source.entryIndex]
        : ids.horizons[source.horizonIndex];
  if (id === undefined) throw new Error(`no stored target behind a ${source.rule} source`);
  return id;
}

/**
 * Each period's target through core's `targetFor`, with the stored targets it came from and a
 * one-line explanation (which says so when `last_year` phasing had to fall back to even shares
 * because last year's actuals are not connected).
 */
export function resolveTargets(
  stored: StoredTargetDefinition,
  calendar: Calendar,
  periods: readonly Period[],
): ResolvedTargetResponse[] {
  return periods.map((period) => {
    const resolved = targetFor(stored.definition, period, calendar, { kind: stored.kind });
    const sources = resolved.pieces.map((piece) => ({
      targetId: targetIdOf(stored, piece.source),
      rule: piece.source.rule,
      periodKey: piece.source.period.key,
      value: piece.source.value,
      share: piece.share,
      contribution: piece.value,
    }));
    const unconnected = sources.some(
      (s) => s.rule === 'phased' && stored.lastYearUnavailable.includes(s.targetId),
    );
    const parts = unconnected
      ? explain`${resolved.explanationParts}. Last year's actuals are not connected yet, so the horizon is phased evenly`
      : resolved.explanationParts;
    return {
      period: resolved.period,
      value: resolved.value,
      rule: resolved.rule,
      explanation: explanationText(parts),
      explanationParts: parts,
      sources,
    };
  });
}
