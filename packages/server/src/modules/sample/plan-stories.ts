import {
  addCivilDays,
  annotationCreateSchema,
  checkInCreateSchema,
  dashboardCreateSchema,
  minCivil,
  type Annotation,
  type CheckIn,
  type Dashboard,
  type Kpi,
} from '@vitals/core';
import { DASHBOARDS } from './company';
import { annotationPlans, checkInPlans, reviewedKey } from './narrative';
import type { OrgPlan, PlanContext } from './plan-org';
import type { KpiPlanResult } from './plan-kpis';
import type { GeneratedData } from './series-generator';

export interface StoriesPlan {
  checkIns: CheckIn[];
  annotations: Annotation[];
  dashboards: Dashboard[];
}

/** When a person would have written about a day: the next morning at 09:30, never after now. */
function writtenAt(ctx: PlanContext, day: string): string {
  const next = minCivil(addCivilDays(day, 1), ctx.calendar.dateOf(ctx.now));
  const morning = ctx.calendar.startInstant(ctx.calendar.periodOf(next, 'day')).getTime();
  return new Date(Math.min(morning + 9.5 * 3_600_000, ctx.now.getTime())).toISOString();
}

/** The check-ins and annotations of the story, and the three dashboards, checked by the contracts. */
export function planStories(
  ctx: PlanContext,
  org: OrgPlan,
  kpis: KpiPlanResult,
  data: GeneratedData,
): StoriesPlan {
  const byId = new Map(kpis.kpis.map((k) => [k.id, k]));
  const checkIns = checkInPlans(data.events, data.to, ctx.calendar).map((plan): CheckIn => {
    const kpi = byId.get(kpis.kpiId(plan.kpi)) as Kpi;
    const period = ctx.calendar.periodOf(plan.day, kpi.reviewCadence);
    const input = checkInCreateSchema.parse({
      kpiId: kpi.id,
      periodKey: reviewedKey(ctx.calendar, plan.day, kpi.reviewCadence),
      statusCall: plan.statusCall,
      commentary: plan.commentary,
      nextActions: plan.nextActions,
    });
    // Reviewed when the period ended, or while it runs: the day after the last day of data.
    const at = writtenAt(ctx, minCivil(addCivilDays(period.end, -1), data.to));
    return { ...input, id: ctx.newId(), authorId: kpi.ownerId, createdAt: at, updatedAt: at };
  });

  const annotations = annotationPlans(data.events).map((plan): Annotation => {
    const input = annotationCreateSchema.parse({
      metricId: plan.metric ? kpis.metricId(plan.metric) : null,
      kpiId: plan.kpi ? kpis.kpiId(plan.kpi) : null,
      from: plan.from,
      to: plan.to,
      text: plan.text,
    });
    const at = writtenAt(ctx, plan.to ?? plan.from);
    return {
      ...input,
      id: ctx.newId(),
      workspaceId: ctx.workspaceId,
      authorId: org.userId(plan.by),
      createdAt: at,
      updatedAt: at,
    };
  });

  const dashboards = DASHBOARDS.map((plan): Dashboard => {
    const input = dashboardCreateSchema.parse({
      name: plan.name,
      description: plan.description,
      kpiIds: plan.kpis.map(kpis.kpiId),
      period: plan.period,
      sparkline: plan.sparkline,
      sparklineGrain: plan.sparklineGrain,
      refreshSeconds: plan.refreshSeconds,
    });
    return {
      ...input,
      id: ctx.newId(),
      workspaceId: ctx.workspaceId,
      createdBy: ctx.adminId,
      createdAt: ctx.at,
      updatedAt: ctx.at,
      archivedAt: null,
    };
  });
  return { checkIns, annotations, dashboards };
}
