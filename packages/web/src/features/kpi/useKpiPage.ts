import type { Grain, KpiEvaluation } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { fetchKpiAnnotations } from '../../api/annotations';
import { fetchKpiEvaluation } from '../../api/evaluation';
import { fetchKpi } from '../../api/kpis';
import { fetchMetric } from '../../api/metrics';
import { queryKeys } from '../../api/queries';
import { fetchTargets, resolveTargets } from '../../api/targets';
import { lastDay } from './days';

export function useKpi(id: string) {
  return useQuery({ queryKey: queryKeys.kpi(id), queryFn: ({ signal }) => fetchKpi(id, signal) });
}

export function useMetric(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.metric(id ?? ''),
    queryFn: ({ signal }) => fetchMetric(id ?? '', signal),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The KPI's last 12 periods at a grain (the server's default window). */
export function useEvaluation(kpiId: string, grain: Grain | undefined) {
  return useQuery({
    queryKey: queryKeys.evaluation(kpiId, grain),
    queryFn: ({ signal }) => fetchKpiEvaluation(kpiId, { grain }, signal),
  });
}

export function useTargets(kpiId: string) {
  return useQuery({
    queryKey: queryKeys.targets(kpiId),
    queryFn: ({ signal }) => fetchTargets(kpiId, signal),
  });
}

/** Which stored targets set one period's target, and how. */
export function useTargetResolution(kpiId: string, grain: Grain, periodKey: string | undefined) {
  const key = periodKey ?? '';
  return useQuery({
    queryKey: queryKeys.targetResolution(kpiId, grain, key, key),
    queryFn: ({ signal }) => resolveTargets(kpiId, { grain, from: key, to: key }, signal),
    enabled: periodKey !== undefined,
  });
}

/** The days an evaluation's periods cover, first and last included. */
export function daysOf(evaluation: KpiEvaluation | undefined): { from: string; to: string } | null {
  const first = evaluation?.periods[0];
  const last = evaluation?.periods.at(-1);
  if (!first || !last) return null;
  return { from: first.period.start, to: lastDay(last.period.end) };
}

export function useAnnotations(kpiId: string, evaluation: KpiEvaluation | undefined) {
  const days = daysOf(evaluation);
  return useQuery({
    queryKey: queryKeys.kpiAnnotations(kpiId, days?.from ?? '', days?.to ?? ''),
    queryFn: ({ signal }) => fetchKpiAnnotations(kpiId, days ?? { from: '', to: '' }, signal),
    enabled: days !== null,
  });
}
