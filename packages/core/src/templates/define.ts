import type { KpiTypeTags } from '../contracts/kpi';
import type { MetricUnit } from '../contracts/metric';
import type { KpiTemplate, KpiTemplateCategory, TemplateMetric } from './schema';

/** Units the library uses, for base metrics and for results. */
export const UNITS = {
  currency: { kind: 'currency' },
  money: { kind: 'currency', decimals: 0 },
  money2: { kind: 'currency', decimals: 2 },
  percent: { kind: 'percent', decimals: 1 },
  count: { kind: 'count', decimals: 0 },
  duration: { kind: 'duration', decimals: 0 },
  ratio: { kind: 'ratio', decimals: 2 },
  number: { kind: 'number', decimals: 1 },
  score: { kind: 'score', decimals: 1 },
  nps: { kind: 'score', decimals: 0 },
} as const satisfies Record<string, MetricUnit>;

type MetricSpec = Omit<TemplateMetric, 'key' | 'dimensions'> & { dimensions?: string[] };

/** Base metrics keyed by their metric key (the property name), so templates share one definition. */
export function defineMetrics<K extends string>(
  specs: Record<K, MetricSpec>,
): { readonly [P in K]: TemplateMetric } {
  const out: Record<string, TemplateMetric> = {};
  for (const [key, spec] of Object.entries<MetricSpec>(specs)) {
    out[key] = { key, ...spec, dimensions: spec.dimensions ?? [] };
  }
  return out as { readonly [P in K]: TemplateMetric };
}

type Optional = 'aliases' | 'notes' | 'guardrails' | 'leadingIndicators';
export type TemplateDraft = Omit<KpiTemplate, 'category' | Optional> &
  Partial<Pick<KpiTemplate, Optional>>;

/** Templates of one category, with the optional lists defaulted to empty. */
export function defineTemplates(
  category: KpiTemplateCategory,
  drafts: readonly TemplateDraft[],
): KpiTemplate[] {
  return drafts.map((draft) => ({
    ...draft,
    category,
    aliases: draft.aliases ?? [],
    notes: draft.notes ?? [],
    guardrails: draft.guardrails ?? [],
    leadingIndicators: draft.leadingIndicators ?? [],
  }));
}

/** Type tags in one call; most KPIs are quantitative. */
export function tags(
  scope: KpiTypeTags['scope'],
  timing: KpiTypeTags['timing'],
  nature: KpiTypeTags['nature'] = 'quantitative',
): KpiTypeTags {
  return { scope, timing, nature };
}
