import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queries';
import { loadSampleWorkspace } from '../../api/sample-workspace';
import { useCurrentSession } from '../../app/session';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/Page';

/** Refreshes everything the sample workspace fills: KPIs, cards, dashboards, teams and people. */
const FILLED = [
  queryKeys.kpis,
  queryKeys.evaluations,
  queryKeys.dashboards,
  ['lookup'],
  queryKeys.annotations,
] as const;

/** The first visit: load the sample company, or define the first KPI (each for who may). */
export function NoKpisYet() {
  const { user } = useCurrentSession();
  const client = useQueryClient();
  const load = useMutation({
    mutationFn: loadSampleWorkspace,
    onSuccess: () => Promise.all(FILLED.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
  const canDefine = user.role === 'admin' || user.role === 'editor';
  return (
    <>
      <EmptyState
        title="No KPIs yet"
        actions={
          <>
            {user.role === 'admin' && (
              <Button variant="primary" busy={load.isPending} onClick={() => load.mutate()}>
                {load.isPending ? 'Loading the sample workspace…' : 'Load the sample workspace'}
              </Button>
            )}
            {canDefine && (
              <ButtonLink to="/kpis/new" variant={user.role === 'admin' ? 'secondary' : 'primary'}>
                Define your first KPI
              </ButtonLink>
            )}
          </>
        }
      >
        {canDefine
          ? 'Define your first KPI, or load the sample workspace to see Vitals with a realistic company’s numbers: six teams, two years of data, targets and check-ins. Each KPI appears here as a card with its status, target and trend.'
          : 'Nobody has defined a KPI yet. Ask an editor or an admin to define one; each KPI will appear here as a card with its status, target and trend.'}
      </EmptyState>
      <LiveRegion politeness="assertive">
        {load.isError && (
          <Alert tone="error">
            <p>{load.error.message}</p>
          </Alert>
        )}
      </LiveRegion>
    </>
  );
}
