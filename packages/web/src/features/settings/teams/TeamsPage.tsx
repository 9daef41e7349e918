import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchPeople } from '../../../api/lookups';
import { queryKeys } from '../../../api/queries';
import { fetchAllTeams } from '../../../api/teams';
import { useCurrentSession } from '../../../app/session';
import { Alert } from '../../../components/Alert';
import { ButtonLink } from '../../../components/Button';
import { Loading, PageHeader, Panel, Stack } from '../../../components/Page';
import { CreateTeamForm } from './CreateTeamForm';
import { TeamTree } from './TeamTree';

/** `/settings/teams`: the company's teams as a tree, and who is in each. */
export function TeamsPage() {
  const { user } = useCurrentSession();
  const isAdmin = user.role === 'admin';
  const teams = useQuery({
    queryKey: queryKeys.teams,
    queryFn: ({ signal }) => fetchAllTeams(signal),
  });
  const people = useQuery({ queryKey: queryKeys.peopleLookup, queryFn: () => fetchPeople() });
  const [showArchived, setShowArchived] = useState(false);
  const failed = teams.error ?? people.error;
  return (
    <>
      <PageHeader
        title="Teams"
        description="The company, its departments and teams. KPIs belong to a team; dashboards group by it."
        actions={<ButtonLink to="/settings">All settings</ButtonLink>}
      />
      <Stack>
        {isAdmin ? (
          teams.data && (
            <Panel title="Create a team" id="new-team">
              <CreateTeamForm teams={teams.data} />
            </Panel>
          )
        ) : (
          <Alert tone="info">
            <p>Only admins change teams and their members.</p>
          </Alert>
        )}
        <Panel title="Teams tree" id="tree">
          <label>
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />{' '}
            Show archived teams
          </label>
          {failed ? (
            <Alert tone="error">
              <p>{failed.message}</p>
            </Alert>
          ) : teams.data && people.data ? (
            <TeamTree
              teams={showArchived ? teams.data : teams.data.filter((t) => !t.archivedAt)}
              people={people.data}
              canManage={isAdmin}
            />
          ) : (
            <Loading label="Loading teams…" />
          )}
        </Panel>
      </Stack>
    </>
  );
}
