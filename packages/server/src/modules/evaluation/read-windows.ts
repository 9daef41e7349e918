import {
  checkFreshness,
  type Calendar,
  type DateWindow,
  type Grain,
  type Period,
} from '@vitals/core';

/** What the windows of one KPI's evaluation depend on. */
export interface WindowPlan {
  periods: readonly Period[];
  sparkline?: readonly Period[];
  /** The cadence freshness is judged at (the KPI's review cadence). */
  cadence: Grain;
}

/** Sorted, with overlapping and touching windows joined. */
export function mergeWindows(windows: readonly DateWindow[]): DateWindow[] {
  const sorted = [...windows]
    .filter((w) => w.start < w.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: DateWindow[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) {
      if (w.end > last.end) last.end = w.end;
    } else out.push({ start: w.start, end: w.end });
  }
  return out;
}

/**
 * The days an evaluation reads, instead of everything from last year's period to now (a dashboard
 * on 20 November read 13 months of points to use 3): each period with the one before it (the
 * change on the previous period, a stock's opening value), the same period last year, the
 * sparkline, and the days from the period whose data freshness requires to now (a point there makes
 * the KPI fresh) — each cut to `span`, the range the evaluation measures within, so the latest
 * point seen is never later than before.
 */
export function evaluationWindows(
  calendar: Calendar,
  plans: readonly WindowPlan[],
  asOf: Date,
  span: DateWindow,
): DateWindow[] {
  const windows: DateWindow[] = [];
  for (const plan of plans) {
    for (const period of plan.periods) {
      windows.push({ start: calendar.previous(period).start, end: period.end });
      const lastYear = calendar.sameLastYear(period);
      windows.push({ start: lastYear.start, end: lastYear.end });
    }
    const first = plan.sparkline?.[0];
    const last = plan.sparkline?.[plan.sparkline.length - 1];
    if (first && last) windows.push({ start: first.start, end: last.end });
    const { required } = checkFreshness({ cadence: plan.cadence, latest: null, asOf, calendar });
    windows.push({ start: required.start, end: calendar.periodAt(asOf, plan.cadence).end });
  }
  return mergeWindows(
    windows.map((w) => ({
      start: w.start > span.start ? w.start : span.start,
      end: w.end < span.end ? w.end : span.end,
    })),
  );
}

/**
 * The days of every period whose target an evaluation asks for (its periods and sparklines), so
 * only the targets that can decide those are read.
 */
export function targetedWindow(plans: readonly Omit<WindowPlan, 'cadence'>[]): DateWindow {
  let start = '';
  let end = '';
  for (const plan of plans) {
    for (const p of [...plan.periods, ...(plan.sparkline ?? [])]) {
      if (!start || p.start < start) start = p.start;
      if (p.end > end) end = p.end;
    }
  }
  return { start, end };
}
