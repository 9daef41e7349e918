import { performance } from 'node:perf_hooks';

export interface Session {
  workspaceId: string;
  /** `Bearer …` of a write token made by the admin. */
  authorization: string;
}

async function json<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** Sets Vitals up through its API (the setup link's token) and makes a write token. */
export async function setUpWorkspace(baseUrl: string, setupToken: string): Promise<Session> {
  const setup = await fetch(`${baseUrl}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: setupToken,
      workspace: { name: 'Bench', timeZone: 'UTC', fiscalYearStartMonth: 1, currency: 'EUR' },
      admin: { name: 'Bench Admin', email: 'bench@example.com', password: 'bench password 123' },
    }),
  });
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = await json<{ workspace: { id: string }; csrfToken: string }>(setup, 'setup');
  const token = await fetch(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
    body: JSON.stringify({ name: 'bench', scope: 'write' }),
  });
  const { secret } = await json<{ secret: string }>(token, 'token');
  return { workspaceId: body.workspace.id, authorization: `Bearer ${secret}` };
}

/** One request, timed from sending to the last byte of the answer; fails on any non-2xx. */
export async function timed(url: string, init: RequestInit): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  const ms = performance.now() - started;
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: HTTP ${res.status} ${body.slice(0, 500)}`);
  return { ms, body };
}

/**
 * Waits until the server answers a health check quickly three times in a row: requests a load
 * run left in flight are finished, so they do not weigh on the next measurement. On a machine too
 * busy for that it goes on after `limitMs` rather than failing the run.
 */
export async function settled(baseUrl: string, quickMs = 20, limitMs = 60_000): Promise<void> {
  const started = performance.now();
  let quick = 0;
  while (quick < 3) {
    if (performance.now() - started > limitMs) {
      console.warn(`bench: the server did not settle within ${limitMs / 1000} s; going on`);
      return;
    }
    const { ms } = await timed(`${baseUrl}/api/health`, {});
    quick = ms < quickMs ? quick + 1 : 0;
  }
}
