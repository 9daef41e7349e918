import { GregorianCalendar, type Calendar, type Grain, type Period } from '@vitals/core';
import { useMemo } from 'react';
import { useCurrentSession } from './session';

/** The workspace's calendar (time zone, week start, fiscal year): all period arithmetic goes through it. */
export function useWorkspaceCalendar(): Calendar {
  const { workspace } = useCurrentSession();
  const { timeZone, weekStartsOn, fiscalYearStartMonth } = workspace;
  return useMemo(
    () => new GregorianCalendar({ timeZone, weekStartsOn, fiscalYearStartMonth }),
    [timeZone, weekStartsOn, fiscalYearStartMonth],
  );
}

/** The `count` periods of a grain up to the one holding `now`, newest first. */
export function recentPeriods(
  calendar: Calendar,
  grain: Grain,
  count: number,
  now: Date = new Date(),
): Period[] {
  const periods: Period[] = [];
  let period = calendar.periodAt(now, grain);
  for (let i = 0; i < count; i += 1) {
    periods.push(period);
    period = calendar.previous(period);
  }
  return periods;
}
