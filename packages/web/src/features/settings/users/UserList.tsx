import { USER_ROLES, type InvitationCreated, type User, type UserRole } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createInvitation } from '../../../api/invitations';
import { queryKeys } from '../../../api/queries';
import { archiveUser, restoreUser, updateUser } from '../../../api/users';
import { useCurrentSession } from '../../../app/session';
import { Alert, LiveRegion } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import styles from '../Manage.module.css';
import { InvitationLink } from './InvitationLink';
import { ROLE_LABELS } from './roles';

type Change =
  | { kind: 'role'; user: User; role: UserRole }
  | { kind: 'archive'; user: User }
  | { kind: 'restore'; user: User };

function apply(change: Change): Promise<User> {
  if (change.kind === 'role') return updateUser(change.user.id, { role: change.role });
  return change.kind === 'archive' ? archiveUser(change.user.id) : restoreUser(change.user.id);
}

function said(change: Change, user: User): string {
  if (change.kind === 'role')
    return `${user.name} is now ${ROLE_LABELS[user.role].label.toLowerCase()}.`;
  return change.kind === 'archive'
    ? `${user.name} is archived: signed out, and cannot sign in until restored.`
    : `${user.name} is restored and can sign in again.`;
}

/** People with their role; admins change roles and archive or restore people. */
export function UserList({ users, canManage }: { users: readonly User[]; canManage: boolean }) {
  const client = useQueryClient();
  const { user: me } = useCurrentSession();
  const [message, setMessage] = useState('');
  const change = useMutation({
    mutationFn: apply,
    onSuccess: (user, variables) => {
      setMessage(said(variables, user));
      void client.invalidateQueries({ queryKey: queryKeys.users });
      void client.invalidateQueries({ queryKey: queryKeys.peopleLookup });
    },
    onError: () => setMessage(''),
  });
  // A new link for someone who has an account: a forgotten password, or an invitation lost.
  const [link, setLink] = useState<{ user: User; invitation: InvitationCreated } | null>(null);
  const invite = useMutation({
    mutationFn: async (user: User) => ({ user, invitation: await createInvitation(user.id) }),
    onSuccess: setLink,
  });
  const busyFor = (id: string) => change.isPending && change.variables?.user.id === id;
  return (
    <>
      <LiveRegion politeness={change.isError ? 'assertive' : 'polite'}>
        {change.isError && (
          <Alert tone="error">
            <p>{change.error.message}</p>
          </Alert>
        )}
        {invite.isError && (
          <Alert tone="error">
            <p>{invite.error.message}</p>
          </Alert>
        )}
        {message && <p>{message}</p>}
      </LiveRegion>
      {link && (
        <InvitationLink
          key={link.invitation.id}
          user={link.user}
          invitation={link.invitation}
          fresh={false}
          onDone={() => setLink(null)}
        />
      )}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">People in the workspace</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              {canManage && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  {user.name}
                  {user.id === me.id && <span className={styles.muted}> (you)</span>}
                </th>
                <td className={styles.wrap}>{user.email}</td>
                <td>
                  {canManage && !user.archivedAt ? (
                    <select
                      className={styles.select}
                      aria-label={`Role of ${user.name}`}
                      value={user.role}
                      disabled={busyFor(user.id)}
                      onChange={(e) =>
                        change.mutate({ kind: 'role', user, role: e.target.value as UserRole })
                      }
                    >
                      {USER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role].label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    ROLE_LABELS[user.role].label
                  )}
                </td>
                <td>{user.archivedAt ? 'Archived' : 'Active'}</td>
                {canManage && (
                  <td>
                    {user.archivedAt ? (
                      <Button
                        size="small"
                        busy={busyFor(user.id)}
                        onClick={() => change.mutate({ kind: 'restore', user })}
                        aria-label={`Restore ${user.name}`}
                      >
                        Restore
                      </Button>
                    ) : (
                      <span className={styles.actions}>
                        {/* Your own password you change under your account, not by link. */}
                        {user.id !== me.id && (
                          <Button
                            size="small"
                            busy={invite.isPending && invite.variables.id === user.id}
                            onClick={() => invite.mutate(user)}
                            aria-label={`New sign-in link for ${user.name}`}
                          >
                            New sign-in link
                          </Button>
                        )}
                        <Button
                          size="small"
                          variant="danger"
                          busy={busyFor(user.id)}
                          disabled={user.id === me.id}
                          onClick={() => change.mutate({ kind: 'archive', user })}
                          aria-label={`Archive ${user.name}`}
                        >
                          Archive
                        </Button>
                      </span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
