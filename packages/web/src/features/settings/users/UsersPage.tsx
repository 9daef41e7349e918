import type { InvitationCreated, User } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queries';
import { fetchAllUsers } from '../../../api/users';
import { useCurrentSession } from '../../../app/session';
import { Alert } from '../../../components/Alert';
import { ButtonLink } from '../../../components/Button';
import { Loading, PageHeader, Panel, Stack } from '../../../components/Page';
import { CreateUserForm } from './CreateUserForm';
import { InvitationLink } from './InvitationLink';
import { ROLE_LABELS } from './roles';
import { UserList } from './UserList';

/** `/settings/users`: who may view, edit and administer the workspace. */
export function UsersPage() {
  const { user } = useCurrentSession();
  const isAdmin = user.role === 'admin';
  const users = useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => fetchAllUsers(signal),
  });
  const [created, setCreated] = useState<{ user: User; invitation: InvitationCreated } | null>(
    null,
  );
  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Who may view, edit and administer this workspace."
        actions={<ButtonLink to="/settings">All settings</ButtonLink>}
      />
      <Stack>
        {isAdmin ? (
          <Panel title="Add a person" id="invite">
            {created ? (
              <InvitationLink
                user={created.user}
                invitation={created.invitation}
                fresh
                onDone={() => setCreated(null)}
              />
            ) : (
              <CreateUserForm onCreated={(user, invitation) => setCreated({ user, invitation })} />
            )}
          </Panel>
        ) : (
          <Alert tone="info">
            <p>Only admins add people and change roles.</p>
          </Alert>
        )}
        <Panel title="People" id="people">
          <ul>
            {(['admin', 'editor', 'viewer'] as const).map((role) => (
              <li key={role}>
                <strong>{ROLE_LABELS[role].label}:</strong> {ROLE_LABELS[role].description}
              </li>
            ))}
          </ul>
          {users.isPending ? (
            <Loading label="Loading people…" />
          ) : users.isError ? (
            <Alert tone="error">
              <p>{users.error.message}</p>
            </Alert>
          ) : (
            <UserList users={users.data} canManage={isAdmin} />
          )}
        </Panel>
      </Stack>
    </>
  );
}
