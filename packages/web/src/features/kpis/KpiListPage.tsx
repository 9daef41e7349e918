import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { TextField } from '../../components/Field';
import { EmptyState, Loading, PageHeader } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { TableFrame } from '../../components/TableFrame';
import { cadenceWord } from '../../format/period';
import { shownStatus } from '../cards/card-choice';
import { levelTitle } from '../home/card-filters';
import { useHomeData, useNames } from '../home/useHomeData';
import styles from './KpiListPage.module.css';

/** Every active KPI in a table: status, team, owner, level and review cadence, searchable by name. */
export function KpiListPage() {
  const { user } = useCurrentSession();
  const { kpis, teams, people, entries } = useHomeData();
  const teamNames = useNames(teams.data);
  const peopleNames = useNames(people.data);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return entries
      .filter(({ kpi }) => kpi.name.toLowerCase().includes(q))
      .sort((a, b) => a.kpi.name.localeCompare(b.kpi.name));
  }, [entries, query]);
  const canDefine = user.role === 'admin' || user.role === 'editor';
  return (
    <>
      <PageHeader
        title="KPIs"
        description="Every KPI with its status, team, owner and review cadence."
        actions={
          canDefine && (
            <ButtonLink to="/kpis/new" variant="primary">
              Define a KPI
            </ButtonLink>
          )
        }
      />
      {kpis.isPending && <Loading />}
      {kpis.isError && (
        <Alert tone="error">
          <p>{kpis.error.message}</p>
        </Alert>
      )}
      {kpis.data && kpis.data.length === 0 && (
        <EmptyState title="No KPIs yet">
          Define your first KPI, or load the sample workspace from Home.
        </EmptyState>
      )}
      {kpis.data && kpis.data.length > 0 && (
        <div className={styles.list}>
          <div className={styles.search}>
            <TextField
              label="Find a KPI"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
          </div>
          <TableFrame label="KPIs">
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col">Status</th>
                <th scope="col">Team</th>
                <th scope="col">Owner</th>
                <th scope="col">Level</th>
                <th scope="col">Reviewed</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ kpi, card }) => (
                <tr key={kpi.id}>
                  <th scope="row">
                    <Link to={`/kpis/${kpi.id}`}>{kpi.name}</Link>
                  </th>
                  <td>{card ? <StatusBadge status={shownStatus(card)} /> : '…'}</td>
                  <td>{kpi.teamId ? (teamNames.get(kpi.teamId) ?? '—') : '—'}</td>
                  <td>{kpi.ownerId ? (peopleNames.get(kpi.ownerId) ?? '—') : '—'}</td>
                  <td>{levelTitle(kpi.level)}</td>
                  <td>{cadenceWord(kpi.reviewCadence)}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
          {shown.length === 0 && <p>No KPI matches “{query}”.</p>}
        </div>
      )}
    </>
  );
}
