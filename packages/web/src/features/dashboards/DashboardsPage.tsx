import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { EmptyState, Loading, PageHeader, Panel, Stack } from '../../components/Page';
import { CreateDashboardForm } from './CreateDashboardForm';
import { periodLabel } from './dashboard-settings';
import styles from './DashboardsPage.module.css';
import { toggleItem } from './reorder';
import { tvPath } from './tv-cycle';
import { useDashboards } from './useDashboards';

/** Every dashboard, a way to make one, and TV mode cycling through the ones ticked. */
export function DashboardsPage() {
  const { user } = useCurrentSession();
  const dashboards = useDashboards();
  const [cycle, setCycle] = useState<string[]>([]);
  const canEdit = user.role === 'admin' || user.role === 'editor';
  const first = cycle[0];
  return (
    <>
      <PageHeader
        title="Dashboards"
        description="Named sets of KPI cards in the order you choose, for a period; show them on a screen with TV mode."
      />
      <Stack>
        {dashboards.isPending && <Loading />}
        {dashboards.isError && (
          <Alert tone="error">
            <p>{dashboards.error.message}</p>
          </Alert>
        )}
        {dashboards.data && dashboards.data.length === 0 && (
          <EmptyState title="No dashboards yet">
            {canEdit
              ? 'Make one below: give it a name, then choose and order its KPI cards.'
              : 'An editor can make dashboards; Home shows every KPI meanwhile.'}
          </EmptyState>
        )}
        {dashboards.data && dashboards.data.length > 0 && (
          <Panel title="Your dashboards" id="dashboard-list">
            <ul className={styles.list}>
              {dashboards.data.map((dashboard) => (
                <li key={dashboard.id} className={styles.item}>
                  <div className={styles.main}>
                    <Link to={`/dashboards/${dashboard.id}`} className={styles.name}>
                      {dashboard.name}
                    </Link>
                    {dashboard.description && (
                      <p className={styles.description}>{dashboard.description}</p>
                    )}
                    <p className={styles.meta}>
                      {dashboard.kpiIds.length} KPI{dashboard.kpiIds.length === 1 ? '' : 's'} ·{' '}
                      {periodLabel(dashboard.period)}
                    </p>
                  </div>
                  <label className={styles.cycle}>
                    <input
                      type="checkbox"
                      checked={cycle.includes(dashboard.id)}
                      onChange={() => setCycle((ids) => toggleItem(ids, dashboard.id))}
                    />
                    <span>
                      Show in TV mode<span className="visually-hidden">: {dashboard.name}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <div className={styles.tvActions}>
              {first ? (
                <ButtonLink to={tvPath(first, cycle)} variant="primary">
                  Start TV mode ({cycle.length} dashboard{cycle.length === 1 ? '' : 's'})
                </ButtonLink>
              ) : (
                <p className={styles.meta}>
                  Tick dashboards to show them in turn on a TV, or open one and choose TV mode.
                </p>
              )}
            </div>
          </Panel>
        )}
        {canEdit && (
          <Panel title="New dashboard" id="new-dashboard">
            <CreateDashboardForm />
          </Panel>
        )}
      </Stack>
    </>
  );
}
