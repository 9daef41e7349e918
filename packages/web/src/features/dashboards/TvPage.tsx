import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { EmptyState, Loading, useDocumentTitle } from '../../components/Page';
import { DashboardCards } from './DashboardCards';
import { periodLabel } from './dashboard-settings';
import { cycleOf, nextInCycle, tvPath } from './tv-cycle';
import styles from './TvPage.module.css';
import { useDashboard } from './useDashboards';

/**
 * TV mode: a dashboard full screen in large type, its numbers refreshed every `refreshSeconds`;
 * with `?cycle=id1,id2` it moves on to the next dashboard as often.
 */
export function TvPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const cycle = useMemo(() => cycleOf(id, search.get('cycle')), [id, search]);
  const dashboard = useDashboard(id);
  const refreshSeconds = dashboard.data?.refreshSeconds;
  useDocumentTitle(dashboard.data ? `${dashboard.data.name} (TV)` : 'TV mode');

  useEffect(() => {
    if (cycle.length < 2 || !refreshSeconds) return;
    const timer = window.setTimeout(
      () => void navigate(tvPath(nextInCycle(cycle, id), cycle), { replace: true }),
      refreshSeconds * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [cycle, id, refreshSeconds, navigate]);

  return (
    <main id="main" className={styles.tv}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{dashboard.data?.name ?? 'TV mode'}</h1>
          {dashboard.data && (
            <p className={styles.meta}>
              {periodLabel(dashboard.data.period)}
              {cycle.length > 1 && ` · dashboard ${cycle.indexOf(id) + 1} of ${cycle.length}`}
            </p>
          )}
        </div>
        <div className={styles.controls}>
          <FullScreenButton />
          <ButtonLink to={`/dashboards/${id}`}>Leave TV mode</ButtonLink>
        </div>
      </header>
      {dashboard.isPending && <Loading />}
      {dashboard.isError && (
        <Alert tone="error">
          <p>{dashboard.error.message}</p>
        </Alert>
      )}
      {dashboard.data &&
        (dashboard.data.kpiIds.length === 0 ? (
          <EmptyState title="No KPIs on this dashboard">
            Choose its KPI cards in the dashboard's editor.
          </EmptyState>
        ) : (
          <DashboardCards key={id} dashboard={dashboard.data} size="large" showAsOf />
        ))}
    </main>
  );
}

/** Browsers allow full screen only after a click, so TV mode offers the button. */
function FullScreenButton() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.documentElement.requestFullscreen) return null;
  return (
    <Button
      onClick={() =>
        void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen())
      }
    >
      {full ? 'Leave full screen' : 'Full screen'}
    </Button>
  );
}
