import type { Dashboard } from '@vitals/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { EmptyState, Loading, PageHeader } from '../../components/Page';
import { DashboardCards } from './DashboardCards';
import { periodLabel, refreshLabel } from './dashboard-settings';
import styles from './DashboardPage.module.css';
import { tvPath } from './tv-cycle';
import { useArchiveDashboard, useDashboard } from './useDashboards';

/** One dashboard: its cards in order, with TV mode, editing and archiving at hand. */
export function DashboardPage() {
  const { id = '' } = useParams();
  const dashboard = useDashboard(id);
  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <Alert tone="error">
          <p>{dashboard.error.message}</p>
        </Alert>
      </>
    );
  }
  return <DashboardView dashboard={dashboard.data} />;
}

function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { user } = useCurrentSession();
  const canEdit = user.role === 'admin' || user.role === 'editor';
  const archived = dashboard.archivedAt !== null;
  return (
    <>
      <PageHeader
        title={dashboard.name}
        description={
          <>
            {dashboard.description && <>{dashboard.description} · </>}
            {periodLabel(dashboard.period)} · refreshes {refreshLabel(dashboard.refreshSeconds)}
            {archived && ' · archived'}
          </>
        }
        actions={
          <div className={styles.actions}>
            <ButtonLink to={tvPath(dashboard.id, [dashboard.id])} variant="primary">
              TV mode
            </ButtonLink>
            {canEdit && !archived && (
              <ButtonLink to={`/dashboards/${dashboard.id}/edit`}>Edit</ButtonLink>
            )}
            {canEdit && !archived && <ArchiveButton id={dashboard.id} name={dashboard.name} />}
          </div>
        }
      />
      {dashboard.kpiIds.length === 0 ? (
        <EmptyState
          title="No KPIs on this dashboard yet"
          actions={
            canEdit && (
              <ButtonLink to={`/dashboards/${dashboard.id}/edit`} variant="primary">
                Choose KPIs
              </ButtonLink>
            )
          }
        >
          Choose the KPI cards it shows and their order.
        </EmptyState>
      ) : (
        <DashboardCards dashboard={dashboard} />
      )}
    </>
  );
}

/** Asks once more before archiving; the dashboard is kept and can be found by its address. */
function ArchiveButton({ id, name }: { id: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const archive = useArchiveDashboard(id);
  const navigate = useNavigate();
  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)}>
        Archive
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="danger"
        autoFocus
        busy={archive.isPending}
        onClick={() => archive.mutate(undefined, { onSuccess: () => void navigate('/dashboards') })}
      >
        Archive “{name}” now
      </Button>
      <Button onClick={() => setAsking(false)}>Keep it</Button>
      {archive.isError && (
        <Alert tone="error">
          <p>{archive.error.message}</p>
        </Alert>
      )}
    </>
  );
}
