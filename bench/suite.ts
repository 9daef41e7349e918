import { performance } from 'node:perf_hooks';
import { timeOrderedIds } from '../packages/server/src/db/ids';
import type { BenchArgs } from './args';
import { afterWriteFigure } from './figures/after-write';
import { dashboardFigure } from './figures/dashboard';
import { evaluateAllFigure } from './figures/evaluate-all';
import { ingestFigure } from './figures/ingest';
import { seriesFigure } from './figures/series';
import type { BenchContext, FigureResult } from './figures/types';
import { setUpWorkspace } from './load/http';
import { machine, type EngineResult } from './report/result';
import { ServerProcess } from './server/handle';
import { insertDefinitions, copyWorkspaceAndMetrics } from './store/definitions';
import { analyze, createStore, type Engine, type Store } from './store/engine';
import { slices } from './workload/points';
import { buildWorkload, FULL, QUICK } from './workload/spec';

/** Runs every figure on one engine: fresh stores, a fresh server process, all dropped after. */
export async function runEngine(
  engine: Engine,
  args: BenchArgs,
  profileDir: string,
  cleanups: (() => Promise<void>)[],
): Promise<EngineResult> {
  const started = performance.now();
  const log = (line: string) => console.log(`[${engine}] ${line}`);
  const workload = buildWorkload(args.quick ? QUICK : FULL);
  const stores: Store[] = [];
  let server: ServerProcess | undefined;
  const cleanup = async () => {
    await server?.stop().catch(() => undefined);
    server = undefined;
    for (const store of stores.splice(0)) await store.drop().catch(() => undefined);
  };
  cleanups.push(cleanup);
  try {
    const main = await createStore(engine, 'main');
    stores.push(main);
    const baseline = await createStore(engine, 'raw');
    stores.push(baseline);
    server = await ServerProcess.start(main.location, {
      nodeFlags: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    });
    const setupToken = await server.call({ type: 'setupToken' });
    if (!setupToken) throw new Error('the new store is already set up');
    const session = await setUpWorkspace(server.baseUrl, setupToken);
    const { targets } = await insertDefinitions(
      main.db,
      workload,
      session.workspaceId,
      timeOrderedIds(),
    );
    await copyWorkspaceAndMetrics(main.db, baseline.db, workload, session.workspaceId);
    log(
      `${workload.metrics.length} metrics, ${workload.kpis.length} KPIs, ${targets} targets; loading ${workload.pointCount.toLocaleString('en')} points`,
    );
    const ctx: BenchContext = { engine, workload, quick: args.quick, main, server, session, log };
    const figures: FigureResult[] = [];
    figures.push(await ingestFigure(ctx, baseline, slices(workload, 5)));
    await analyze(main);
    figures.push(await dashboardFigure(ctx));
    figures.push(await evaluateAllFigure(ctx));
    figures.push(await seriesFigure(ctx));
    figures.push(await afterWriteFigure(ctx));
    return {
      engine,
      date: new Date().toISOString().slice(0, 10),
      quick: args.quick,
      command: `npm run bench --${args.quick ? ' --quick' : ''} --engine ${engine}`,
      machine: machine(),
      workload: {
        seed: workload.seed,
        metrics: workload.metrics.length,
        kpis: workload.kpis.length,
        points: workload.pointCount,
        targets,
        dashboards: workload.dashboards.length,
        asOf: workload.asOf,
      },
      figures,
      durationSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await cleanup();
  }
}
