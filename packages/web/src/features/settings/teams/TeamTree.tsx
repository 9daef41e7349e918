import type { Team, User } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queries';
import { archiveTeam, restoreTeam } from '../../../api/teams';
import { Alert, LiveRegion } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import styles from '../Manage.module.css';
import { LEVEL_LABELS } from './CreateTeamForm';
import { MoveTeamForm, RenameTeamForm } from './TeamEditForms';
import { TeamMembers } from './TeamMembers';
import { buildTeamTree, type TeamNode } from './team-tree';

type Open = { teamId: string; panel: 'rename' | 'move' | 'members' } | null;

/** The teams tree: each team with its level, and (for admins) rename, move, members, archive. */
export function TeamTree({
  teams,
  people,
  canManage,
}: {
  teams: readonly Team[];
  people: readonly User[];
  canManage: boolean;
}) {
  const client = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState('');
  const archive = useMutation({
    mutationFn: (team: Team) => (team.archivedAt ? restoreTeam(team.id) : archiveTeam(team.id)),
    onSuccess: (team) => {
      setMessage(`“${team.name}” ${team.archivedAt ? 'archived' : 'restored'}.`);
      void client.invalidateQueries({ queryKey: queryKeys.teams });
      void client.invalidateQueries({ queryKey: queryKeys.teamLookup });
    },
    onError: () => setMessage(''),
  });
  const done = (text: string) => {
    setMessage(text);
    setOpen(null);
  };
  const toggle = (teamId: string, panel: NonNullable<Open>['panel']) =>
    setOpen((current) =>
      current?.teamId === teamId && current.panel === panel ? null : { teamId, panel },
    );

  const renderNode = (node: TeamNode) => {
    const { team } = node;
    const here = open?.teamId === team.id ? open.panel : null;
    return (
      <li key={team.id} className={styles.node}>
        <div className={styles.nodeHead}>
          <span className={styles.nodeName}>{team.name}</span>
          <span className={styles.tag}>{LEVEL_LABELS[team.level]}</span>
          {team.archivedAt && <span className={styles.tag}>Archived</span>}
          <div className={styles.actions}>
            <Button
              size="small"
              aria-expanded={here === 'members'}
              onClick={() => toggle(team.id, 'members')}
              aria-label={`Members of ${team.name}`}
            >
              Members
            </Button>
            {canManage && !team.archivedAt && (
              <>
                <Button
                  size="small"
                  aria-expanded={here === 'rename'}
                  onClick={() => toggle(team.id, 'rename')}
                  aria-label={`Rename ${team.name}`}
                >
                  Rename
                </Button>
                <Button
                  size="small"
                  aria-expanded={here === 'move'}
                  onClick={() => toggle(team.id, 'move')}
                  aria-label={`Move ${team.name}`}
                >
                  Move
                </Button>
              </>
            )}
            {canManage && (
              <Button
                size="small"
                variant={team.archivedAt ? 'secondary' : 'danger'}
                busy={archive.isPending && archive.variables?.id === team.id}
                onClick={() => archive.mutate(team)}
                aria-label={`${team.archivedAt ? 'Restore' : 'Archive'} ${team.name}`}
              >
                {team.archivedAt ? 'Restore' : 'Archive'}
              </Button>
            )}
          </div>
        </div>
        {here === 'rename' && (
          <RenameTeamForm team={team} onDone={done} onCancel={() => setOpen(null)} />
        )}
        {here === 'move' && (
          <MoveTeamForm team={team} teams={teams} onDone={done} onCancel={() => setOpen(null)} />
        )}
        {here === 'members' && <TeamMembers team={team} people={people} canManage={canManage} />}
        {node.children.length > 0 && (
          <ul aria-label={`Part of ${team.name}`}>{node.children.map(renderNode)}</ul>
        )}
      </li>
    );
  };

  return (
    <>
      <LiveRegion politeness={archive.isError ? 'assertive' : 'polite'}>
        {archive.isError && (
          <Alert tone="error">
            <p>{archive.error.message}</p>
          </Alert>
        )}
        {message && <p>{message}</p>}
      </LiveRegion>
      {teams.length === 0 ? (
        <p className={styles.muted}>No teams yet. Start with the company at the top.</p>
      ) : (
        <ul className={styles.tree} aria-label="Teams">
          {buildTeamTree(teams).map(renderNode)}
        </ul>
      )}
    </>
  );
}
