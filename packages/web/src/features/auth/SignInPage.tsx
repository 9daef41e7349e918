import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { fetchSession, signIn } from '../../api/auth';
import { queryKeys } from '../../api/queries';
import { useSession } from '../../app/session';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { Form, FormActions } from '../../components/Form';
import { FormErrors, fieldError } from '../../components/FormErrors';
import { Loading } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';

interface SignInState {
  /** Where the guard found the user signed out, to return there after sign-in. */
  from?: string;
  signedOut?: boolean;
}

export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInState;
  if (session.isPending) {
    return (
      <PublicLayout title="Sign in">
        <Loading />
      </PublicLayout>
    );
  }
  if (session.data) return <Navigate to={state.from ?? '/'} replace />;
  return <SignInForm state={state} />;
}

function SignInForm({ state }: { state: SignInState }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  // A sign-in link may carry the email: /sign-in?email=ada@example.com
  const [params] = useSearchParams();
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: () => signIn({ email, password }),
    onSuccess: async () => {
      const session = await fetchSession();
      client.setQueryData(queryKeys.session, session);
      await navigate(state.from ?? '/', { replace: true });
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <PublicLayout title="Sign in" lead="Sign in to your Vitals workspace.">
      <LiveRegion>
        {state.signedOut && !mutation.error && (
          <Alert tone="success">
            <p>You are signed out.</p>
          </Alert>
        )}
      </LiveRegion>
      <Form formRef={formRef} onSubmit={submit} aria-label="Sign in">
        <FormErrors error={mutation.error} fieldsShown={['email', 'password']} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(mutation.error, 'email')}
          required
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(mutation.error, 'password')}
          required
        />
        <FormActions>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {mutation.isPending ? 'Signing in…' : 'Sign in'}
          </Button>
        </FormActions>
      </Form>
    </PublicLayout>
  );
}
