import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Page';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import {
  DashboardsPage,
  EnterDataPage,
  KpisPage,
  NotFoundPage,
} from '../features/placeholder/ComingSoonPage';
import { AppShell } from './AppShell';
import { RequireSession } from './RequireSession';

// Pages visited once (setup) or now and then (settings) load on demand, as will the chart pages,
// so the first load stays small.
const SetupPage = lazy(async () => ({
  default: (await import('../features/setup/SetupPage')).SetupPage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/SettingsPage')).SettingsPage,
}));

/** Every page of the app. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="dashboards" element={<DashboardsPage />} />
            <Route path="kpis" element={<KpisPage />} />
            <Route path="enter-data" element={<EnterDataPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
