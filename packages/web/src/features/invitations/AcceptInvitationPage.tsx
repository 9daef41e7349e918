import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { InvitationPreview } from '@vitals/core';
import { fetchSession } from '../../api/auth';
import { acceptInvitation, fetchInvitation } from '../../api/invitations';
import { ApiError } from '../../api/problem';
import { queryKeys } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { Form, FormActions } from '../../components/Form';
import { FormErrors, fieldError } from '../../components/FormErrors';
import { Loading } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';

/** `/invite?token=…`: the person invited chooses their password and is signed in. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => fetchInvitation(token, signal),
    enabled: token !== '',
    retry: false,
  });
  if (token === '' || invitation.isError) {
    const reason =
      token === '' || !(invitation.error instanceof ApiError)
        ? 'This address holds no invitation. Open the whole link you were sent.'
        : invitation.error.message;
    return (
      <PublicLayout title="Invitation">
        <Alert tone="error">
          <p>{reason}</p>
        </Alert>
        <p>
          Already have a password? <Link to="/sign-in">Sign in</Link>.
        </p>
      </PublicLayout>
    );
  }
  if (invitation.isPending) {
    return (
      <PublicLayout title="Invitation">
        <Loading label="Opening the invitation…" />
      </PublicLayout>
    );
  }
  return <ChoosePassword token={token} invitation={invitation.data} />;
}

function ChoosePassword({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && repeat !== password;
  const mutation = useMutation({
    mutationFn: () => acceptInvitation(token, password),
    onSuccess: async () => {
      client.setQueryData(queryKeys.session, await fetchSession());
      await navigate('/', { replace: true });
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === repeat) mutation.mutate();
  };
  return (
    <PublicLayout
      title={`Join ${invitation.workspaceName}`}
      lead={`Welcome, ${invitation.name}. Choose the password you will sign in with.`}
    >
      <Form formRef={formRef} onSubmit={submit} aria-label="Choose your password">
        <FormErrors error={mutation.error} fieldsShown={['password']} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          value={invitation.email}
          readOnly
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters; a few words you will remember work well."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(mutation.error, 'password')}
          required
        />
        <TextField
          label="Repeat the password"
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={mismatch ? 'does not match the password above' : undefined}
          required
        />
        <FormActions>
          <Button type="submit" variant="primary" busy={mutation.isPending} disabled={mismatch}>
            Set password and sign in
          </Button>
        </FormActions>
      </Form>
    </PublicLayout>
  );
}
