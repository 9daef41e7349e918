import type { Dashboard, DashboardCreateInput, DashboardUpdate } from '@vitals/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  archiveDashboard,
  createDashboard,
  fetchDashboard,
  fetchDashboards,
  updateDashboard,
} from '../../api/dashboards';
import { queryKeys } from '../../api/queries';

export function useDashboards() {
  return useQuery({
    queryKey: queryKeys.dashboards,
    queryFn: ({ signal }) => fetchDashboards(signal),
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: queryKeys.dashboard(id),
    queryFn: ({ signal }) => fetchDashboard(id, signal),
  });
}

/** After a change, the list and the changed dashboard show the server's answer. */
function useRemember() {
  const client = useQueryClient();
  return async (dashboard: Dashboard) => {
    client.setQueryData(queryKeys.dashboard(dashboard.id), dashboard);
    await client.invalidateQueries({ queryKey: queryKeys.dashboards, exact: true });
  };
}

export function useCreateDashboard() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (input: DashboardCreateInput) => createDashboard(input),
    onSuccess: remember,
  });
}

export function useUpdateDashboard(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (update: DashboardUpdate) => updateDashboard(id, update),
    onSuccess: remember,
  });
}

export function useArchiveDashboard(id: string) {
  const remember = useRemember();
  return useMutation({ mutationFn: () => archiveDashboard(id), onSuccess: remember });
}
