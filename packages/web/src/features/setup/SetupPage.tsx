import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { completeSetup, fetchSession } from '../../api/auth';
import { queryKeys } from '../../api/queries';
import { useSetupState } from '../../app/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FieldGroup, Form, FormActions } from '../../components/Form';
import { FormErrors, fieldError } from '../../components/FormErrors';
import { Loading } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { browserLocale, browserTimeZone } from '../workspace/options';
import {
  WORKSPACE_FIELDS,
  WorkspaceFields,
  type WorkspaceValues,
} from '../workspace/WorkspaceFields';

const SHOWN_FIELDS = [
  'token',
  ...WORKSPACE_FIELDS.map((f) => `workspace/${f}`),
  'admin/name',
  'admin/email',
  'admin/password',
];

/** First visit: the printed setup link opens this page to create the workspace and its admin. */
export function SetupPage() {
  const [params] = useSearchParams();
  const linkToken = params.get('token') ?? '';
  const setupState = useSetupState();
  if (setupState.isPending)
    return (
      <PublicLayout title="Set up Vitals">
        <Loading />
      </PublicLayout>
    );
  if (setupState.data?.setUp) {
    return (
      <PublicLayout title="Vitals is set up">
        <Alert tone="info">
          <p>This workspace already exists, so the setup link no longer works.</p>
        </Alert>
        <p>
          <Link to="/sign-in">Sign in</Link> with your account instead.
        </p>
      </PublicLayout>
    );
  }
  return <SetupForm linkToken={linkToken} />;
}

function SetupForm({ linkToken }: { linkToken: string }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [token, setToken] = useState(linkToken);
  const [workspace, setWorkspace] = useState<WorkspaceValues>(() => ({
    name: '',
    timeZone: browserTimeZone(),
    weekStartsOn: 1,
    fiscalYearStartMonth: 1,
    currency: 'USD',
    locale: browserLocale(),
  }));
  const [admin, setAdmin] = useState({ name: '', email: '', password: '' });
  const setup = useMutation({
    mutationFn: () => completeSetup({ token, workspace, admin }),
    onSuccess: async () => {
      client.setQueryData(queryKeys.setupState, { setUp: true });
      await client.fetchQuery({ queryKey: queryKeys.session, queryFn: fetchSessionOrThrow });
      await navigate('/', { replace: true });
    },
  });
  useFocusFirstInvalid(formRef, setup.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate();
  };
  const err = (key: string) => fieldError(setup.error, key);
  return (
    <PublicLayout
      title="Set up Vitals"
      width="wide"
      lead="Create your workspace and its first admin. You can change the calendar and currency later in Settings."
    >
      <Form formRef={formRef} onSubmit={submit} aria-label="Set up Vitals">
        <FormErrors error={setup.error} fieldsShown={SHOWN_FIELDS} />
        {!linkToken && (
          <TextField
            label="Setup token"
            name="token"
            hint="The part after ?token= in the link the server printed when it started."
            value={token}
            onChange={(e) => setToken(e.target.value.trim())}
            error={err('token')}
            required
            spellCheck={false}
          />
        )}
        {linkToken && err('token') && (
          <Alert tone="error">
            <p>
              The setup link is not valid ({err('token')}). Open the link the server printed when it
              started; restarting the server prints a new one.
            </p>
          </Alert>
        )}
        <FieldGroup legend="Workspace">
          <WorkspaceFields
            values={workspace}
            onChange={setWorkspace}
            error={setup.error}
            errorPrefix="workspace/"
          />
        </FieldGroup>
        <FieldGroup legend="Your admin account">
          <TextField
            label="Your name"
            name="adminName"
            autoComplete="name"
            value={admin.name}
            onChange={(e) => setAdmin({ ...admin, name: e.target.value })}
            error={err('admin/name')}
            required
          />
          <TextField
            label="Email"
            name="adminEmail"
            type="email"
            autoComplete="email"
            value={admin.email}
            onChange={(e) => setAdmin({ ...admin, email: e.target.value })}
            error={err('admin/email')}
            required
          />
          <TextField
            label="Password"
            name="adminPassword"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters."
            value={admin.password}
            onChange={(e) => setAdmin({ ...admin, password: e.target.value })}
            error={err('admin/password')}
            required
            minLength={12}
          />
        </FieldGroup>
        <FormActions>
          <Button type="submit" variant="primary" busy={setup.isPending}>
            {setup.isPending ? 'Creating workspace…' : 'Create workspace'}
          </Button>
        </FormActions>
      </Form>
    </PublicLayout>
  );
}

/** Right after setup the session must exist; a missing one is a real error, not "signed out". */
async function fetchSessionOrThrow() {
  const session = await fetchSession();
  if (!session) throw new Error('Setup succeeded but the session was not created');
  return session;
}
