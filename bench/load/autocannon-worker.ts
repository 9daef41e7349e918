import autocannon from 'autocannon';
import type { LoadOptions, LoadResult } from './load';

/*
 * The load generator in its own process (forked by load.ts), so its work never shares the
 * server's or the harness's event loop. Answers with one LoadResult over IPC and exits.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const result = await autocannon({
  url: options.baseUrl,
  connections: options.connections,
  duration: options.seconds,
  headers: options.headers,
  requests: options.paths.map((path) => ({ method: 'GET' as const, path })),
});
const out: LoadResult = {
  requestsPerSecond: result.requests.total / options.seconds,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  requests: result.requests.total,
  errors: result.errors + result.timeouts,
  non2xx: result.non2xx,
  bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
};
process.send?.(out, () => process.exit(0));
