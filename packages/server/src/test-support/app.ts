import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp, type App } from '../app';
import type { Database } from '../db/schema';

export const ADMIN = {
  name: 'Ada Admin',
  email: 'ada@example.com',
  password: 'correct horse battery',
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in browser (cookie + CSRF token) or a machine (bearer token) talking to the app. */
export interface Client {
  request(method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export function sessionClient(app: App, cookie: string, csrfToken: string): Client {
  return {
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

export function tokenClient(app: App, secret: string): Client {
  return {
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${secret}` },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

export const anonymous = (app: App): Client => ({
  request: (method, url, body) =>
    app.inject({ method, url, ...(body === undefined ? {} : { payload: body as object }) }),
});

/** Cookie header value from a response's Set-Cookie. */
export function cookieFrom(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'vitals_session');
  if (!cookie)
    throw new Error(`no session cookie in the answer (status ${res.statusCode}): ${res.body}`);
  return `vitals_session=${cookie.value}`;
}

export interface SetUpApp {
  app: App;
  admin: Client;
  workspaceId: string;
}

/** An app on `db`, set up through the real setup endpoint, with the admin signed in. */
export async function setUpApp(
  db: Kysely<Database>,
  options: { now?: () => Date; timeZone?: string; fiscalYearStartMonth?: number } = {},
): Promise<SetUpApp> {
  const app = await buildApp({ db, ...(options.now ? { now: options.now } : {}) });
  const token = await app.services.setup.setupToken();
  const res = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: {
      token,
      workspace: {
        name: 'Acme',
        timeZone: options.timeZone ?? 'Europe/Berlin',
        fiscalYearStartMonth: options.fiscalYearStartMonth ?? 1,
        currency: 'EUR',
      },
      admin: ADMIN,
    },
  });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ workspace: { id: string }; csrfToken: string }>();
  return {
    app,
    admin: sessionClient(app, cookieFrom(res), body.csrfToken),
    workspaceId: body.workspace.id,
  };
}
