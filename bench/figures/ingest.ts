import { performance } from 'node:perf_hooks';
import { timeOrderedIds } from '../../packages/server/src/db/ids';
import { postBatches } from '../load/ingest-clients';
import { ratios, summarize } from '../stats';
import { prepareRawInsert } from '../store/raw-insert';
import type { Store } from '../store/engine';
import { toItem, type PointRow } from '../workload/points';
import { target, type BenchContext, type FigureResult } from './types';

export const BATCH_ITEMS = 10_000;
export const INGEST_CLIENTS = 4;

function bodiesOf(rows: readonly PointRow[]): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH_ITEMS) {
    bodies.push(JSON.stringify({ items: rows.slice(i, i + BATCH_ITEMS).map(toItem) }));
  }
  return bodies;
}

/**
 * Figure 1. Each run sends one slice of the workload's points (a fifth of its metrics) through
 * POST /api/data-points, 10,000 per request from 4 concurrent clients, then has the raw engine
 * insert the same rows into a second store of the same schema that grows alike. The slices
 * together are the whole data set, so this is also how the bench loads its data.
 */
export async function ingestFigure(
  ctx: BenchContext,
  baseline: Store,
  slices: readonly PointRow[][],
): Promise<FigureResult> {
  const url = `${ctx.server.baseUrl}/api/data-points`;
  const newId = timeOrderedIds();
  const vitals: number[] = [];
  const raw: number[] = [];
  let peakRss = 0;
  for (const [run, rows] of slices.entries()) {
    const bodies = bodiesOf(rows);
    const { result: ms, peakRss: rss } = await ctx.server.watched(() =>
      postBatches(url, ctx.session.authorization, bodies, INGEST_CLIENTS),
    );
    peakRss = Math.max(peakRss, rss);
    vitals.push((rows.length / ms) * 1000);
    const insert = await prepareRawInsert(baseline.location, rows, newId, new Date().toISOString());
    const started = performance.now();
    await insert.run();
    raw.push((rows.length / (performance.now() - started)) * 1000);
    await insert.close();
    ctx.log(
      `  ingest run ${run + 1}/${slices.length}: ${rows.length} points, HTTP ${Math.round(vitals[run] ?? 0)}/s, raw ${Math.round(raw[run] ?? 0)}/s`,
    );
  }
  const ratio = summarize(ratios(vitals, raw));
  return {
    id: 'ingest',
    title: 'Ingest (HTTP batch, 10,000/request, 4 clients)',
    unit: 'points/s',
    vitals: summarize(vitals),
    baseline: summarize(raw),
    baselineName:
      ctx.engine === 'sqlite' ? 'prepared INSERT, 10,000 per transaction' : 'COPY FROM STDIN',
    ratio,
    targets: [target('≥ 0.5 × raw', ratio.median, ratio.median >= 0.5)],
    peakRss,
    extra: { pointsPerRun: Math.round(slices.reduce((n, s) => n + s.length, 0) / slices.length) },
  };
}
