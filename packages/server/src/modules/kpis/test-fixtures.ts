import type { LightMyRequestResponse } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { AggregationKind, Kpi, KpiCreateInput, UserRole } from '@vitals/core';
import type { App } from '../../app';
import type { Database } from '../../db/schema';
import { cookieFrom, sessionClient, tokenClient, type Client } from '../../test-support/app';
import { expectProblem as expectProblemOf } from '../../test-support/problems';
import { hashPassword } from '../auth/passwords';

/*
 * Rows the KPI, target and check-in tests need from other modules (metrics, users, teams),
 * written straight into the store so these tests do not depend on those modules' endpoints.
 */

const STAMP = '2026-01-01T00:00:00.000Z';
let counter = 0;
const next = () => (++counter).toString(16).padStart(12, '0');

/** A fresh UUID that no row has. */
export const unknownId = () => `0badc0de-0000-4000-8000-${next()}`;

export async function insertMetric(
  db: Kysely<Database>,
  workspaceId: string,
  options: { aggregation?: AggregationKind; dimensions?: string[]; archived?: boolean } = {},
): Promise<string> {
  const id = `0e7a1c00-0000-4000-8000-${next()}`;
  await db
    .insertInto('metrics')
    .values({
      id,
      workspace_id: workspaceId,
      key: `metric_${id.slice(-12)}`,
      name: `Metric ${id.slice(-4)}`,
      description: '',
      unit: JSON.stringify({ kind: 'currency' }),
      aggregation: options.aggregation ?? 'sum',
      base_grain: 'day',
      dimensions: JSON.stringify(options.dimensions ?? []),
      source_kind: 'manual',
      formula: null,
      data_updated_at: null,
      created_at: STAMP,
      updated_at: STAMP,
      archived_at: options.archived ? STAMP : null,
    })
    .execute();
  return id;
}

export async function insertTeam(db: Kysely<Database>, workspaceId: string): Promise<string> {
  const id = `7ea30000-0000-4000-8000-${next()}`;
  await db
    .insertInto('teams')
    .values({
      id,
      workspace_id: workspaceId,
      parent_id: null,
      name: `Team ${id.slice(-4)}`,
      level: 'team',
      created_at: STAMP,
      updated_at: STAMP,
      archived_at: null,
    })
    .execute();
  return id;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function insertUser(
  db: Kysely<Database>,
  workspaceId: string,
  role: UserRole,
): Promise<TestUser> {
  const id = `05e40000-0000-4000-8000-${next()}`;
  const user = {
    id,
    email: `${role}-${id.slice(-12)}@example.com`,
    password: 'a long test password',
  };
  await db
    .insertInto('users')
    .values({
      id,
      workspace_id: workspaceId,
      email: user.email,
      name: `${role} ${id.slice(-4)}`,
      role,
      password_hash: await hashPassword(user.password),
      created_at: STAMP,
      updated_at: STAMP,
      archived_at: null,
    })
    .execute();
  return user;
}

/** A signed-in client, with the headers it sends (for hand-made requests such as broken JSON). */
export interface SignedIn extends Client {
  headers: Record<string, string>;
}

/** A user signed in through the real sign-in endpoint. */
export async function signIn(app: App, user: TestUser): Promise<SignedIn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieFrom(res);
  const csrfToken = res.json<{ csrfToken: string }>().csrfToken;
  return {
    ...sessionClient(app, cookie, csrfToken),
    headers: { cookie, 'x-csrf-token': csrfToken },
  };
}

/** An API token of `scope`, made by the admin. */
export async function apiToken(app: App, admin: Client, scope: 'read' | 'write'): Promise<Client> {
  const res = await admin.request('POST', '/api/tokens', { name: `${scope} token`, scope });
  if (res.statusCode !== 201) throw new Error(`token failed: ${res.statusCode} ${res.body}`);
  return tokenClient(app, res.json<{ secret: string }>().secret);
}

export async function adminId(admin: Client): Promise<string> {
  return (await admin.request('GET', '/api/auth/session')).json<{ user: { id: string } }>().user.id;
}

export async function createKpi(admin: Client, body: KpiCreateInput): Promise<Kpi> {
  const res = await admin.request('POST', '/api/kpis', body);
  if (res.statusCode !== 201) throw new Error(`KPI not created: ${res.statusCode} ${res.body}`);
  return res.json<Kpi>();
}

/** Every row of the tables, to show that a rejected request changed nothing. */
export async function snapshot(
  db: Kysely<Database>,
  tables: readonly (keyof Database)[],
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const { rows } = await sql`select * from ${sql.table(table)} order by 1`.execute(db);
    out[table] = rows;
  }
  return out;
}

/** A request whose body is not valid JSON, sent as a signed-in user. */
export function malformed(app: App, user: SignedIn, method: 'POST' | 'PATCH', url: string) {
  return app.inject({
    method,
    url,
    headers: { ...user.headers, 'content-type': 'application/json' },
    payload: '{"name": ',
  });
}

/**
 * `expectProblem` of test-support for case tables: the code follows from the status, and an empty
 * pointer means the problem names no field.
 */
export function expectProblem(
  res: LightMyRequestResponse,
  [what, status, pointer, message]: [string, number, string, string],
): void {
  const code = status === 404 ? 'not_found' : status === 409 ? 'conflict' : 'validation_failed';
  expectProblemOf(
    res,
    { status, code, pointer: pointer || undefined, says: message || undefined },
    what,
  );
}
