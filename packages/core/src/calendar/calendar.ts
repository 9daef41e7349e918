import type { CivilDate } from './civil-date';
import type { CalendarSettings } from './settings';
import type { DateWindow, Grain, Period } from './period';

/** Where an instant stands relative to a period. */
export type PeriodPhase = 'future' | 'running' | 'complete';

/** The three windows of a like-for-like, period-to-date comparison. */
export interface LikeForLikeWindows {
  /** Days elapsed in the running period, counting the as-of day. */
  days: number;
  current: DateWindow;
  previous: DateWindow;
  lastYear: DateWindow;
}

/**
 * All period arithmetic goes through a workspace's calendar. Code outside the calendar must not
 * assume that a month is a calendar month or that weeks nest in months: a retail calendar
 * (4-4-5 and friends) implements this same interface with other answers.
 */
export interface Calendar {
  readonly settings: CalendarSettings;
  /** The workspace-local date of an instant. */
  dateOf(instant: Date | number): CivilDate;
  /** The period of a grain that contains a local date. */
  periodOf(date: CivilDate, grain: Grain): Period;
  /** The period of a grain that contains an instant. */
  periodAt(instant: Date | number, grain: Grain): Period;
  /** Reads a stable key back into its period; throws a RangeError naming the key when it is not valid here. */
  parseKey(key: string): Period;
  next(period: Period): Period;
  previous(period: Period): Period;
  /** The period `n` steps later (negative: earlier). */
  shift(period: Period, n: number): Period;
  /** The same period one year earlier (same date, week number, month, quarter or fiscal year). */
  sameLastYear(period: Period): Period;
  /** Every period of a grain that overlaps the days `[from, to)`, in order. */
  periodsIn(from: CivilDate, to: CivilDate, grain: Grain): Period[];
  /** The periods from `first` to `last`, both included. */
  periodsBetween(first: Period, last: Period): Period[];
  /** The first instant of the period (local midnight, or the first instant after it when a DST jump skips midnight). */
  startInstant(period: Period): Date;
  /** The first instant after the period. */
  endInstant(period: Period): Date;
  dayCount(period: Period): number;
  /** Days elapsed at an instant, with the running day counted by the share of its real hours gone. */
  elapsedDays(period: Period, instant: Date | number): number;
  /** `elapsedDays / dayCount`, from 0 to 1. */
  elapsedFraction(period: Period, instant: Date | number): number;
  phase(period: Period, instant: Date | number): PeriodPhase;
  /**
   * The first N days of a running period (N counts the as-of day) beside the first N days of the
   * previous period and of the same period last year, each cut at its own period's end.
   */
  likeForLike(period: Period, asOf: CivilDate): LikeForLikeWindows;
  /** True when every period of `fine` lies wholly inside one period of `coarse`, so values roll up. */
  nests(fine: Grain, coarse: Grain): boolean;
}
