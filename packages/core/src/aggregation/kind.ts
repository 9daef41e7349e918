import { z } from 'zod';

/**
 * How a metric's values combine across periods and dimension values.
 * - `sum` — flows (revenue, sign-ups): a month is the sum of its days.
 * - `average` — stored as (sum, count): a month is Σsum / Σcount, never the mean of daily means.
 * - `ratio` — stored as (numerator, denominator): a month is Σnumerator / Σdenominator.
 * - `last` / `first` — stocks (headcount, ARR): the last (first) observation in the period.
 * - `min` / `max`.
 * - `distinct` — unique counts (monthly active users): not roll-up-able; the source computes each period.
 */
export const AGGREGATION_KINDS = [
  'sum',
  'average',
  'ratio',
  'last',
  'first',
  'min',
  'max',
  'distinct',
] as const;
export const aggregationKindSchema = z.enum(AGGREGATION_KINDS);
export type AggregationKind = z.infer<typeof aggregationKindSchema>;

/** False for kinds whose coarse values cannot be computed from finer ones. */
export function isRollUpable(kind: AggregationKind): boolean {
  return kind !== 'distinct';
}
