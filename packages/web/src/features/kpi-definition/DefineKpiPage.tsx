import type { Kpi, KpiTarget } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { fetchKpi } from '../../api/kpis';
import { fetchPeople, fetchTeamList } from '../../api/lookups';
import { fetchAllMetrics } from '../../api/metrics';
import { queryKeys } from '../../api/queries';
import { fetchTargets } from '../../api/targets';
import { useWorkspaceCalendar } from '../../app/calendar';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Loading, PageHeader } from '../../components/Page';
import { blankDraft, draftFromKpi } from './draft';
import { KpiWizard } from './KpiWizard';
import type { WizardContext } from './wizard-types';

/** What every step may need: metrics, people and teams (one request each). */
function useLookups() {
  const metrics = useQuery({ queryKey: queryKeys.allMetrics, queryFn: () => fetchAllMetrics() });
  const people = useQuery({ queryKey: queryKeys.peopleLookup, queryFn: () => fetchPeople() });
  const teams = useQuery({ queryKey: queryKeys.teamLookup, queryFn: () => fetchTeamList() });
  return { metrics, people, teams };
}

function Gate({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const { user } = useCurrentSession();
  return (
    <>
      <PageHeader title={title} description={description} />
      {user.role === 'viewer' ? (
        <Alert tone="info">
          <p>
            Only editors and admins define and change KPIs. You can read every KPI, and enter data
            and check in on the KPIs you own.
          </p>
          <p>
            <ButtonLink to="/" size="small">
              Back to Home
            </ButtonLink>
          </p>
        </Alert>
      ) : (
        children
      )}
    </>
  );
}

/** `/kpis/new`: define a KPI, blank or from the template library. */
export function DefineKpiPage() {
  const location = useLocation();
  return (
    <Gate
      title="Define a KPI"
      description="Answer the questions a good KPI answers. Start blank or from the template library; nothing is saved until the last step."
    >
      <WizardLoader key={location.key} />
    </Gate>
  );
}

/** `/kpis/:id/edit`: change a KPI's definition (and add a target). */
export function EditKpiPage() {
  const { id = '' } = useParams();
  const kpi = useQuery({
    queryKey: queryKeys.kpi(id),
    queryFn: ({ signal }) => fetchKpi(id, signal),
  });
  const targets = useQuery({
    queryKey: queryKeys.targets(id),
    queryFn: ({ signal }) => fetchTargets(id, signal),
  });
  return (
    <Gate
      title={kpi.data ? `Edit “${kpi.data.name}”` : 'Edit a KPI'}
      description="Change what the KPI means, who owns it and how it is judged. Changes are audited."
    >
      {kpi.isError || targets.isError ? (
        <Alert tone="error">
          <p>{(kpi.error ?? targets.error)?.message}</p>
        </Alert>
      ) : kpi.data && targets.data ? (
        <WizardLoader kpi={kpi.data} targets={targets.data} />
      ) : (
        <Loading />
      )}
    </Gate>
  );
}

function WizardLoader({ kpi, targets }: { kpi?: Kpi; targets?: readonly KpiTarget[] }) {
  const { workspace } = useCurrentSession();
  const calendar = useWorkspaceCalendar();
  const { metrics, people, teams } = useLookups();
  const initial = useMemo(() => (kpi ? draftFromKpi(kpi, targets) : blankDraft()), [kpi, targets]);
  const failed = metrics.error ?? people.error ?? teams.error;
  if (failed) {
    return (
      <Alert tone="error">
        <p>{failed.message}</p>
      </Alert>
    );
  }
  if (!metrics.data || !people.data || !teams.data) return <Loading />;
  const context: WizardContext = {
    mode: kpi ? 'edit' : 'create',
    metrics: metrics.data,
    people: people.data,
    teams: teams.data,
    calendar,
    currency: workspace.currency,
    locale: workspace.locale,
    kpi,
    targets,
  };
  return <KpiWizard initial={initial} context={context} />;
}
