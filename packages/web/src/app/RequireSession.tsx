import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Loading } from '../components/Page';
import { LiveUpdates } from './live-updates';
import { useSession, useSetupState } from './session';

/** Lets signed-in users through; sends others to setup (first start) or to sign-in. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const signedOut = session.isSuccess && session.data === null;
  const setupState = useSetupState(signedOut);
  if (session.isPending) return <CentredLoading />;
  if (session.isError) {
    return (
      <main id="main" style={{ padding: '2rem' }}>
        <Alert tone="error">
          <p>{session.error.message}</p>
          <p>
            <Button size="small" onClick={() => void session.refetch()}>
              Try again
            </Button>
          </p>
        </Alert>
      </main>
    );
  }
  if (session.data) {
    return (
      <LiveUpdates key={session.data.user.id}>
        <Outlet />
      </LiveUpdates>
    );
  }
  if (setupState.isPending) return <CentredLoading />;
  if (setupState.data && !setupState.data.setUp) return <Navigate to="/setup" replace />;
  return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
}

function CentredLoading() {
  return (
    <main id="main" style={{ padding: '2rem' }}>
      <Loading />
    </main>
  );
}
