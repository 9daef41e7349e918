import { performance } from 'node:perf_hooks';
import { buildApp } from '../../packages/server/src/app';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { openStore } from '../store/engine';
import { openRawReads } from './raw-reads';
import {
  PRECOMPUTED_PATH,
  type ChildConfig,
  type ChildMessage,
  type ChildRequest,
} from './protocol';

/*
 * The server under test, in its own process so the load generator never shares its event loop
 * and its RSS is its own: the real buildApp on the store the parent made, plus one route serving
 * a precomputed document (the framework's ceiling). The parent drives it over HTTP and, for
 * service calls and the raw-engine reads they are compared with (figures 3 and 4, measured in the
 * same process on their own driver connection), over the IPC channel.
 */
const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
const db = openStore(config.location);
await migrateToLatest(db);
const app = await buildApp({ db, logger: false });
let precomputed = '{}';
app.get(PRECOMPUTED_PATH, {
  config: { access: 'public' },
  handler: async (_request, reply) => reply.type('application/json').send(precomputed),
});
await app.listen({ port: 0, host: '127.0.0.1' });
const raw = await openRawReads(config.location);

const send = (message: ChildMessage): void => {
  process.send?.(message);
};

async function handle(request: ChildRequest): Promise<unknown> {
  switch (request.type) {
    case 'setupToken':
      return app.services.setup.setupToken();
    case 'precompute': {
      const res = await app.inject({
        method: 'GET',
        url: request.url,
        headers: { authorization: request.authorization },
      });
      if (res.statusCode !== 200) throw new Error(`precompute: ${res.statusCode} ${res.body}`);
      precomputed = res.body;
      return { bytes: Buffer.byteLength(precomputed) };
    }
    case 'evaluateAll': {
      const started = performance.now();
      const all = await app.services.evaluation.evaluateAll(
        request.workspaceId,
        new Date(request.asOf),
      );
      const ms = performance.now() - started;
      const statuses: Record<string, number> = {};
      for (const e of all) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
      return { ms, rows: all.length, statuses };
    }
    case 'rawPoints':
      return raw.points(request.metricIds, request.ranges);
    case 'series': {
      const started = performance.now();
      const series = await app.services.series.read({
        workspaceId: request.workspaceId,
        metricId: request.metricId,
        grain: 'month',
        from: request.from,
        to: request.to,
        breakdown: ['region'],
      });
      return { ms: performance.now() - started, rows: series.rows.length };
    }
    case 'rawSeries':
      return raw.monthlyGroupBy(request.metricId, request.from, request.toExclusive);
    case 'close':
      await raw.close();
      await app.close();
      await db.destroy();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on('message', (message: { id: number; request: ChildRequest }) => {
  handle(message.request).then(
    (result) => send({ kind: 'reply', id: message.id, result: result ?? null }),
    (error: unknown) =>
      send({
        kind: 'error',
        id: message.id,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
process.on('disconnect', () => process.exit(0));

const address = app.server.address();
send({ kind: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
