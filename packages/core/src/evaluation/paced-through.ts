import type { Calendar } from '../calendar/index';
import type { Measure } from './evaluate-kpi';

/**
 * Up to when a running period is paced: `asOf` once today's data has landed, else the start of
 * today. Numbers usually arrive a day late (a nightly load of yesterday); pacing by the clock alone
 * would set yesterday's total against a target that already counts part of today and call a KPI
 * that is exactly on pace "at risk" every morning. Data that stopped coming is what the `stale`
 * status is for, not pacing.
 *
 * @example
 * // 11 Nov, 12:00, points up to 10 Nov: paced through the start of 11 Nov (10 of 30 days)
 * pacedThrough(new Date('2026-11-11T11:00:00Z'), cal, measure); // 2026-11-10T23:00:00Z (Berlin)
 */
export function pacedThrough(
  asOf: Date | number,
  calendar: Calendar,
  measure: Measure,
): Date | number {
  const today = calendar.periodAt(asOf, 'day');
  if (measure({ start: today.start, end: today.end }).pointCount > 0) return asOf;
  return calendar.startInstant(today);
}
