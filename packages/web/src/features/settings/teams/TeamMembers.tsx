import { MEMBERSHIP_ROLES, type MembershipRole, type Team, type User } from '@vitals/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryKeys } from '../../../api/queries';
import { fetchTeamMembers, removeTeamMember, setTeamMember } from '../../../api/teams';
import { Alert, LiveRegion } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/Field';
import { FieldRow, FormActions } from '../../../components/Form';
import { Loading } from '../../../components/Page';
import styles from '../Manage.module.css';

const ROLE_WORDS: Record<MembershipRole, string> = { lead: 'Lead', member: 'Member' };

type Change =
  { kind: 'set'; userId: string; role: MembershipRole } | { kind: 'remove'; userId: string };

/** Who is in a team, as lead or member; admins add, change and remove people. */
export function TeamMembers({
  team,
  people,
  canManage,
}: {
  team: Team;
  people: readonly User[];
  canManage: boolean;
}) {
  const client = useQueryClient();
  const members = useQuery({
    queryKey: queryKeys.teamMembers(team.id),
    queryFn: ({ signal }) => fetchTeamMembers(team.id, signal),
  });
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [message, setMessage] = useState('');
  const change = useMutation({
    mutationFn: (c: Change) =>
      c.kind === 'set'
        ? setTeamMember(team.id, c.userId, c.role).then(() => undefined)
        : removeTeamMember(team.id, c.userId),
    onSuccess: (_, c) => {
      const name = people.find((p) => p.id === c.userId)?.name ?? 'The person';
      setMessage(
        c.kind === 'set'
          ? `${name} is ${c.role === 'lead' ? 'a lead' : 'a member'} of ${team.name}.`
          : `${name} left ${team.name}.`,
      );
      if (c.kind === 'set') setUserId('');
      void client.invalidateQueries({ queryKey: queryKeys.teamMembers(team.id) });
    },
    onError: () => setMessage(''),
  });
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (userId) change.mutate({ kind: 'set', userId, role });
  };
  if (members.isPending) return <Loading label="Loading members…" />;
  if (members.isError) {
    return (
      <Alert tone="error">
        <p>{members.error.message}</p>
      </Alert>
    );
  }
  const inTeam = new Set(members.data.map((m) => m.userId));
  const candidates = people.filter((p) => !p.archivedAt && !inTeam.has(p.id));
  return (
    <div className={styles.inlineForm}>
      <LiveRegion politeness={change.isError ? 'assertive' : 'polite'}>
        {change.isError && (
          <Alert tone="error">
            <p>{change.error.message}</p>
          </Alert>
        )}
        {message && <p>{message}</p>}
      </LiveRegion>
      {members.data.length === 0 ? (
        <p className={styles.muted}>Nobody is in {team.name} yet.</p>
      ) : (
        <ul className={styles.members} aria-label={`Members of ${team.name}`}>
          {members.data.map((member) => (
            <li key={member.userId} className={styles.member}>
              <span>
                {member.name} <span className={styles.muted}>{member.email}</span>
              </span>
              {canManage ? (
                <>
                  <select
                    className={styles.select}
                    aria-label={`Role of ${member.name} in ${team.name}`}
                    value={member.role}
                    onChange={(e) =>
                      change.mutate({
                        kind: 'set',
                        userId: member.userId,
                        role: e.target.value as MembershipRole,
                      })
                    }
                  >
                    {MEMBERSHIP_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_WORDS[r]}
                      </option>
                    ))}
                  </select>
                  <Button
                    size="small"
                    variant="danger"
                    aria-label={`Remove ${member.name} from ${team.name}`}
                    onClick={() => change.mutate({ kind: 'remove', userId: member.userId })}
                  >
                    Remove
                  </Button>
                </>
              ) : (
                <span className={styles.tag}>{ROLE_WORDS[member.role]}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && candidates.length > 0 && (
        <form onSubmit={add} noValidate aria-label={`Add a member to ${team.name}`}>
          <FieldRow>
            <SelectField
              label="Add person"
              name="memberUser"
              options={[
                { value: '', label: 'Choose a person…' },
                ...candidates.map((p) => ({ value: p.id, label: p.name })),
              ]}
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
            />
            <SelectField
              label="As"
              name="memberRole"
              options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }))}
              value={role}
              onChange={(e) => setRole(e.target.value as MembershipRole)}
            />
          </FieldRow>
          <FormActions>
            <Button type="submit" size="small" disabled={!userId} busy={change.isPending}>
              Add to {team.name}
            </Button>
          </FormActions>
        </form>
      )}
    </div>
  );
}
