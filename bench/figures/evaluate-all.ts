import type { DayRange } from '../server/raw-reads';
import { ratios, summarize } from '../stats';
import { monthStart } from '../workload/dates';
import type { Workload } from '../workload/spec';
import { target, type BenchContext, type FigureResult } from './types';

/**
 * The points evaluating every KPI's running month needs: that month and the previous one (the
 * change on the previous period, pacing) and the same month last year (the change on last year).
 */
export function neededRanges(workload: Workload): DayRange[] {
  const day = workload.lastDay;
  return [
    [monthStart(day, -1), monthStart(day, 1)],
    [monthStart(day, -12), monthStart(day, -11)],
  ];
}

/**
 * Figure 3. services.evaluation.evaluateAll (status, pacing and both changes of every KPI's
 * running month) vs the raw SQL fetching the points that needs, both in the server process.
 */
export async function evaluateAllFigure(ctx: BenchContext): Promise<FigureResult> {
  const { server, session, workload } = ctx;
  const metricIds = workload.metrics.map((m) => m.id);
  const ranges = neededRanges(workload);
  const evaluate = () =>
    server.call({ type: 'evaluateAll', workspaceId: session.workspaceId, asOf: workload.asOf });
  const read = () => server.call({ type: 'rawPoints', metricIds, ranges });
  await evaluate();
  await read();
  const vitals: number[] = [];
  const raw: number[] = [];
  let peakRss = 0;
  let statuses: Record<string, number> = {};
  let rawRows = 0;
  for (let run = 0; run < 5; run++) {
    const watched = await server.watched(evaluate);
    peakRss = Math.max(peakRss, watched.peakRss);
    vitals.push(watched.result.ms);
    statuses = watched.result.statuses;
    if (watched.result.rows !== workload.kpis.length) {
      throw new Error(
        `evaluateAll evaluated ${watched.result.rows} of ${workload.kpis.length} KPIs`,
      );
    }
    const r = await read();
    raw.push(r.ms);
    rawRows = r.rows;
    ctx.log(
      `  evaluate-all run ${run + 1}/5: ${watched.result.ms.toFixed(1)} ms, raw read ${r.ms.toFixed(1)} ms`,
    );
  }
  const ratio = summarize(ratios(vitals, raw));
  return {
    id: 'evaluate-all',
    title: `Evaluate all ${workload.kpis.length} KPIs (running month)`,
    unit: 'ms',
    vitals: summarize(vitals),
    baseline: summarize(raw),
    baselineName: `raw SQL reading the ${rawRows} points needed`,
    ratio,
    targets: [target('≤ 2 × raw read', ratio.median, ratio.median <= 2)],
    peakRss,
    extra: {
      statuses: Object.entries(statuses)
        .map(([s, n]) => `${s} ${n}`)
        .join(', '),
    },
  };
}
