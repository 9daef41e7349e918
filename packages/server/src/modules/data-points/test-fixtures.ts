import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { AggregationKind, Grain, MetricSourceKind, UserRole } from '@vitals/core';
import type { App } from '../../app';
import type { Database } from '../../db/schema';
import { cookieFrom, sessionClient, tokenClient, type Client } from '../../test-support/app';
import { hashPassword } from '../auth/passwords';

/*
 * Rows the data point tests need from other modules (metrics, users, KPIs), written straight into
 * the store so these tests do not depend on those modules' endpoints.
 */

const STAMP = '2026-01-01T00:00:00.000Z';

export interface MetricOptions {
  key: string;
  aggregation?: AggregationKind;
  baseGrain?: Grain;
  dimensions?: string[];
  sourceKind?: MetricSourceKind;
  formula?: string;
  archived?: boolean;
}

export async function insertMetric(
  db: Kysely<Database>,
  workspaceId: string,
  m: MetricOptions,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('metrics')
    .values({
      id,
      workspace_id: workspaceId,
      key: m.key,
      name: m.key,
      description: '',
      unit: JSON.stringify({ kind: 'number' }),
      aggregation: m.aggregation ?? 'sum',
      base_grain: m.baseGrain ?? 'day',
      dimensions: JSON.stringify(m.dimensions ?? []),
      source_kind: m.sourceKind ?? (m.formula ? 'formula' : 'push'),
      formula: m.formula ?? null,
      data_updated_at: null,
      created_at: STAMP,
      updated_at: STAMP,
      archived_at: m.archived ? STAMP : null,
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
  const id = randomUUID();
  const user = { id, email: `u${id.slice(0, 8)}@example.com`, password: 'a long test password' };
  await db
    .insertInto('users')
    .values({
      id,
      workspace_id: workspaceId,
      email: user.email,
      name: `User ${id.slice(0, 4)}`,
      role,
      password_hash: await hashPassword(user.password),
      created_at: STAMP,
      updated_at: STAMP,
      archived_at: null,
    })
    .execute();
  return user;
}

export async function signIn(app: App, user: TestUser): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return sessionClient(app, cookieFrom(res), res.json<{ csrfToken: string }>().csrfToken);
}

/** An API token made by `by` (a signed-in admin) with the scope. */
export async function tokenOf(app: App, by: Client, scope: 'read' | 'write'): Promise<Client> {
  const res = await by.request('POST', '/api/tokens', { name: `t-${scope}`, scope });
  if (res.statusCode !== 201) throw new Error(`token failed: ${res.statusCode} ${res.body}`);
  return tokenClient(app, res.json<{ secret: string }>().secret);
}

export async function insertKpi(
  db: Kysely<Database>,
  workspaceId: string,
  metricId: string,
  ownerId: string | null,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('kpis')
    .values({
      id,
      workspace_id: workspaceId,
      metric_id: metricId,
      dimension_filter: '{}',
      name: `KPI ${id.slice(0, 4)}`,
      objective: '',
      why_it_matters: '',
      how_to_influence: '',
      owner_id: ownerId,
      team_id: null,
      level: 'team',
      scope: 'operational',
      timing: 'lagging',
      nature: 'quantitative',
      direction: 'higher_is_better',
      review_cadence: 'month',
      on_track_threshold: 1,
      at_risk_threshold: 0.9,
      created_at: STAMP,
      updated_at: STAMP,
      archived_at: null,
    })
    .execute();
  return id;
}

/** How many rows the data tables hold: the store is unchanged when these are. */
export async function storeCounts(db: Kysely<Database>) {
  const count = async (table: 'data_points' | 'data_point_revisions' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    points: await count('data_points'),
    revisions: await count('data_point_revisions'),
    audit: await count('audit_log'),
  };
}

/** Daily dates from `from`, `n` of them. */
export function days(from: string, n: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

export const post = (client: Client, items: unknown[], mode?: 'partial') =>
  client.request('POST', `/api/data-points${mode ? `?mode=${mode}` : ''}`, { items });

export function problemOf(res: LightMyRequestResponse) {
  return res.json<{
    code: string;
    detail: string;
    errors?: { item?: number; pointer: string; message: string }[];
  }>();
}
