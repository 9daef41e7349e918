import type { Kysely } from 'kysely';
import { buildApp, type App } from '../app';
import type { Database } from '../db/schema';
import { insertUser, signIn } from '../modules/kpis/test-fixtures';
import { ADMIN, cookieFrom, sessionClient, type Client } from '../test-support/app';
import type { Access, Caller } from './access';

/*
 * The world the route × role walk runs in: every registered route (seen through buildApp's
 * onRoute), a caller of each kind, one record of each entity for the ids in paths, and a valid
 * body and query for each route, so that validation (which runs before the access check) never
 * hides what access decides.
 */

export interface WalkedRoute {
  method: string;
  url: string;
  /** Undefined only for the OpenAPI browser under /api/docs, which the access hook exempts. */
  access: Access | undefined;
  hasBody: boolean;
}

export type CallerName =
  | 'anonymous'
  | 'revoked token'
  | 'read token'
  | 'viewer'
  | 'owner'
  | 'write token'
  | 'editor'
  | 'admin';

export interface WalkCaller {
  name: CallerName;
  /** What `allows()` sees; `null` for no (valid) credentials. */
  caller: Caller | null;
  headers: Record<string, string>;
}

/** The records whose ids fill the paths and bodies. */
export interface WalkIds {
  metric: string;
  /** A KPI owned by the `owner` viewer. */
  kpi: string;
  team: string;
  /** A viewer nobody walks as: admin routes change, archive and restore them. */
  subject: string;
  /** A token nobody walks with: the revoke route revokes it. */
  spareToken: string;
  target: string;
  /** Written by the owner, so the owner is its author. */
  checkIn: string;
  /** On the owner's KPI. */
  annotation: string;
  dataPoint: string;
  dashboard: string;
}

export interface Walk {
  app: App;
  routes: WalkedRoute[];
  callers: WalkCaller[];
  ids: WalkIds;
}

const ids = { workspaceId: '', userId: '' };
const as = (c: Pick<Caller, 'kind' | 'role' | 'scope'>): Caller => ({ ...ids, ...c });

async function created(res: Promise<{ statusCode: number; body: string }>, what: string) {
  const r = await res;
  if (r.statusCode !== 201 && r.statusCode !== 200) {
    throw new Error(`${what} failed: ${r.statusCode} ${r.body}`);
  }
  return JSON.parse(r.body) as { id: string; items?: { id: string }[]; secret?: string };
}

function headersOf(client: Client & { headers?: Record<string, string> }) {
  return client.headers ?? {};
}

/** Builds the app (collecting its routes), sets it up and creates every caller and record. */
export async function buildWalk(db: Kysely<Database>): Promise<Walk> {
  const routes: WalkedRoute[] = [];
  const app = await buildApp({
    db,
    onRoute: (route) => {
      for (const method of [route.method].flat()) {
        routes.push({
          method,
          url: route.url,
          access: route.config?.access,
          hasBody: Boolean(route.schema?.body),
        });
      }
    },
  });
  const setup = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: {
      token: await app.services.setup.setupToken(),
      workspace: { name: 'Acme', timeZone: 'Europe/Berlin', currency: 'EUR' },
      admin: ADMIN,
    },
  });
  if (setup.statusCode !== 201) throw new Error(`setup failed: ${setup.body}`);
  const adminHeaders = { cookie: cookieFrom(setup), 'x-csrf-token': setup.json().csrfToken };
  const admin = sessionClient(app, adminHeaders.cookie, adminHeaders['x-csrf-token']);
  const workspaceId = setup.json<{ workspace: { id: string } }>().workspace.id;

  const user = (role: 'viewer' | 'editor') => insertUser(db, workspaceId, role);
  const [editorUser, viewerUser, ownerUser, subjectUser] = await Promise.all([
    user('editor'),
    user('viewer'),
    user('viewer'),
    user('viewer'),
  ]);
  const editor = await signIn(app, editorUser);
  const viewer = await signIn(app, viewerUser);
  const owner = await signIn(app, ownerUser);

  const token = async (scope: 'read' | 'write') =>
    created(admin.request('POST', '/api/tokens', { name: `walk ${scope}`, scope }), 'token');
  const [read, write, revoked, spare] = [
    await token('read'),
    await token('write'),
    await token('write'),
    await token('read'),
  ];
  await created(admin.request('POST', `/api/tokens/${revoked.id}/revoke`), 'revoke');
  const bearer = (t: { secret?: string }) => ({ authorization: `Bearer ${t.secret}` });

  const team = await created(admin.request('POST', '/api/teams', { name: 'Walkers' }), 'team');
  const metric = await created(
    admin.request('POST', '/api/metrics', {
      key: 'walk_orders',
      name: 'Orders',
      unit: { kind: 'number' },
      aggregation: 'sum',
    }),
    'metric',
  );
  const kpi = await created(
    admin.request('POST', '/api/kpis', {
      metricId: metric.id,
      name: 'Orders',
      ownerId: ownerUser.id,
      teamId: team.id,
    }),
    'KPI',
  );
  const target = await created(
    admin.request('POST', '/api/targets', {
      kpiId: kpi.id,
      grain: 'month',
      effectiveFrom: '2026-01-01',
      value: 100,
    }),
    'target',
  );
  const checkIn = await created(
    owner.request('POST', '/api/check-ins', {
      kpiId: kpi.id,
      periodKey: '2026-01',
      statusCall: 'on_track',
    }),
    'check-in',
  );
  const annotation = await created(
    admin.request('POST', '/api/annotations', { kpiId: kpi.id, from: '2026-01-05', text: 'Sale' }),
    'annotation',
  );
  await created(
    admin.request('POST', '/api/data-points', {
      items: [{ metricId: metric.id, periodKey: '2026-01-01', components: { sum: 3 } }],
    }),
    'data point',
  );
  const dashboard = await created(
    admin.request('POST', '/api/dashboards', { name: 'Sales', kpiIds: [kpi.id] }),
    'dashboard',
  );
  const points = await created(
    admin.request('GET', `/api/metrics/${metric.id}/data-points`),
    'point list',
  );

  const callers: WalkCaller[] = [
    { name: 'anonymous', caller: null, headers: {} },
    { name: 'revoked token', caller: null, headers: bearer(revoked) },
    {
      name: 'read token',
      caller: as({ kind: 'token', role: 'admin', scope: 'read' }),
      headers: bearer(read),
    },
    { name: 'viewer', caller: as({ kind: 'session', role: 'viewer' }), headers: headersOf(viewer) },
    { name: 'owner', caller: as({ kind: 'session', role: 'viewer' }), headers: headersOf(owner) },
    {
      name: 'write token',
      caller: as({ kind: 'token', role: 'admin', scope: 'write' }),
      headers: bearer(write),
    },
    { name: 'editor', caller: as({ kind: 'session', role: 'editor' }), headers: headersOf(editor) },
    { name: 'admin', caller: as({ kind: 'session', role: 'admin' }), headers: adminHeaders },
  ];
  return {
    app,
    routes,
    callers,
    ids: {
      metric: metric.id,
      kpi: kpi.id,
      team: team.id,
      subject: subjectUser.id,
      spareToken: spare.id,
      target: target.id,
      checkIn: checkIn.id,
      annotation: annotation.id,
      dataPoint: points.items?.[0]?.id ?? '',
      dashboard: dashboard.id,
    },
  };
}
