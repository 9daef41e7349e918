import type { Dashboard, DashboardPeriod, DashboardPeriodSetting, Grain } from '@vitals/core';
import type { SummaryRequest } from '../../api/evaluation';
import { formatRange, lastPeriodsName } from '../../format/period-range';

/** What the period setting's first choice offers: a single period, or a run of periods. */
export type PeriodKind = DashboardPeriodSetting['kind'];

export const PERIOD_OPTIONS: readonly { value: PeriodKind; label: string }[] = [
  { value: 'cadence', label: "Each KPI's review cadence" },
  { value: 'this_month', label: 'This month' },
  { value: 'this_quarter', label: 'This quarter' },
  { value: 'this_year', label: 'This year' },
  { value: 'last', label: 'The last N periods' },
  { value: 'custom', label: 'A fixed range' },
];

const PERIOD_GRAINS: Record<DashboardPeriod, Grain | undefined> = {
  cadence: undefined,
  this_month: 'month',
  this_quarter: 'quarter',
  this_year: 'year',
};

/** "This month", "Last 3 months", "Sep–Nov 2026": a dashboard's period setting in words. */
export function periodLabel(period: DashboardPeriodSetting, locale = 'en-US'): string {
  switch (period.kind) {
    case 'last':
      return lastPeriodsName(period.grain, period.n, period.includeRunning);
    case 'custom':
      return formatRange(
        { grain: period.grain, key: period.from },
        { grain: period.grain, key: period.to },
        locale,
      );
    default:
      return PERIOD_OPTIONS.find((option) => option.value === period.kind)?.label ?? period.kind;
  }
}

function periodRequest(period: DashboardPeriodSetting): Omit<SummaryRequest, 'kpiIds'> {
  switch (period.kind) {
    case 'last':
      return {
        range: 'last',
        grain: period.grain,
        n: period.n,
        includeRunning: period.includeRunning,
      };
    case 'custom':
      return { range: 'custom', grain: period.grain, from: period.from, to: period.to };
    default:
      return { grain: PERIOD_GRAINS[period.kind] };
  }
}

/** The summary request behind a dashboard's cards: its KPIs in order, its period and sparklines. */
export function summaryRequestOf(
  dashboard: Pick<Dashboard, 'kpiIds' | 'period' | 'sparkline' | 'sparklineGrain'>,
): SummaryRequest {
  return {
    kpiIds: dashboard.kpiIds,
    ...periodRequest(dashboard.period),
    sparkline: dashboard.sparkline,
    sparklineGrain: dashboard.sparklineGrain ?? undefined,
  };
}

/** "every 60 s", "every 5 min": how often TV mode refreshes. */
export function refreshLabel(seconds: number): string {
  if (seconds % 60 === 0) return `every ${seconds / 60} min`;
  return `every ${seconds} s`;
}
