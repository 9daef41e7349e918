import { CUSTOMER_TEMPLATES } from './customers';
import { CUSTOMER_SERVICE_TEMPLATES } from './customer-service';
import { FINANCE_TEMPLATES } from './finance';
import { RECURRING_REVENUE_TEMPLATES } from './finance-recurring';
import { IT_TEMPLATES } from './it';
import { MARKETING_TEMPLATES } from './marketing';
import { MARKETING_WEB_TEMPLATES } from './marketing-web';
import { M } from './metrics';
import { OPERATIONS_TEMPLATES } from './operations';
import { PEOPLE_TEMPLATES } from './people';
import { PROJECT_TEMPLATES } from './projects';
import { SALES_TEMPLATES } from './sales';
import {
  KPI_TEMPLATE_CATEGORIES,
  KPI_TEMPLATE_CATEGORY_LABELS,
  type KpiTemplate,
  type KpiTemplateCategory,
  type TemplateMetric,
} from './schema';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The KPI template library: the KPIs the KPI literature names most, each a complete definition
 * ready to adopt (base metrics, formula, unit, direction, cadence, owner, traps, guardrails), in
 * category order. Frozen.
 */
export const KPI_TEMPLATES: readonly KpiTemplate[] = deepFreeze([
  ...FINANCE_TEMPLATES,
  ...RECURRING_REVENUE_TEMPLATES,
  ...CUSTOMER_TEMPLATES,
  ...SALES_TEMPLATES,
  ...MARKETING_TEMPLATES,
  ...MARKETING_WEB_TEMPLATES,
  ...CUSTOMER_SERVICE_TEMPLATES,
  ...OPERATIONS_TEMPLATES,
  ...PEOPLE_TEMPLATES,
  ...PROJECT_TEMPLATES,
  ...IT_TEMPLATES,
]);

/** Every base metric the templates use, by key: one shared definition per key. Frozen. */
export const TEMPLATE_METRICS: Readonly<Record<string, TemplateMetric>> = deepFreeze({ ...M });

const byKey = new Map(KPI_TEMPLATES.map((t) => [t.key, t]));

/** The template with this key, or undefined. */
export function templateByKey(key: string): KpiTemplate | undefined {
  return byKey.get(key);
}

export interface KpiTemplateGroup {
  category: KpiTemplateCategory;
  label: string;
  templates: readonly KpiTemplate[];
}

/** The library grouped by category, in display order (every category, each in library order). */
export function templatesByCategory(): KpiTemplateGroup[] {
  return KPI_TEMPLATE_CATEGORIES.map((category) => ({
    category,
    label: KPI_TEMPLATE_CATEGORY_LABELS[category],
    templates: KPI_TEMPLATES.filter((t) => t.category === category),
  }));
}

/** Lower case, accents removed, every run of other characters a single space. */
function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface SearchEntry {
  template: KpiTemplate;
  /** Key, name and aliases. */
  title: string;
  titles: string[];
  /** Everything else worth matching. */
  body: string;
}

const entries: SearchEntry[] = KPI_TEMPLATES.map((template) => {
  const titles = [template.key, template.name, ...template.aliases].map(normalize);
  const body = normalize(
    [
      KPI_TEMPLATE_CATEGORY_LABELS[template.category],
      template.category,
      template.objective,
      template.whyItMatters,
      template.owner,
      ...template.metrics.flatMap((m) => [m.key, m.name]),
    ].join(' '),
  );
  return { template, title: ` ${titles.join(' ')} `, titles, body: ` ${body} ` };
});

/**
 * Templates matching every word of `text` (case- and accent-insensitive, word prefixes match) in
 * their key, name, aliases, category, objective, owner or metrics; best matches first: an exact
 * name or alias, then matches in the title, then the rest, each in library order. Empty text gives
 * the whole library.
 *
 * @example
 * searchTemplates('nps')[0]?.key; // 'net_promoter_score'
 * searchTemplates('ltv:cac')[0]?.key; // 'ltv_to_cac_ratio'
 */
export function searchTemplates(text: string): KpiTemplate[] {
  const query = normalize(text);
  if (query === '') return [...KPI_TEMPLATES];
  const words = query.split(' ');
  const scored: { template: KpiTemplate; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    let score = entry.titles.includes(query) ? 100 : 0;
    for (const word of words) {
      if (entry.title.includes(` ${word}`)) score += 3;
      else if (entry.body.includes(` ${word}`)) score += 1;
      else return;
    }
    scored.push({ template: entry.template, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.template);
}
