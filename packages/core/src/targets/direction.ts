import { z } from 'zod';
import type { AggregationKind } from '../aggregation/kind';

/**
 * Which way is good for a KPI. `within_band` KPIs (utilisation 80–90 %) have a `{ lower, upper }`
 * band as their target instead of a single value.
 */
export const DIRECTIONS = ['higher_is_better', 'lower_is_better', 'within_band'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/**
 * Where a target comes from, as the KPI literature names it: the KPI's own history (e.g. last
 * year + 10 %), what competitors achieve, a pre-determined benchmark (industry standard, internal
 * threshold), or something else — explained in the definition's note.
 */
export const TARGET_BASES = ['past_performance', 'competitor', 'benchmark', 'other'] as const;
export const targetBasisSchema = z.enum(TARGET_BASES);
export type TargetBasis = z.infer<typeof targetBasisSchema>;

/**
 * True when a period's target of this kind is a total that adds up over sub-periods (flows such as
 * revenue). Every other kind has a level target (a ratio, an average, a stock, an extreme) that
 * applies to each sub-period as it is.
 *
 * @example
 * isTotalTargetKind('sum'); // true
 * isTotalTargetKind('ratio'); // false
 */
export function isTotalTargetKind(kind: AggregationKind): boolean {
  return kind === 'sum';
}
