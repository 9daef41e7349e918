import { settled } from '../load/http';
import { runLoad, type LoadResult } from '../load/load';
import { PRECOMPUTED_PATH } from '../server/protocol';
import { ratios, summarize } from '../stats';
import type { Workload } from '../workload/spec';
import { target, type BenchContext, type FigureResult } from './types';

export const CONNECTIONS = 50;

/** The summary a dashboard's cards show: running month, both changes, 90 daily sparkline points. */
export function summaryPath(workload: Workload, kpiIds: readonly string[]): string {
  const query = new URLSearchParams({
    kpiIds: kpiIds.join(','),
    sparkline: '90',
    sparklineGrain: 'day',
    asOf: workload.asOf,
  });
  return `/api/dashboard/summary?${query.toString()}`;
}

/**
 * Figure 2. autocannon (its own process) with 50 connections walking the 40 dashboards'
 * summaries, then the same Fastify answering a precomputed copy of one summary (the framework's
 * ceiling for a document of that size), run after run.
 */
export async function dashboardFigure(ctx: BenchContext): Promise<FigureResult> {
  const { server, session, workload } = ctx;
  const paths = workload.dashboards.map((ids) => summaryPath(workload, ids));
  const { bytes } = await server.call({
    type: 'precompute',
    url: paths[0] as string,
    authorization: session.authorization,
  });
  const headers = { authorization: session.authorization };
  const seconds = ctx.quick ? 1.5 : 8;
  const load = async (p: readonly string[], s: number, warmUp = false) => {
    const result = await runLoad({
      baseUrl: server.baseUrl,
      paths: p,
      headers,
      connections: CONNECTIONS,
      seconds: s,
      warmUp,
    });
    await settled(server.baseUrl);
    return result;
  };
  // Warm-up: JIT, the engines' caches and the connection pool.
  await load(paths, 1, true);
  await load([PRECOMPUTED_PATH], 1, true);
  // Quick (the CI smoke) keeps to 3 short runs so both engines finish within two minutes.
  const runs = ctx.quick ? 3 : 5;
  const summaries: LoadResult[] = [];
  const ceilings: LoadResult[] = [];
  let peakRss = 0;
  for (let run = 0; run < runs; run++) {
    const watched = await server.watched(() => load(paths, seconds));
    peakRss = Math.max(peakRss, watched.peakRss);
    summaries.push(watched.result);
    ceilings.push(await load([PRECOMPUTED_PATH], seconds));
    const s = watched.result;
    ctx.log(
      `  dashboard run ${run + 1}/${runs}: ${s.requestsPerSecond.toFixed(0)} req/s (p50 ${s.p50} ms, p99 ${s.p99} ms), ceiling ${ceilings[run]?.requestsPerSecond.toFixed(0)} req/s`,
    );
  }
  const rps = summaries.map((s) => s.requestsPerSecond);
  const ratio = summarize(
    ratios(
      rps,
      ceilings.map((c) => c.requestsPerSecond),
    ),
  );
  const tail = summarize(summaries.map((s) => s.p99 / Math.max(s.p50, 1)));
  return {
    id: 'dashboard',
    title: `Dashboard summary, 12 KPIs (${CONNECTIONS} connections, autocannon)`,
    unit: 'req/s',
    vitals: summarize(rps),
    baseline: summarize(ceilings.map((c) => c.requestsPerSecond)),
    baselineName: `precomputed JSON of ${bytes} bytes, same Fastify`,
    ratio,
    targets: [
      target('≥ 0.25 × ceiling', ratio.median, ratio.median >= 0.25),
      target('p99 ≤ 4 × p50', tail.median, tail.median <= 4),
    ],
    peakRss,
    extra: {
      p50Ms: summarize(summaries.map((s) => s.p50)),
      p99Ms: summarize(summaries.map((s) => s.p99)),
      ceilingP50Ms: summarize(ceilings.map((c) => c.p50)),
      ceilingP99Ms: summarize(ceilings.map((c) => c.p99)),
      p99OverP50: tail,
      errors: summaries.reduce((n, s) => n + s.errors, 0),
      documentBytes: bytes,
      secondsPerRun: seconds,
    },
  };
}
