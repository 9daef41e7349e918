import { z } from 'zod';
import { isBand, type Direction, type TargetValue } from '../targets/index';
import type { JudgedStatus } from './status';

/**
 * Status thresholds of a KPI as fractions of the expected value (1 = 100 %).
 * - higher_is_better: on track from `expected − |expected| × (1 − onTrack)`, at risk from
 *   `expected − |expected| × (1 − atRisk)`, off track below. Defaults: ≥ 100 % on track, ≥ 90 % at risk.
 * - lower_is_better, mirrored: on track up to `expected + |expected| × (1 − onTrack)`, at risk up
 *   to `expected + |expected| × (1 − atRisk)` (defaults: ≤ 100 %, ≤ 110 %), off track above.
 * - within_band: on track inside `[lower − |lower| × (1 − onTrack), upper + |upper| × (1 − onTrack)]`
 *   (the band itself by default); at risk when outside the band by no more than
 *   `(1 − atRisk) × |nearest bound|` (a band of 80–90 with atRisk 0.9: at risk 72–80 and 90–99);
 *   off track beyond.
 * Using `|expected|` keeps the logic right for targets of 0 (no at-risk zone: on or off) and for
 * negative targets (a target of −100 is at risk down to −110, not up to −90).
 */
export const statusThresholdsSchema = z
  .object({
    onTrack: z.number({ error: 'must be a finite number' }).positive().default(1),
    atRisk: z.number({ error: 'must be a finite number' }).positive().default(0.9),
  })
  .refine((t) => t.atRisk < t.onTrack, {
    path: ['atRisk'],
    message: 'atRisk must be below onTrack (e.g. atRisk 0.9, onTrack 1)',
  });
export type StatusThresholds = z.infer<typeof statusThresholdsSchema>;
export type StatusThresholdsInput = z.input<typeof statusThresholdsSchema>;

export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = { onTrack: 1, atRisk: 0.9 };

/** A closed interval; `null` is an open end. */
export interface StatusZone {
  min: number | null;
  max: number | null;
}

/** Where on track and at risk begin and end for one expected value; outside both is off track. */
export interface StatusBoundaries {
  onTrack: StatusZone;
  atRisk: StatusZone;
}

/** `bound` loosened by `|bound| × (1 − fraction)`, downward (`-1`) or upward (`+1`). */
function loosen(bound: number, fraction: number, way: 1 | -1): number {
  // bound ± |bound|(1 − f) as one product, rounded to 15 significant digits so that float noise
  // does not show: 110 % of 90 is 99, not 99.00000000000001.
  if (bound === 0) return 0;
  const towardZero = (bound > 0 && way < 0) || (bound < 0 && way > 0);
  const exact = towardZero ? bound * fraction : bound * (2 - fraction);
  return Number(exact.toPrecision(15));
}

/**
 * The status zones for an expected value (a number, or a band for within_band KPIs).
 *
 * @example
 * statusBoundaries(20, 'lower_is_better'); // { onTrack: { min: null, max: 20 }, atRisk: { min: null, max: 22 } }
 */
export function statusBoundaries(
  expected: TargetValue,
  direction: Direction,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): StatusBoundaries {
  const { onTrack, atRisk } = thresholds;
  if (direction === 'within_band') {
    if (!isBand(expected)) throw new RangeError('a within_band KPI needs a band target');
    const zone = (f: number): StatusZone => ({
      min: loosen(expected.lower, f, -1),
      max: loosen(expected.upper, f, 1),
    });
    return { onTrack: zone(onTrack), atRisk: zone(atRisk) };
  }
  if (isBand(expected)) throw new RangeError(`a ${direction} KPI needs a single target value`);
  if (direction === 'higher_is_better') {
    return {
      onTrack: { min: loosen(expected, onTrack, -1), max: null },
      atRisk: { min: loosen(expected, atRisk, -1), max: null },
    };
  }
  return {
    onTrack: { min: null, max: loosen(expected, onTrack, 1) },
    atRisk: { min: null, max: loosen(expected, atRisk, 1) },
  };
}

function inside(value: number, zone: StatusZone): boolean {
  // A hair of tolerance so that float noise never pushes a value across the line it sits on.
  const eps = (b: number) => Math.max(Math.abs(b), Math.abs(value)) * 1e-12;
  return (
    (zone.min === null || value >= zone.min - eps(zone.min)) &&
    (zone.max === null || value <= zone.max + eps(zone.max))
  );
}

/**
 * On track, at risk or off track for an actual against an expected value.
 *
 * @example
 * classifyStatus(9_500, 10_000, 'higher_is_better'); // 'at_risk'
 * classifyStatus(21, 20, 'lower_is_better'); // 'at_risk'
 */
export function classifyStatus(
  actual: number,
  expected: TargetValue,
  direction: Direction,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): JudgedStatus {
  const zones = statusBoundaries(expected, direction, thresholds);
  if (inside(actual, zones.onTrack)) return 'on_track';
  return inside(actual, zones.atRisk) ? 'at_risk' : 'off_track';
}
