import type { Grain } from '@vitals/core';

/** Query keys in one place, so a mutation invalidates exactly what it changed. */
export const queryKeys = {
  setupState: ['setup-state'] as const,
  session: ['session'] as const,
  workspace: ['workspace'] as const,
  tokens: ['tokens'] as const,

  /** Everything about KPIs starts with 'kpis': invalidating ['kpis'] refreshes lists and pages. */
  kpis: ['kpis'] as const,
  allKpis: ['kpis', 'all'] as const,
  kpi: (id: string) => ['kpis', 'one', id] as const,
  /** Evaluations and card summaries: invalidate after data, targets or definitions change. */
  evaluations: ['evaluation'] as const,
  evaluation: (kpiId: string, grain: Grain | undefined) => ['evaluation', kpiId, grain] as const,
  summary: (request: object) => ['evaluation', 'summary', request] as const,
  targets: (kpiId: string) => ['targets', kpiId] as const,
  targetResolution: (kpiId: string, grain: Grain, from: string, to: string) =>
    ['targets', kpiId, 'resolve', grain, from, to] as const,
  dashboards: ['dashboards'] as const,
  dashboard: (id: string) => ['dashboards', id] as const,
  metric: (id: string) => ['metrics', id] as const,
  series: (metricId: string, request: object) => ['series', metricId, request] as const,
  dataPoints: (metricId: string, request: object) => ['data-points', metricId, request] as const,
  revisions: (dataPointId: string) => ['data-points', 'revisions', dataPointId] as const,
  /** Invalidate ['annotations'] after adding one, so KPI charts show it. */
  annotations: ['annotations'] as const,
  kpiAnnotations: (kpiId: string, from: string, to: string) =>
    ['annotations', 'kpi', kpiId, from, to] as const,
  /** Read-only lists for filters and names (Settings keeps its own keys for managing them). */
  teamLookup: ['lookup', 'teams'] as const,
  peopleLookup: ['lookup', 'users'] as const,

  /** Defining KPIs, entering data, check-ins and Settings' people and teams. */
  allMetrics: ['metrics', 'all'] as const,
  checkIns: (kpiId: string) => ['check-ins', kpiId] as const,
  annotationFeed: (kpiId: string) => ['annotations', 'feed', kpiId] as const,
  users: ['users'] as const,
  teams: ['teams'] as const,
  teamMembers: (teamId: string) => ['teams', teamId, 'members'] as const,
};
