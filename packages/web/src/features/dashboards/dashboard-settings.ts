import type { Dashboard, DashboardPeriod, Grain } from '@vitals/core';
import type { SummaryRequest } from '../../api/evaluation';

export const PERIOD_OPTIONS: readonly { value: DashboardPeriod; label: string }[] = [
  { value: 'cadence', label: "Each KPI's review cadence" },
  { value: 'this_month', label: 'This month' },
  { value: 'this_quarter', label: 'This quarter' },
  { value: 'this_year', label: 'This year' },
];

const PERIOD_GRAINS: Record<DashboardPeriod, Grain | undefined> = {
  cadence: undefined,
  this_month: 'month',
  this_quarter: 'quarter',
  this_year: 'year',
};

export function periodLabel(period: DashboardPeriod): string {
  return PERIOD_OPTIONS.find((option) => option.value === period)?.label ?? period;
}

/** The summary request behind a dashboard's cards: its KPIs in order, its period and sparklines. */
export function summaryRequestOf(
  dashboard: Pick<Dashboard, 'kpiIds' | 'period' | 'sparkline' | 'sparklineGrain'>,
): SummaryRequest {
  return {
    kpiIds: dashboard.kpiIds,
    grain: PERIOD_GRAINS[dashboard.period],
    sparkline: dashboard.sparkline,
    sparklineGrain: dashboard.sparklineGrain ?? undefined,
  };
}

/** "every 60 s", "every 5 min": how often TV mode refreshes. */
export function refreshLabel(seconds: number): string {
  if (seconds % 60 === 0) return `every ${seconds / 60} min`;
  return `every ${seconds} s`;
}
