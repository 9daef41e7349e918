import { z } from 'zod';
import {
  grainSchema,
  type Calendar,
  type CivilDate,
  type Grain,
  type Period,
} from '../calendar/index';

/** How often a KPI's data is expected: one data point per day, week, month, quarter or year. */
export const dataCadenceSchema = grainSchema;
export type DataCadence = Grain;

/**
 * Days after a period ends before its data point is overdue, by cadence: a day's number by the end
 * of the next day (1), a week's within 2 days, a month's within 7 (month-end close), a quarter's
 * within 14, a year's within 30.
 */
export const DEFAULT_GRACE_DAYS: Readonly<Record<DataCadence, number>> = {
  day: 1,
  week: 2,
  month: 7,
  quarter: 14,
  year: 30,
};

export const freshnessRuleSchema = z.object({
  cadence: dataCadenceSchema,
  graceDays: z.number().int().min(0).max(366).optional(),
});
export type FreshnessRule = z.infer<typeof freshnessRuleSchema>;

export interface Freshness {
  /** True when the latest data point is older than the cadence plus grace allows. */
  stale: boolean;
  /** The cadence period whose data must be in by now. */
  required: Period;
  /** The first day on which the period after `required` becomes due. */
  nextDue: CivilDate;
  latest: CivilDate | null;
  graceDays: number;
}

/**
 * Whether a KPI's data is stale at an instant. The previous complete period of the cadence must
 * have data once `graceDays` have passed since it ended (before then, the one before it): e.g.
 * monthly with 7 grace days, on 23 November data for October is required, on 5 November only for
 * September. `latest` is the date of (any day in) the latest period that has a data point; with no
 * data at all the KPI is "no data", not stale.
 *
 * @example
 * checkFreshness({ cadence: 'month', latest: '2026-09-01', asOf: new Date('2026-11-23'), calendar }).stale; // true
 */
export function checkFreshness(input: {
  cadence: DataCadence;
  latest: CivilDate | null;
  asOf: Date | number;
  calendar: Calendar;
  graceDays?: number;
}): Freshness {
  const { cadence, latest, calendar } = input;
  const graceDays = input.graceDays ?? DEFAULT_GRACE_DAYS[cadence];
  const today = calendar.dateOf(input.asOf);
  const previous = calendar.previous(calendar.periodOf(today, cadence));
  const dueFrom = (p: Period) => calendar.shift(calendar.periodOf(p.end, 'day'), graceDays).start;
  const previousDue = dueFrom(previous);
  const required = today >= previousDue ? previous : calendar.previous(previous);
  const nextDue = today >= previousDue ? dueFrom(calendar.next(previous)) : previousDue;
  const stale = latest !== null && latest < required.start;
  return { stale, required, nextDue, latest, graceDays };
}
