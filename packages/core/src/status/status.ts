import { z } from 'zod';

/**
 * A KPI's status for a period. `no_data` and `stale` are statuses of their own: nothing without
 * (fresh) data is ever reported as on track.
 */
export const KPI_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data', 'stale'] as const;
export const kpiStatusSchema = z.enum(KPI_STATUSES);
export type KpiStatus = z.infer<typeof kpiStatusSchema>;

/** The three statuses that compare an actual with a target. */
export type JudgedStatus = Extract<KpiStatus, 'on_track' | 'at_risk' | 'off_track'>;

/**
 * Orders judged statuses from worst to best (off track 0, at risk 1, on track 2).
 *
 * @example
 * statusRank('at_risk') < statusRank('on_track'); // true
 */
export function statusRank(status: JudgedStatus): number {
  return status === 'off_track' ? 0 : status === 'at_risk' ? 1 : 2;
}
