import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from '../../app';
import { openDatabase } from '../../db/connection';
import { ADMIN, setUpApp, type Client } from '../../test-support/app';
import { describeEachEngine } from '../../test-support/engines';
import { postgresUrl } from '../../test-support/postgres';
import { CHANNEL_PREFIX } from './changes.repository';

/*
 * `GET /api/events` read as a browser reads it: a real listening server, fetch, and the
 * text/event-stream parsed frame by frame.
 */

interface Frame {
  event?: string;
  data?: string;
  retry?: string;
}

/** The frames of an open event stream, one at a time. */
function frames(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    async next(): Promise<Frame | null> {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const text = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const frame: Frame = {};
          for (const line of text.split('\n')) {
            const [field, ...rest] = line.split(': ');
            if (field === 'event' || field === 'data' || field === 'retry') {
              frame[field] = rest.join(': ');
            }
          }
          return frame;
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffered += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

async function openStream(base: string, headers: Record<string, string>) {
  const res = await fetch(`${base}/api/events`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const stream = frames(res.body as ReadableStream<Uint8Array>);
  // The first frame tells the browser how long to wait before reconnecting; once it is there the
  // stream is subscribed, so a write from now on is heard.
  expect(await stream.next()).toEqual({ retry: '3000' });
  return stream;
}

const point = (value: number) => ({
  items: [{ metricKey: 'revenue', periodKey: '2026-11-02', components: { sum: value } }],
});

describeEachEngine('live change events', (engine) => {
  let app: App;
  let admin: Client;
  let base: string;
  let workspaceId: string;

  beforeAll(async () => {
    ({ app, admin, workspaceId } = await setUpApp(engine().db));
    const res = await admin.request('POST', '/api/metrics', {
      key: 'revenue',
      name: 'Revenue',
      unit: { kind: 'currency' },
      aggregation: 'sum',
    });
    expect(res.statusCode).toBe(201);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  /** Writes a point and expects the stream's next frame to be that change, at the new version. */
  const writeAndHear = async (stream: ReturnType<typeof frames>, value: number) => {
    expect((await admin.request('POST', '/api/data-points', point(value))).statusCode).toBe(200);
    const version = await app.services.changes.current(workspaceId);
    expect(await stream.next()).toEqual({
      event: 'change',
      data: JSON.stringify({ version, kinds: ['data'] }),
    });
  };

  it('sends a change event with the new version after a write (session cookie)', async () => {
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    expect(signIn.status).toBe(200);
    await signIn.body?.cancel();
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const stream = await openStream(base, { cookie });
    await writeAndHear(stream, 10);
    await stream.cancel();
  });

  it('refuses a caller without credentials', async () => {
    const res = await fetch(`${base}/api/events`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()) as { code: string }).toMatchObject({ code: 'unauthenticated' });
  });

  it('on PostgreSQL, a write through one server reaches the stream of another', async (ctx) => {
    if (engine().dialect !== 'postgres') ctx.skip();
    // A second server process on the same database: its own pool, its own LISTEN connection.
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
      engine().db,
    );
    const db = openDatabase(
      { VITALS_DATA_DIR: '', DATABASE_URL: postgresUrl },
      { postgresSchema: rows[0]?.schema as string, postgresPoolSize: 2 },
    );
    const second = await buildApp({ db });
    try {
      const otherBase = await second.listen({ port: 0, host: '127.0.0.1' });
      const token = await admin.request('POST', '/api/tokens', { name: 'tv', scope: 'read' });
      const secret = token.json<{ secret: string }>().secret;
      const stream = await openStream(otherBase, { authorization: `Bearer ${secret}` });
      await writeAndHear(stream, 20);
      await stream.cancel();
    } finally {
      await second.close();
      await db.destroy();
    }
  });

  it('on PostgreSQL, a stray NOTIFY on the channel is ignored and the stream goes on', async (ctx) => {
    if (engine().dialect !== 'postgres') ctx.skip();
    const token = await admin.request('POST', '/api/tokens', { name: 'lobby', scope: 'read' });
    const secret = token.json<{ secret: string }>().secret;
    const stream = await openStream(base, { authorization: `Bearer ${secret}` });
    // Any role connected to the database may NOTIFY any channel.
    for (const payload of ['not json', '{"workspaceId": 1}']) {
      await sql`select pg_notify(${CHANNEL_PREFIX} || current_schema(), ${payload})`.execute(
        engine().db,
      );
    }
    await writeAndHear(stream, 30);
    await stream.cancel();
  });

  it('closing the server ends open streams instead of waiting for them', async () => {
    const token = await admin.request('POST', '/api/tokens', { name: 'wall', scope: 'read' });
    const secret = token.json<{ secret: string }>().secret;
    const stream = await openStream(base, { authorization: `Bearer ${secret}` });
    await app.close();
    expect(await stream.next()).toBeNull();
  });
});
