import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Page';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/placeholder/ComingSoonPage';
import { AppShell } from './AppShell';
import { RequireSession } from './RequireSession';

// Pages visited once (setup) or now and then (settings) load on demand, as will the chart pages,
// so the first load stays small.
const SetupPage = lazy(async () => ({
  default: (await import('../features/setup/SetupPage')).SetupPage,
}));
const AcceptInvitationPage = lazy(async () => ({
  default: (await import('../features/invitations/AcceptInvitationPage')).AcceptInvitationPage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/SettingsPage')).SettingsPage,
}));
const DefineKpiPage = lazy(async () => ({
  default: (await import('../features/kpi-definition/DefineKpiPage')).DefineKpiPage,
}));
const EditKpiPage = lazy(async () => ({
  default: (await import('../features/kpi-definition/DefineKpiPage')).EditKpiPage,
}));
const CheckInPage = lazy(async () => ({
  default: (await import('../features/check-ins/CheckInPage')).CheckInPage,
}));
const EnterDataPage = lazy(async () => ({
  default: (await import('../features/data-entry/EnterDataPage')).EnterDataPage,
}));
const UsersPage = lazy(async () => ({
  default: (await import('../features/settings/users/UsersPage')).UsersPage,
}));
const TeamsPage = lazy(async () => ({
  default: (await import('../features/settings/teams/TeamsPage')).TeamsPage,
}));

const DashboardsPage = lazy(async () => ({
  default: (await import('../features/dashboards/DashboardsPage')).DashboardsPage,
}));
const DashboardPage = lazy(async () => ({
  default: (await import('../features/dashboards/DashboardPage')).DashboardPage,
}));
const DashboardEditPage = lazy(async () => ({
  default: (await import('../features/dashboards/DashboardEditPage')).DashboardEditPage,
}));
const TvPage = lazy(async () => ({
  default: (await import('../features/dashboards/TvPage')).TvPage,
}));
const KpiListPage = lazy(async () => ({
  default: (await import('../features/kpis/KpiListPage')).KpiListPage,
}));
// The KPI page brings ECharts with it: charts never weigh on the first load.
const KpiPage = lazy(async () => ({
  default: (await import('../features/kpi/KpiPage')).KpiPage,
}));

/** Every page of the app. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invite" element={<AcceptInvitationPage />} />
        <Route element={<RequireSession />}>
          <Route path="dashboards/:id/tv" element={<TvPage />} />
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="dashboards" element={<DashboardsPage />} />
            <Route path="dashboards/:id" element={<DashboardPage />} />
            <Route path="dashboards/:id/edit" element={<DashboardEditPage />} />
            <Route path="kpis" element={<KpiListPage />} />
            <Route path="kpis/:id" element={<KpiPage />} />
            <Route path="kpis/new" element={<DefineKpiPage />} />
            <Route path="kpis/:id/edit" element={<EditKpiPage />} />
            <Route path="kpis/:id/check-in" element={<CheckInPage />} />
            <Route path="enter-data" element={<EnterDataPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="settings/users" element={<UsersPage />} />
            <Route path="settings/teams" element={<TeamsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
