import { useQuery } from '@tanstack/react-query';
import { fetchDashboardSummary, type SummaryRequest } from '../../api/evaluation';
import { queryKeys } from '../../api/queries';

/**
 * The cards of the given KPIs, in their order. `refreshSeconds` polls (TV mode and open
 * dashboards).
 */
export function useSummary(request: SummaryRequest, options: { refreshSeconds?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.summary(request),
    queryFn: ({ signal }) => fetchDashboardSummary(request, signal),
    enabled: request.kpiIds.length > 0,
    refetchInterval: options.refreshSeconds ? options.refreshSeconds * 1000 : false,
    refetchIntervalInBackground: true,
  });
}
