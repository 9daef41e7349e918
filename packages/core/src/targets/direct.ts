import {
  civilDaysBetween,
  grainRank,
  type DateWindow,
  type Grain,
  type Period,
} from '../calendar/index';
import { isTotalTargetKind } from './direction';
import { phaseHorizon, type PhasedHorizon } from './phasing';
import type { PhasingMethod, TargetDefinition } from './schema';
import type { TargetContext } from './validate';
import type { TargetValue } from './value';

/** The definition entry that sets one period's target directly. */
export type TargetSource =
  | { rule: 'override'; period: Period; value: TargetValue; overrideIndex: number }
  | {
      rule: 'phased';
      period: Period;
      value: TargetValue;
      horizonIndex: number;
      horizon: string;
      method: PhasingMethod;
      fellBackToEven: boolean;
    }
  | { rule: 'horizon_level'; period: Period; value: TargetValue; horizonIndex: number }
  | {
      rule: 'effective';
      period: Period;
      value: TargetValue;
      entryIndex: number;
      effectiveFrom: string;
    };

/**
 * Precomputes a definition's phased horizons once, so that resolving many periods is cheap.
 * Keyed by the definition object; phasing is pure, so the cache never goes stale.
 */
const phasedCache = new WeakMap<TargetDefinition, Map<string, PhasedHorizon[]>>();

function phasedHorizons(def: TargetDefinition, tc: TargetContext): PhasedHorizon[] {
  const cacheKey = `${tc.kind}|${JSON.stringify(tc.calendar.settings)}`;
  let byContext = phasedCache.get(def);
  if (!byContext) phasedCache.set(def, (byContext = new Map()));
  let phased = byContext.get(cacheKey);
  if (!phased) {
    phased = def.horizons.map((h) => phaseHorizon(h, tc.calendar, tc.kind));
    byContext.set(cacheKey, phased);
  }
  return phased;
}

/**
 * The target set for exactly this period, by priority: an override of its key, then a horizon that
 * is phased at its grain (or, for level kinds, the horizon itself), then the entry of its grain
 * in effect on its first day. `null` when nothing sets it directly.
 *
 * @example
 * directTarget(def, calendar.parseKey('2026-11'), { calendar, kind: 'sum' })?.rule; // 'effective'
 */
export function directTarget(
  def: TargetDefinition,
  period: Period,
  tc: TargetContext,
): TargetSource | null {
  const overrideIndex = def.overrides.findIndex((o) => o.period === period.key);
  const override = def.overrides[overrideIndex];
  if (override) return { rule: 'override', period, value: override.value, overrideIndex };

  const phased = phasedHorizons(def, tc);
  for (const [horizonIndex, h] of phased.entries()) {
    const i = h.grain === period.grain ? h.periods.findIndex((p) => p.key === period.key) : -1;
    const value = h.values[i];
    if (value !== undefined) {
      const horizon = h.horizon.key;
      const { method, fellBackToEven } = h;
      return { rule: 'phased', period, value, horizonIndex, horizon, method, fellBackToEven };
    }
    const level = def.horizons[horizonIndex];
    if (!isTotalTargetKind(tc.kind) && level && h.horizon.key === period.key) {
      return { rule: 'horizon_level', period, value: level.total, horizonIndex };
    }
  }

  let best: TargetSource | null = null;
  let bestFrom = '';
  for (const [entryIndex, e] of def.entries.entries()) {
    if (e.grain !== period.grain || e.effectiveFrom > period.start) continue;
    if (best && bestFrom >= e.effectiveFrom) continue;
    bestFrom = e.effectiveFrom;
    best = {
      rule: 'effective',
      period,
      value: e.value,
      entryIndex,
      effectiveFrom: e.effectiveFrom,
    };
  }
  return best;
}

/**
 * The source grains of a definition, per context: parsing every override's key on each call made
 * resolving a 90-day sparkline against 37 monthly overrides cost 3,330 key parses per KPI.
 */
const grainsCache = new WeakMap<TargetDefinition, Map<string, readonly Grain[]>>();

/** Grains at which a definition sets targets directly, finest first. */
export function sourceGrains(def: TargetDefinition, tc: TargetContext): readonly Grain[] {
  const cacheKey = `${tc.kind}|${JSON.stringify(tc.calendar.settings)}`;
  let byContext = grainsCache.get(def);
  if (!byContext) grainsCache.set(def, (byContext = new Map()));
  const cached = byContext.get(cacheKey);
  if (cached) return cached;
  const grains = new Set<Grain>(def.entries.map((e) => e.grain));
  for (const h of def.horizons) {
    grains.add(h.grain);
    if (!isTotalTargetKind(tc.kind)) grains.add(tc.calendar.parseKey(h.horizon).grain);
  }
  for (const o of def.overrides) grains.add(tc.calendar.parseKey(o.period).grain);
  const sorted = [...grains].sort((a, b) => grainRank(a) - grainRank(b));
  byContext.set(cacheKey, sorted);
  return sorted;
}

/** The days two periods share, or `null` when they do not overlap. */
export function overlapOf(a: DateWindow, b: DateWindow): DateWindow | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start < end ? { start, end } : null;
}

/** Whole days in a window. */
export function windowDays(window: DateWindow): number {
  return civilDaysBetween(window.start, window.end);
}
