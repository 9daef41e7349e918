import { changeEventSchema, type ChangeKind } from '@vitals/core';
import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from './queries';

/** What a change makes stale: these query keys (and everything under them), or everything. */
export type Stale = { all: true } | { all: false; keys: QueryKey[] };

const EVERYTHING: Stale = { all: true };

/**
 * The queries each kind of change touches. Evaluations (cards, KPI pages, summaries) follow
 * data, targets, KPIs and metrics; target resolutions follow data too, as `last_year` phasing
 * reads last year's actuals. Settings (zone, week start, fiscal year) and the sample workspace
 * change everything.
 */
const KEYS_OF_KIND: Record<ChangeKind, readonly QueryKey[] | 'all'> = {
  data: [queryKeys.evaluations, ['series'], ['data-points'], ['targets']],
  targets: [['targets'], queryKeys.evaluations],
  kpis: [queryKeys.kpis, queryKeys.evaluations, queryKeys.dashboards],
  metrics: [['metrics'], queryKeys.evaluations, ['series'], ['data-points']],
  dashboards: [queryKeys.dashboards],
  workspace: 'all',
  sample: 'all',
};

/** The queries to refetch for a change's kinds, each key once. */
export function staleOf(kinds: readonly ChangeKind[]): Stale {
  const keys = new Map<string, QueryKey>();
  for (const kind of kinds) {
    const touched = KEYS_OF_KIND[kind];
    if (touched === 'all') return EVERYTHING;
    for (const key of touched) keys.set(JSON.stringify(key), key);
  }
  return { all: false, keys: [...keys.values()] };
}

/**
 * The change an `event: change` carries, or null when its data is not JSON. A change the app does
 * not know (a kind added to the server later) makes everything stale rather than being dropped.
 */
export function staleOfEvent(data: string): { version: number | null; stale: Stale } | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = changeEventSchema.safeParse(json);
  if (parsed.success) return { version: parsed.data.version, stale: staleOf(parsed.data.kinds) };
  const version = changeEventSchema.shape.version.safeParse(
    typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined,
  );
  return { version: version.success ? version.data : null, stale: EVERYTHING };
}
