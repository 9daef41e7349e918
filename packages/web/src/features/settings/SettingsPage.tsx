import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { PageHeader, Panel, Stack } from '../../components/Page';
import { ApiTokensPanel } from './ApiTokensPanel';
import styles from './SettingsPage.module.css';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

/** Workspace calendar and currency, and (for admins) the API tokens. */
export function SettingsPage() {
  const { user } = useCurrentSession();
  const isAdmin = user.role === 'admin';
  return (
    <>
      <PageHeader
        title="Settings"
        description="The workspace’s calendar, currency, people, teams and API access."
      />
      <Stack>
        <Panel title="People and teams" id="people-and-teams">
          <p>Who may view, edit and administer the workspace, and how the company is organised.</p>
          <div className={styles.links}>
            <ButtonLink to="/settings/users">Users and roles</ButtonLink>
            <ButtonLink to="/settings/teams">Teams</ButtonLink>
          </div>
        </Panel>
        <Panel title="Workspace" id="workspace-settings">
          {!isAdmin && (
            <Alert tone="info">
              <p>Only admins can change these settings.</p>
            </Alert>
          )}
          <WorkspaceSettingsForm canEdit={isAdmin} />
        </Panel>
        <Panel title="API tokens" id="api-tokens">
          {isAdmin ? (
            <ApiTokensPanel />
          ) : (
            <p>Only admins manage API tokens. Ask an admin for a token to push data.</p>
          )}
        </Panel>
      </Stack>
    </>
  );
}
