import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requirePostgres } from '../../test-support/postgres';
import { ADMIN } from '../../test-support/app';
import { startServer, type ServerProcess } from '../../test-support/server-process';
import { postgresStore, sqliteStore, type CrashStore, type StoredState } from './crash.stores';

/*
 * Kills the real server process (SIGKILL: no shutdown hook runs) while it writes a batch of
 * 40,000 data points, restarts it on the same store, and finds the whole batch or none of it.
 * The kill is aimed: after the request body is sent, a probe from outside the server watches for
 * the write transaction (SQLite's write lock held, or PostgreSQL's lock on data_points) and kills
 * the process while it runs. Each attempt is logged with where the kill landed.
 */

const STORES = 100;
const DAYS = 400;
const BATCH = STORES * DAYS;
/** The points written before the kills: the first half of the days, so a batch both revises and creates. */
const SEEDED = BATCH / 2;

/** `days` × 100 stores from 2024-01-01 (40,000 points for 400 days), every one with `value`. */
function batch(value: number, days = DAYS): string {
  const items = [];
  const day0 = Date.UTC(2024, 0, 1);
  for (let d = 0; d < days; d += 1) {
    const periodKey = new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
    for (let s = 0; s < STORES; s += 1) {
      items.push({
        metricKey: 'crash_orders',
        periodKey,
        dimensions: { store: `s${s}` },
        components: { sum: value },
      });
    }
  }
  return JSON.stringify({ items });
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Sets the workspace up through the printed link; returns a metric and a write token. */
async function prepare(server: ServerProcess) {
  const base = server.baseUrl;
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: server.setupToken,
      workspace: { name: 'Crash', timeZone: 'UTC', currency: 'EUR' },
      admin: ADMIN,
    }),
  });
  const { csrfToken } = await json<{ csrfToken: string }>(setup, 'setup');
  const headers = {
    'content-type': 'application/json',
    cookie: setup.headers.getSetCookie()[0]?.split(';')[0] ?? '',
    'x-csrf-token': csrfToken,
  };
  const post = (url: string, body: unknown) =>
    fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const metric = await json<{ id: string }>(
    await post('/api/metrics', {
      key: 'crash_orders',
      name: 'Orders',
      unit: { kind: 'number' },
      aggregation: 'sum',
      dimensions: ['store'],
    }),
    'metric',
  );
  const token = await json<{ secret: string }>(
    await post('/api/tokens', { name: 'loader', scope: 'write' }),
    'token',
  );
  return { metricId: metric.id, secret: token.secret };
}

type Attempt =
  | { landed: 'mid-write'; msAfterSent: number }
  | { landed: 'no write seen'; msAfterSent: number }
  | { landed: 'answered first'; status: number; msAfterSent: number };

/** Sends the batch, waits until the write runs, and SIGKILLs the server in the middle of it. */
async function killDuringWrite(
  server: ServerProcess,
  store: CrashStore,
  secret: string,
  body: string,
): Promise<Attempt> {
  let answer: number | 'reset' | undefined;
  const req = request(`${server.baseUrl}/api/data-points`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${secret}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    },
  });
  const answered = new Promise<number | 'reset'>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('reset'));
  }).then((a) => (answer = a));
  // 'finish': the whole body is handed to the socket.
  await new Promise<void>((resolve) => req.end(body, resolve));
  const sentAt = Date.now();
  let runningSince: number | undefined;
  let seen = false;
  while (answer === undefined && Date.now() - sentAt < 20_000) {
    if (await store.writing()) {
      runningSince ??= Date.now();
      if (Date.now() - runningSince >= store.settleMs) {
        seen = true;
        break;
      }
    } else runningSince = undefined;
    await new Promise((r) => setTimeout(r, 1));
  }
  await server.stop('SIGKILL');
  const msAfterSent = Date.now() - sentAt;
  const final = await answered;
  if (final !== 'reset') return { landed: 'answered first', status: final, msAfterSent };
  return { landed: seen ? 'mid-write' : 'no write seen', msAfterSent };
}

/**
 * The store after `before` plus the whole batch of `value`: every point of the batch holds
 * `value`, each one that existed moved its old value to the revisions and went up one revision,
 * the others start at revision 1, and one more batch write is audited.
 */
function whole(before: StoredState, value: number): StoredState {
  return {
    points: BATCH,
    revisionSum: before.revisionSum + BATCH,
    low: value,
    high: value,
    revisions: before.revisions + before.points,
    ingests: before.ingests + 1,
  };
}

function crashSuite(open: () => Promise<CrashStore>) {
  return async () => {
    const store = await open();
    let server = await startServer(store.env);
    const log: string[] = [];
    try {
      const { metricId, secret } = await prepare(server);
      // Half the days first, written for real: the batches killed below revise 20,000 points
      // (old values to data_point_revisions) and create 20,000.
      const seed = await fetch(`${server.baseUrl}/api/data-points`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: batch(1, DAYS / 2),
      });
      expect(seed.status, await seed.text()).toBe(200);
      let state = await store.read(metricId);
      expect(state).toMatchObject({
        points: SEEDED,
        revisionSum: SEEDED,
        revisions: 0,
        ingests: 1,
      });

      let midWrite = false;
      for (let value = 2; value <= 4 && !midWrite; value += 1) {
        const attempt = await killDuringWrite(server, store, secret, batch(value));
        server = await startServer(store.env);
        const after = await store.read(metricId);
        const kept = JSON.stringify(after) === JSON.stringify(state);
        log.push(
          `${store.name} batch of ${BATCH} (value ${value}): kill ${attempt.landed} ${attempt.msAfterSent} ms after the body was sent → ${kept ? 'none' : 'all'} of it stored (${after.points} points, ${after.revisions} revisions, ${after.ingests} batch writes audited)`,
        );
        expect(
          [state, whole(state, value)],
          `${log.join('\n')}\n${server.output()}`,
        ).toContainEqual(after);
        midWrite = attempt.landed === 'mid-write';
        state = after;
      }
      console.info(log.join('\n'));
      expect(midWrite, `no kill landed mid-write:\n${log.join('\n')}`).toBe(true);
      // The restarted server takes the batch whole, exactly as `whole` describes it.
      const res = await fetch(`${server.baseUrl}/api/data-points`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: batch(9),
      });
      expect(res.status, await res.text()).toBe(200);
      expect(await store.read(metricId)).toEqual(whole(state, 9));
    } finally {
      await server.stop('SIGKILL');
      await store.dispose();
    }
  };
}

describe('a server killed in the middle of a batch write', () => {
  it(
    '[sqlite] keeps the whole batch or none of it',
    crashSuite(async () => sqliteStore()),
    60_000,
  );

  it('[postgres] keeps the whole batch or none of it', async (ctx) => {
    if (!(await requirePostgres())) return ctx.skip();
    await crashSuite(postgresStore)();
  }, 60_000);
});
