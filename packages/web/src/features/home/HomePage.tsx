import { useCurrentSession } from '../../app/session';
import { ButtonLink } from '../../components/Button';
import { EmptyState, PageHeader } from '../../components/Page';

/**
 * The home dashboard. Until KPIs can be listed it shows what to do first; the KPI cards grouped by
 * team replace the empty state once the KPI endpoints exist.
 */
export function HomePage() {
  const { workspace } = useCurrentSession();
  return (
    <>
      <PageHeader
        title="Home"
        description={`How ${workspace.name} is doing: every KPI, its status and its trend.`}
      />
      <EmptyState
        title="No KPIs yet"
        actions={
          <>
            <ButtonLink to="/kpis" variant="primary">
              Define your first KPI
            </ButtonLink>
            <ButtonLink to="/settings">Workspace settings</ButtonLink>
          </>
        }
      >
        Define your first KPI, or load the sample workspace to see Vitals with a realistic company’s
        numbers. Each KPI will appear here as a card with its status, target and trend.
      </EmptyState>
    </>
  );
}
