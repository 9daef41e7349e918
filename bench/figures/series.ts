import { performance } from 'node:perf_hooks';
import { timed } from '../load/http';
import { ratios, summarize } from '../stats';
import { monthStart } from '../workload/dates';
import type { MetricSpec } from '../workload/spec';
import { target, type BenchContext, type FigureResult } from './types';

/** The `sum` metric broken down by the most regions (the series with the most rows). */
export function seriesMetric(metrics: readonly MetricSpec[]): MetricSpec {
  const candidates = metrics.filter((m) => m.kind === 'sum' && m.regions.length > 0);
  const best = candidates.sort((a, b) => b.regions.length - a.regions.length)[0];
  if (!best) throw new Error('the workload has no sum metric with regions');
  return best;
}

/**
 * Figure 4. One KPI's 3-year series rolled up to months and broken down by region: the series
 * service vs the raw GROUP BY over the same rows, both in the server process; the HTTP endpoint's
 * end-to-end time is reported beside it.
 */
export async function seriesFigure(ctx: BenchContext): Promise<FigureResult> {
  const { server, session, workload } = ctx;
  const metric = seriesMetric(workload.metrics);
  const { firstDay: from, lastDay: to } = workload;
  const service = () =>
    server.call({
      type: 'series',
      workspaceId: session.workspaceId,
      metricId: metric.id,
      from,
      to,
    });
  const raw = () =>
    server.call({
      type: 'rawSeries',
      metricId: metric.id,
      from: monthStart(from),
      toExclusive: monthStart(to, 1),
    });
  const query = new URLSearchParams({ grain: 'month', from, to, breakdown: 'region' });
  const url = `${server.baseUrl}/api/metrics/${metric.id}/series?${query.toString()}`;
  const http = () => timed(url, { headers: { authorization: session.authorization } });
  for (let i = 0; i < 3; i++) {
    await service();
    await raw();
    await http();
  }
  const runs = 15;
  const vitals: number[] = [];
  const rawMs: number[] = [];
  const httpMs: number[] = [];
  let rows = 0;
  const started = performance.now();
  const { peakRss } = await server.watched(async () => {
    for (let run = 0; run < runs; run++) {
      const s = await service();
      vitals.push(s.ms);
      rows = s.rows;
      rawMs.push((await raw()).ms);
      httpMs.push((await http()).ms);
    }
  });
  const ratio = summarize(ratios(vitals, rawMs));
  const httpRatio = summarize(ratios(httpMs, rawMs));
  ctx.log(
    `  series: service ${summarize(vitals).median.toFixed(2)} ms, raw ${summarize(rawMs).median.toFixed(2)} ms, HTTP ${summarize(httpMs).median.toFixed(2)} ms (${runs} runs, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return {
    id: 'series',
    title: `Coarse series: ${metric.regions.length} regions × 3 years by month`,
    unit: 'ms',
    vitals: summarize(vitals),
    baseline: summarize(rawMs),
    baselineName: 'raw GROUP BY month, dim_key',
    ratio,
    targets: [target('≤ 1.5 × raw GROUP BY', ratio.median, ratio.median <= 1.5)],
    peakRss,
    extra: {
      seriesRows: rows,
      httpMs: summarize(httpMs),
      httpRatio,
    },
  };
}
