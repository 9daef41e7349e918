import {
  isSingleMetricTemplate,
  kpiCreateSchema,
  kpiTargetCreateSchema,
  metricCreateSchema,
  templateByKey,
  TEMPLATE_METRICS,
  templateKind,
  type Kpi,
  type KpiTarget,
  type KpiTemplate,
  type Metric,
} from '@vitals/core';
import { checkFormula } from '../metrics/formula-check';
import { checkTarget } from '../targets/targets.validation';
import { kindOf, templateMeasure } from './calibration';
import { EXTRA_DIMENSIONS, KPIS } from './company';
import type { OrgPlan, PlanContext } from './plan-org';
import type { GeneratedData } from './series-generator';
import { plannedTargets } from './targets-plan';

export interface KpiPlanResult {
  metrics: Metric[];
  kpis: Kpi[];
  targets: KpiTarget[];
  /** KPI ids by template key. */
  kpiId: (template: string) => string;
  /** Metric ids by key. */
  metricId: (key: string) => string;
}

function template(key: string): KpiTemplate {
  const found = templateByKey(key);
  if (!found) throw new Error(`the sample names template "${key}", which the library lacks`);
  return found;
}

/**
 * The KPIs adopted from the template library: each template's base metrics once (shared between
 * templates), a formula metric for each formula template, the KPIs with their owners and teams,
 * and their targets fitted to the generated data.
 */
export function planKpis(ctx: PlanContext, org: OrgPlan, data: GeneratedData): KpiPlanResult {
  const stamps = { workspaceId: ctx.workspaceId, createdAt: ctx.at, updatedAt: ctx.at };
  const metrics = new Map<string, Metric>();
  const formulas = new Map<string, string | null>();
  const addMetric = (input: unknown) => {
    const parsed = metricCreateSchema.parse(input);
    if (parsed.formula !== null) checkFormula(parsed.key, parsed.formula, formulas);
    metrics.set(parsed.key, { ...parsed, id: ctx.newId(), ...stamps, archivedAt: null });
    formulas.set(parsed.key, parsed.formula);
  };
  for (const plan of KPIS) {
    const t = template(plan.template);
    for (const m of t.metrics) {
      if (metrics.has(m.key)) continue;
      const base = TEMPLATE_METRICS[m.key] ?? m;
      const dimensions = [...base.dimensions, ...(EXTRA_DIMENSIONS[m.key] ?? [])];
      addMetric({ ...base, dimensions, sourceKind: 'push' });
    }
    if (!isSingleMetricTemplate(t)) {
      addMetric({
        key: t.key,
        name: t.name,
        description: t.objective,
        unit: t.unit,
        aggregation: templateKind(t),
        sourceKind: 'formula',
        formula: t.formula,
      });
    }
  }
  const metricId = (key: string) => metrics.get(key)?.id as string;

  const kpiIds = new Map(KPIS.map((plan) => [plan.template, ctx.newId()]));
  const linked = (keys: readonly string[]) =>
    keys.map((key) => kpiIds.get(key)).filter((id): id is string => id !== undefined);
  const kpis = KPIS.map((plan): Kpi => {
    const t = template(plan.template);
    const input = kpiCreateSchema.parse({
      metricId: metricId(isSingleMetricTemplate(t) ? t.formula.trim() : t.key),
      name: t.name,
      objective: t.objective,
      whyItMatters: t.whyItMatters,
      howToInfluence: t.howToInfluence,
      ownerId: org.userId(plan.owner),
      teamId: org.teamId(plan.team),
      level: plan.level ?? t.level,
      typeTags: t.typeTags,
      direction: t.direction,
      reviewCadence: t.reviewCadence,
      guardrailKpiIds: linked(t.guardrails),
      leadingKpiIds: linked(t.leadingIndicators),
    });
    return { ...input, id: kpiIds.get(t.key) as string, ...stamps, archivedAt: null };
  });

  const dataStart = data.from;
  const targets = KPIS.flatMap((plan, i) => {
    const t = template(plan.template);
    const kpi = kpis[i] as Kpi;
    const kind = kindOf(t);
    const stored: KpiTarget[] = [];
    for (const planned of plannedTargets({
      template: t,
      kind,
      direction: t.direction,
      status: plan.status,
      measure: templateMeasure(t, data.series),
      calendar: ctx.calendar,
      asOf: ctx.now,
      dataStart,
    })) {
      const input = kpiTargetCreateSchema.parse({ ...planned, kpiId: kpi.id });
      const target: KpiTarget = {
        ...input,
        id: ctx.newId(),
        createdAt: ctx.at,
        updatedAt: ctx.at,
        updatedBy: `user:${ctx.adminId}`,
      };
      checkTarget(target, {
        calendar: ctx.calendar,
        kind,
        direction: kpi.direction,
        others: stored,
      });
      stored.push(target);
    }
    return stored;
  });

  return {
    metrics: [...metrics.values()],
    kpis,
    targets,
    kpiId: (key) => kpiIds.get(key) as string,
    metricId,
  };
}
