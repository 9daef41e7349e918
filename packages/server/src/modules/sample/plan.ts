import type { Insertable } from 'kysely';
import type { DataPointsTable } from '../../db/schema';
import { dimKeyOf, toColumns } from '../data-points/data-points.rows';
import { planKpis, type KpiPlanResult } from './plan-kpis';
import { planOrg, type OrgPlan, type PlanContext } from './plan-org';
import { planStories, type StoriesPlan } from './plan-stories';
import { generateSeries, type GeneratedData } from './series-generator';

/** Who wrote the sample's data points (the admin who loaded it is in the audit log). */
export const SAMPLE_ACTOR = 'system:sample-workspace';

export interface SamplePlan extends OrgPlan, KpiPlanResult, StoriesPlan {
  points: Insertable<DataPointsTable>[];
  data: GeneratedData;
}

/**
 * Everything the sample workspace holds, built in memory before anything is written: the data
 * from the first day of the month two years back up to yesterday in the workspace's calendar.
 */
export function planSample(ctx: PlanContext, seed: number): SamplePlan {
  const today = ctx.calendar.dateOf(ctx.now);
  const from = ctx.calendar.shift(ctx.calendar.periodOf(today, 'month'), -24).start;
  const data = generateSeries({ from, today, seed });
  const org = planOrg(ctx);
  const kpis = planKpis(ctx, org, data);
  const stories = planStories(ctx, org, kpis, data);

  const byKey = new Map(kpis.metrics.map((m) => [m.key, m]));
  // One calendar look-up per day, not per point (the calendar's arithmetic is not free).
  const dayKeys = new Map<string, string>();
  const dayKey = (date: string) => {
    let key = dayKeys.get(date);
    if (key === undefined) dayKeys.set(date, (key = ctx.calendar.periodOf(date, 'day').key));
    return key;
  };
  const points: Insertable<DataPointsTable>[] = [];
  for (const [key, series] of data.series) {
    const metric = byKey.get(key);
    if (!metric) throw new Error(`the sample generates metric "${key}", which no KPI uses`);
    for (const p of series) {
      points.push({
        id: ctx.newId(),
        metric_id: metric.id,
        period_key: dayKey(p.date),
        period_start: p.date,
        dim_key: dimKeyOf(p.dims),
        ...toColumns(metric.aggregation, p.components),
        source: 'push',
        note: '',
        revision: 1,
        created_at: ctx.at,
        created_by: SAMPLE_ACTOR,
        updated_at: ctx.at,
        updated_by: SAMPLE_ACTOR,
      });
    }
  }
  return { ...org, ...kpis, ...stories, points, data };
}
