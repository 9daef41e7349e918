import { timed } from '../load/http';
import { ratios, summarize } from '../stats';
import { pointsOf, toItem } from '../workload/points';
import type { KpiSpec } from '../workload/spec';
import { summaryPath } from './dashboard';
import { target, type BenchContext, type FigureResult } from './types';

const CHANGED_DAYS = 30;

/**
 * Figure 5. Dashboard 1's summary timed warm, then a batch write (the last 30 days of one of its
 * KPIs' metric, changed values, so revisions) and the summary timed again at once; pairs of
 * sequential requests, one KPI after another.
 */
export async function afterWriteFigure(ctx: BenchContext): Promise<FigureResult> {
  const { server, session, workload } = ctx;
  const ids = workload.dashboards[0] as string[];
  const url = `${server.baseUrl}${summaryPath(workload, ids)}`;
  const headers = { authorization: session.authorization };
  const read = async () => (await timed(url, { headers })).ms;
  for (let i = 0; i < 5; i++) await read();
  const runs = ctx.quick ? 8 : 12;
  const warm: number[] = [];
  const after: number[] = [];
  const { peakRss } = await server.watched(async () => {
    for (let run = 0; run < runs; run++) {
      const kpi = workload.kpis.find((k) => k.id === ids[run % ids.length]) as KpiSpec;
      const index = workload.metrics.indexOf(kpi.metric);
      const items = pointsOf(workload, kpi.metric, index)
        .slice(-CHANGED_DAYS)
        .map((row) => {
          const item = toItem(row);
          const components = item['components'] as Record<string, number>;
          for (const name of ['value', 'sum', 'numerator']) {
            const v = components[name];
            if (v !== undefined) components[name] = Math.round(v * (1.01 + run / 100));
          }
          return item;
        });
      warm.push(await read());
      await timed(`${server.baseUrl}/api/data-points`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ items }),
      });
      after.push(await read());
    }
  });
  const ratio = summarize(ratios(after, warm));
  ctx.log(
    `  after write: ${summarize(after).median.toFixed(1)} ms vs warm ${summarize(warm).median.toFixed(1)} ms`,
  );
  return {
    id: 'after-write',
    title: 'Dashboard summary right after a batch write',
    unit: 'ms',
    vitals: summarize(after),
    baseline: summarize(warm),
    baselineName: 'the same summary, warm',
    ratio,
    targets: [target('≤ 2 × warm', ratio.median, ratio.median <= 2)],
    peakRss,
    extra: { itemsPerWrite: CHANGED_DAYS },
  };
}
