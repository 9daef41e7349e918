import { ADMIN } from '../test-support/app';
import type { WalkIds, WalkedRoute } from './access-walk.fixtures';

const UNKNOWN_INVITATION = `vi_${'x'.repeat(43)}`;

/** `METHOD /path/:pattern` — how the tables below name a route. */
export const routeKey = (r: Pick<WalkedRoute, 'method' | 'url'>) => `${r.method} ${r.url}`;

/**
 * A valid body for every route that takes one. Validation runs before the access check, so an
 * invalid body would answer 400 to everyone and hide the access rule; the walk fails for a route
 * with a body schema and no entry here. Bodies that would change the callers themselves (their
 * password, their session) are chosen to be refused by the service after access passed.
 */
export function bodies(ids: WalkIds): Record<string, unknown> {
  return {
    'POST /api/setup': {
      token: 'x'.repeat(43),
      workspace: { name: 'Acme', timeZone: 'Europe/Berlin', currency: 'EUR' },
      admin: ADMIN,
    },
    'POST /api/auth/sign-in': { email: ADMIN.email, password: ADMIN.password },
    // A well-formed link nobody made: the service answers 404 to everyone and nothing changes.
    'POST /api/invitations/accept': { token: UNKNOWN_INVITATION, password: 'a long new password' },
    'PATCH /api/workspace': { name: 'Acme' },
    'POST /api/tokens': { name: 'walked', scope: 'read' },
    'POST /api/users': { email: 'walked@example.com', name: 'Walked' },
    // A wrong current password: access passes, the service refuses with 400 and nothing changes.
    'POST /api/users/me/password': {
      currentPassword: 'not anybody’s password',
      newPassword: 'a brand new long password',
    },
    'PATCH /api/users/:id': { name: 'Subject' },
    'POST /api/teams': { name: 'Walked team' },
    'PATCH /api/teams/:id': { name: 'Walkers' },
    'PUT /api/teams/:id/members/:userId': { role: 'member' },
    'POST /api/metrics': {
      key: 'walked',
      name: 'Walked',
      unit: { kind: 'number' },
      aggregation: 'sum',
    },
    'PATCH /api/metrics/:id': { name: 'Orders' },
    'POST /api/annotations': { kpiId: ids.kpi, from: '2026-01-06', text: 'Walked' },
    'PATCH /api/annotations/:id': { text: 'Big sale' },
    'POST /api/kpis': { metricId: ids.metric, name: 'Walked KPI' },
    'PATCH /api/kpis/:id': { name: 'Orders' },
    'POST /api/targets': { kpiId: ids.kpi, grain: 'month', periodKey: '2026-02', value: 120 },
    'PATCH /api/targets/:id': { note: 'walked' },
    'POST /api/check-ins': { kpiId: ids.kpi, periodKey: '2026-02', statusCall: 'at_risk' },
    'PATCH /api/check-ins/:id': { commentary: 'walked' },
    'POST /api/dashboards': { name: 'Walked board', kpiIds: [ids.kpi] },
    'PATCH /api/dashboards/:id': { name: 'Sales' },
    'POST /api/data-points': {
      items: [{ metricId: ids.metric, periodKey: '2026-01-02', components: { sum: 1 } }],
    },
  };
}

/** Reads whose query has required parameters. */
export function queries(ids: WalkIds): Record<string, string> {
  return {
    '/api/kpis/:id/targets/resolve': 'grain=month&from=2026-01&to=2026-03',
    '/api/metrics/:id/series': 'from=2026-01-01&to=2026-02-01',
    '/api/dashboard/summary': `kpiIds=${ids.kpi}`,
    '/api/annotations': `kpiId=${ids.kpi}`,
  };
}

/** The id of the record a path's `:id` names, by the path's resource. */
function idOf(url: string, ids: WalkIds): string {
  const resource = url.split('/')[2];
  const byResource: Record<string, string> = {
    metrics: ids.metric,
    kpis: ids.kpi,
    teams: ids.team,
    users: ids.subject,
    tokens: ids.spareToken,
    targets: ids.target,
    'check-ins': ids.checkIn,
    annotations: ids.annotation,
    'data-points': ids.dataPoint,
    dashboards: ids.dashboard,
  };
  const id = resource === undefined ? undefined : byResource[resource];
  if (!id) throw new Error(`the walk has no record for ${url}: add one to WalkIds`);
  return id;
}

/** The concrete URL (ids and wildcards filled in, required query added) for a route. */
export function urlOf(route: WalkedRoute, ids: WalkIds): string {
  let url = route.url;
  if (url.includes(':id')) url = url.replace(':id', idOf(url, ids));
  url = url.replace(':token', UNKNOWN_INVITATION);
  url = url.replace(':userId', ids.subject).replace(/\*$/, 'walked/page');
  const query = route.method === 'GET' || route.method === 'HEAD' ? queries(ids)[route.url] : '';
  return query ? `${url}?${query}` : url;
}
