import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { EmptyState, Loading, PageHeader } from '../../components/Page';
import {
  filterEntries,
  groupEntries,
  isFiltered,
  searchFromView,
  statusCounts,
  viewFromSearch,
  withoutFilters,
  type HomeView,
} from './card-filters';
import { CardGroups } from './CardGroups';
import { HomeFilters } from './HomeFilters';
import { NoKpisYet } from './NoKpisYet';
import { StatusSummary } from './StatusSummary';
import { useHomeData, useNames } from './useHomeData';

/**
 * The home dashboard: every active KPI as a card, grouped by team or level, with filters kept in
 * the address. Cards hold their places as skeletons until their numbers come, so nothing shifts.
 */
export function HomePage() {
  const { workspace, user } = useCurrentSession();
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => viewFromSearch(search), [search]);
  const setView = (next: HomeView) => setSearch(searchFromView(next), { replace: true });
  const { kpis, teams, people, summary, entries } = useHomeData();
  const teamNames = useNames(teams.data);
  const filtered = useMemo(() => filterEntries(entries, view), [entries, view]);
  const groups = useMemo(
    () => groupEntries(filtered, view.grouping, teamNames),
    [filtered, view.grouping, teamNames],
  );
  const counts = useMemo(
    () => (summary.data ? statusCounts(filterEntries(entries, { ...view, status: '' })) : null),
    [entries, view, summary.data],
  );
  const canDefine = user.role === 'admin' || user.role === 'editor';

  const header = (
    <PageHeader
      title="Home"
      description={`How ${workspace.name} is doing: every KPI, its status and its trend.`}
      actions={canDefine ? <ButtonLink to="/kpis/new">Define a KPI</ButtonLink> : undefined}
    />
  );

  if (kpis.isError) {
    return (
      <>
        {header}
        <Alert tone="error">
          <p>{kpis.error.message}</p>
          <p>
            <Button size="small" onClick={() => void kpis.refetch()}>
              Try again
            </Button>
          </p>
        </Alert>
      </>
    );
  }
  if (kpis.data && kpis.data.length === 0) {
    return (
      <>
        {header}
        <NoKpisYet />
      </>
    );
  }
  return (
    <>
      {header}
      <StatusSummary
        counts={counts}
        active={view.status}
        onSelect={(status) => setView({ ...view, status })}
      />
      <HomeFilters
        view={view}
        teams={teams.data ?? []}
        people={people.data ?? []}
        onChange={setView}
      />
      {summary.isError && (
        <Alert tone="error">
          <p>The KPI cards could not be loaded: {summary.error.message}</p>
        </Alert>
      )}
      {!kpis.data || teams.isPending ? (
        // Groups wait for the team names too: sorting them by name later would move every card.
        <Loading label="Loading KPIs…" />
      ) : groups.length === 0 && isFiltered(view) ? (
        <EmptyState
          title="No KPIs match these filters"
          actions={<Button onClick={() => setView(withoutFilters(view))}>Clear filters</Button>}
        >
          Loosen or clear the filters to see more KPIs.
        </EmptyState>
      ) : (
        <CardGroups groups={groups} asOf={summary.data?.asOf} />
      )}
    </>
  );
}
