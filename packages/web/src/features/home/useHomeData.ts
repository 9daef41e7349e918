import type { Team, User } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchAllKpis } from '../../api/kpis';
import { fetchPeople, fetchTeamList } from '../../api/lookups';
import { queryKeys } from '../../api/queries';
import { useSummary } from '../cards/useSummary';
import type { CardEntry } from './card-filters';

/** Home's cards refresh on their own this often, so a screen left open stays current. */
const REFRESH_SECONDS = 60;
/** Days (or the metric's base periods) of each sparkline. */
const SPARKLINE = 30;

export function useTeams() {
  return useQuery({
    queryKey: queryKeys.teamLookup,
    queryFn: ({ signal }) => fetchTeamList(signal),
    staleTime: 5 * 60_000,
  });
}

export function usePeople() {
  return useQuery({
    queryKey: queryKeys.peopleLookup,
    queryFn: ({ signal }) => fetchPeople(signal),
    staleTime: 5 * 60_000,
  });
}

export function useAllKpis() {
  return useQuery({ queryKey: queryKeys.allKpis, queryFn: ({ signal }) => fetchAllKpis(signal) });
}

/** Names by id, for filters and group titles. */
export function useNames<T extends Team | User>(items: readonly T[] | undefined) {
  return useMemo(() => new Map((items ?? []).map((item) => [item.id, item.name])), [items]);
}

/**
 * What Home needs, in a few requests: the KPIs (then their cards in one summary request), the
 * teams and the people.
 */
export function useHomeData() {
  const kpis = useAllKpis();
  const teams = useTeams();
  const people = usePeople();
  const kpiIds = useMemo(() => (kpis.data ?? []).map((kpi) => kpi.id), [kpis.data]);
  const summary = useSummary({ kpiIds, sparkline: SPARKLINE }, { refreshSeconds: REFRESH_SECONDS });
  const entries = useMemo<CardEntry[]>(() => {
    const cards = new Map((summary.data?.cards ?? []).map((card) => [card.kpiId, card]));
    return (kpis.data ?? []).map((kpi) => ({ kpi, card: cards.get(kpi.id) }));
  }, [kpis.data, summary.data]);
  return { kpis, teams, people, summary, entries };
}
