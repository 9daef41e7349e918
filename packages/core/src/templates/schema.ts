import { z } from 'zod';
import { aggregationKindSchema, type AggregationKind } from '../aggregation/kind';
import { requiredText } from '../contracts/common';
import {
  KPI_REVIEW_CADENCES,
  kpiLevelSchema,
  kpiReviewCadenceSchema,
  kpiTypeTagsSchema,
} from '../contracts/kpi';
import { metricDimensionsSchema, metricKeySchema, metricUnitSchema } from '../contracts/metric';
import { parseFormula } from '../formulas/parse';
import { formulaKind } from '../formulas/time-degree';
import { directionSchema, targetBasisSchema } from '../targets/direction';
import { targetBandSchema } from '../targets/value';

/** The shelves of the template library, in display order. */
export const KPI_TEMPLATE_CATEGORIES = [
  'finance',
  'sales',
  'marketing',
  'customer_service',
  'operations',
  'people',
  'projects_it',
] as const;
export const kpiTemplateCategorySchema = z.enum(KPI_TEMPLATE_CATEGORIES, {
  error: `must be one of: ${KPI_TEMPLATE_CATEGORIES.join(', ')}`,
});
export type KpiTemplateCategory = z.infer<typeof kpiTemplateCategorySchema>;

export const KPI_TEMPLATE_CATEGORY_LABELS: Readonly<Record<KpiTemplateCategory, string>> = {
  finance: 'Finance',
  sales: 'Sales and customers',
  marketing: 'Marketing',
  customer_service: 'Customer service',
  operations: 'Operations',
  people: 'People (HR)',
  projects_it: 'Projects and IT',
};

/** A base metric a template needs: what to record and how it aggregates across periods. */
export const templateMetricSchema = z.object({
  key: metricKeySchema,
  name: requiredText(120),
  unit: metricUnitSchema,
  aggregation: aggregationKindSchema,
  /** What to record for each base period, in plain words. */
  description: requiredText(1000),
  /** Suggested dimensions to break the metric down by (e.g. `source` for sessions). */
  dimensions: metricDimensionsSchema.default([]),
});
export type TemplateMetric = z.infer<typeof templateMetricSchema>;

const cadenceOrder = (c: (typeof KPI_REVIEW_CADENCES)[number]) => KPI_REVIEW_CADENCES.indexOf(c);

/**
 * A ready-to-adopt KPI definition: the base metrics to record, the formula over them (evaluated per
 * period after each metric is aggregated by its own kind), the result's unit and direction, and the
 * intent a good KPI states — objective, why it matters, how to influence it, owner, cadence, target
 * basis, traps and guardrails.
 */
export const kpiTemplateSchema = z
  .object({
    /** Stable identifier, e.g. `customer_churn_rate`. */
    key: metricKeySchema,
    name: requiredText(120),
    /** Abbreviations and other names the KPI goes by (MRR, CLV, …), for search. */
    aliases: z.array(requiredText(120)).default([]),
    category: kpiTemplateCategorySchema,
    objective: requiredText(1000),
    whyItMatters: requiredText(1000),
    howToInfluence: requiredText(1000),
    metrics: z.array(templateMetricSchema).min(1).max(10),
    /** Over the metrics' keys; a single metric's key when the KPI is that metric itself. */
    formula: requiredText(2000),
    /** The unit of the formula's result. */
    unit: metricUnitSchema,
    /** A short display suffix when the unit kind alone does not say it ("days", "per hour"). */
    unitLabel: requiredText(30).optional(),
    direction: directionSchema,
    /** A widely used target band for `within_band` KPIs (e.g. utilisation 80–90 %). */
    defaultBand: targetBandSchema.optional(),
    /** The usual review cadence. */
    reviewCadence: kpiReviewCadenceSchema,
    /** The range of cadences teams use, shortest first. */
    reviewRange: z.tuple([kpiReviewCadenceSchema, kpiReviewCadenceSchema]),
    /** Who usually owns the KPI. */
    owner: requiredText(120),
    level: kpiLevelSchema,
    typeTags: kpiTypeTagsSchema,
    /** Traps and reading notes. */
    notes: z.array(requiredText(1000)).default([]),
    /** Keys of templates to watch beside this one so it is not improved at their expense. */
    guardrails: z.array(metricKeySchema).default([]),
    /** Keys of templates that move before this one. */
    leadingIndicators: z.array(metricKeySchema).default([]),
    targetBasis: targetBasisSchema,
    /** How targets are usually set for it. */
    targetNote: requiredText(500),
  })
  .superRefine((t, ctx) => {
    const keys = t.metrics.map((m) => m.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['metrics'], message: 'metric keys must be unique' });
    }
    try {
      const references = parseFormula(t.formula).references;
      const missing = references.filter((r) => !keys.includes(r));
      const unused = keys.filter((k) => !references.includes(k));
      if (missing.length > 0 || unused.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['formula'],
          message:
            'the formula must read exactly the template metrics' +
            (missing.length > 0 ? `; not a template metric: ${missing.join(', ')}` : '') +
            (unused.length > 0 ? `; not read: ${unused.join(', ')}` : ''),
        });
      }
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['formula'], message: (error as Error).message });
    }
    if (t.defaultBand !== undefined && t.direction !== 'within_band') {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultBand'],
        message: 'a default band applies only to within_band KPIs',
      });
    }
    const [shortest, longest] = t.reviewRange;
    const usual = cadenceOrder(t.reviewCadence);
    if (cadenceOrder(shortest) > usual || usual > cadenceOrder(longest)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewRange'],
        message:
          'the review range must run from the shortest to the longest cadence around the usual one',
      });
    }
    for (const [field, list] of [
      ['guardrails', t.guardrails],
      ['leadingIndicators', t.leadingIndicators],
    ] as const) {
      if (list.includes(t.key) || new Set(list).size !== list.length) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'must not repeat a key or name the template itself',
        });
      }
    }
  });
export type KpiTemplate = z.infer<typeof kpiTemplateSchema>;
export type KpiTemplateInput = z.input<typeof kpiTemplateSchema>;

/** True when the KPI is one base metric as it is (no formula over several). */
export function isSingleMetricTemplate(template: KpiTemplate): boolean {
  return template.metrics.length === 1 && template.formula.trim() === template.metrics[0]?.key;
}

/**
 * The aggregation kind a template KPI behaves like: its one metric's kind, or for a formula what
 * `formulaKind` reads from its operands' kinds (churn paces like a flow, a margin is a level).
 */
export function templateKind(template: KpiTemplate): AggregationKind {
  if (isSingleMetricTemplate(template)) return template.metrics[0]?.aggregation ?? 'sum';
  const kinds = new Map(template.metrics.map((m) => [m.key, m.aggregation]));
  return formulaKind(parseFormula(template.formula).ast, (key) => kinds.get(key));
}
