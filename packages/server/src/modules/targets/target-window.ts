import { GRAINS, type Calendar, type DateWindow } from '@vitals/core';

/**
 * Past this many days a window's key list (every day, week, month, … in it) would cost more to
 * send than reading all of a KPI's targets saves: such reads take every target.
 */
export const MAX_WINDOW_DAYS = 800;

/**
 * Which stored targets can decide the target of a period inside a window: those keyed by a period
 * (override or horizon) that overlaps the window, and standing values effective before its end.
 *
 * Why nothing else can: `targetFor` of a period P only looks at periods that overlap P (P itself,
 * its sub-periods, the coarser periods around it, the one holding its deciding day), at entries
 * in effect on the first day of one of those (effective on or before it, so before the window's
 * end), and at horizons containing one of them (so overlapping the window). Period keys are
 * canonical (`parseKey` refuses any other spelling), so equality with the calendar's own keys
 * finds every stored key that parses to an overlapping period.
 */
export interface TargetWindow {
  /** The keys of every period at every grain that overlaps the window. */
  keys: string[];
  /** Entries effective from this day on cannot apply inside the window. */
  end: string;
}

/** The narrowed read of `window`, or `null` when it is too long to be worth narrowing. */
export function targetWindow(calendar: Calendar, window: DateWindow): TargetWindow | null {
  const days = calendar.periodsIn(window.start, window.end, 'day');
  if (days.length === 0 || days.length > MAX_WINDOW_DAYS) return null;
  const keys = GRAINS.flatMap((grain) =>
    grain === 'day'
      ? days.map((d) => d.key)
      : calendar.periodsIn(window.start, window.end, grain).map((p) => p.key),
  );
  return { keys, end: window.end };
}
