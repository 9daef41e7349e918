import { describe, expect, it } from 'vitest';
import { metricKeySchema } from '../contracts/metric';
import { parseFormula } from '../formulas/parse';
import { KPI_TEMPLATES, TEMPLATE_METRICS, templateByKey } from './library';
import { METRIC_GROUPS } from './metrics';
import { isSingleMetricTemplate, kpiTemplateSchema } from './schema';

/** The KPIs issue 4 (item 5) requires the library to hold, by key. */
const REQUIRED_BY_ISSUE = [
  'revenue',
  'monthly_recurring_revenue',
  'annual_recurring_revenue',
  'customer_acquisition_cost',
  'customer_lifetime_value',
  'ltv_to_cac_ratio',
  'customer_churn_rate',
  'customer_retention_rate',
  'net_promoter_score',
  'customer_satisfaction_score',
  'conversion_rate',
  'click_through_rate',
  'lead_conversion_rate',
  'sales_cycle_length',
  'sales_pipeline_value',
  'gross_profit_margin',
  'net_profit_margin',
  'return_on_investment',
  'return_on_marketing_investment',
  'overall_equipment_effectiveness',
  'capacity_utilization',
  'inventory_turnover',
  'days_in_inventory',
  'employee_turnover_rate',
  'time_to_hire',
  'first_response_time',
  'ticket_resolution_time',
  'first_contact_resolution',
  'on_time_completion_rate',
];

/** The rest of the catalog's tables (KPI-CATALOG.md). */
const REST_OF_CATALOG = [
  'revenue_growth_rate',
  'operating_cash_flow',
  'ebitda',
  'efficiency_ratio',
  'operating_expense_ratio',
  'days_sales_outstanding',
  'net_revenue_retention',
  'average_order_value',
  'revenue_per_customer',
  'sales_growth_rate',
  'pipeline_velocity',
  'new_customers',
  'market_share',
  'cost_per_lead',
  'marketing_qualified_leads',
  'average_time_on_page',
  'bounce_rate',
  'social_media_reach',
  'website_traffic',
  'email_click_through_rate',
  'ticket_volume',
  'calls_handled_per_hour',
  'average_handle_time',
  'customer_complaints',
  'labour_productivity',
  'cost_of_goods_sold',
  'cycle_time',
  'first_time_right',
  'throughput',
  'employee_retention_rate',
  'headcount',
  'employee_engagement_index',
  'employee_net_promoter_score',
  'training_completion_rate',
  'cost_of_workforce',
  'quality_of_hire',
  'project_completion_rate',
  'schedule_performance_index',
  'cost_performance_index',
  'scope_change_requests',
  'scope_change_budget_share',
  'risk_exposure',
  'stakeholder_satisfaction',
  'team_productivity',
  'bug_resolution_time',
  'system_uptime',
  'mean_time_to_resolve',
  'recurring_incidents',
  'user_adoption_rate',
  'monthly_active_users',
];

const keys = KPI_TEMPLATES.map((t) => t.key);
const each = KPI_TEMPLATES.map((t) => [t.key, t] as const);

describe('the KPI template library', () => {
  it('holds every KPI the issue requires and the rest of the catalog', () => {
    expect(REQUIRED_BY_ISSUE.filter((k) => !keys.includes(k))).toEqual([]);
    expect(REST_OF_CATALOG.filter((k) => !keys.includes(k))).toEqual([]);
    expect(KPI_TEMPLATES.length).toBeGreaterThanOrEqual(
      new Set([...REQUIRED_BY_ISSUE, ...REST_OF_CATALOG]).size,
    );
  });

  it('has unique template keys', () => {
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(each)('%s validates against the template schema unchanged', (_key, template) => {
    const result = kpiTemplateSchema.safeParse(template);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toEqual(template);
  });

  it.each(each)('%s: the formula parses and reads exactly its metrics', (_key, template) => {
    const parsed = parseFormula(template.formula);
    expect(parsed.references).toEqual(template.metrics.map((m) => m.key).sort());
  });

  it.each(each)('%s: metric, guardrail and leading keys are valid', (_key, template) => {
    for (const metric of template.metrics) {
      expect(metricKeySchema.safeParse(metric.key).success, metric.key).toBe(true);
    }
    for (const key of [...template.guardrails, ...template.leadingIndicators]) {
      expect(templateByKey(key), `${template.key} → ${key}`).toBeDefined();
      expect(key).not.toBe(template.key);
    }
  });

  it('defines each base metric once and uses the same definition everywhere', () => {
    const total = METRIC_GROUPS.reduce((n, group) => n + Object.keys(group).length, 0);
    expect(Object.keys(TEMPLATE_METRICS)).toHaveLength(total);
    for (const template of KPI_TEMPLATES) {
      for (const metric of template.metrics) {
        expect(metric, `${template.key}.${metric.key}`).toEqual(TEMPLATE_METRICS[metric.key]);
      }
    }
    const used = new Set(KPI_TEMPLATES.flatMap((t) => t.metrics.map((m) => m.key)));
    expect(Object.keys(TEMPLATE_METRICS).filter((k) => !used.has(k))).toEqual([]);
  });

  it('multiplies every percent formula by 100 at its top level', () => {
    for (const template of KPI_TEMPLATES.filter((t) => t.unit.kind === 'percent')) {
      const ast = parseFormula(template.formula).ast;
      const times100 =
        ast.type === 'binary' &&
        ast.operator === '*' &&
        ast.right.type === 'number' &&
        ast.right.value === 100;
      expect(times100, template.key).toBe(true);
    }
  });

  it('gives single-metric KPIs the unit of their metric', () => {
    const singles = KPI_TEMPLATES.filter(isSingleMetricTemplate);
    expect(singles.map((t) => t.key)).toContain('revenue');
    for (const template of singles) {
      expect(template.unit.kind, template.key).toBe(template.metrics[0]?.unit.kind);
    }
  });

  it('does not give a formula KPI the key of a base metric', () => {
    for (const template of KPI_TEMPLATES.filter((t) => !isSingleMetricTemplate(t))) {
      expect(Object.hasOwn(TEMPLATE_METRICS, template.key), template.key).toBe(false);
    }
  });

  it('pairs the guardrails the literature names', () => {
    expect(templateByKey('customer_acquisition_cost')?.guardrails).toContain(
      'customer_lifetime_value',
    );
    expect(templateByKey('customer_lifetime_value')?.guardrails).toContain(
      'customer_acquisition_cost',
    );
    expect(templateByKey('first_response_time')?.guardrails).toContain('first_contact_resolution');
    expect(templateByKey('first_contact_resolution')?.guardrails).toContain('first_response_time');
  });

  it('models the aggregation traps the catalog names', () => {
    const kinds = (key: string) =>
      Object.fromEntries(templateByKey(key)?.metrics.map((m) => [m.key, m.aggregation]) ?? []);
    expect(kinds('customer_churn_rate')).toEqual({
      customers_lost: 'sum',
      customers_at_start: 'first',
    });
    expect(kinds('monthly_recurring_revenue')).toEqual({ mrr: 'last' });
    expect(kinds('monthly_active_users')).toEqual({ active_users: 'distinct' });
    expect(kinds('inventory_turnover')).toEqual({ cogs: 'sum', inventory_value: 'average' });
    expect(new Set(Object.values(kinds('overall_equipment_effectiveness')))).toEqual(
      new Set(['sum']),
    );
    expect(new Set(Object.values(kinds('net_promoter_score')))).toEqual(new Set(['sum']));
    // DSO and days in inventory read the period's length from a metric (no days() function).
    expect(kinds('days_sales_outstanding')['days_in_period']).toBe('sum');
    expect(kinds('days_in_inventory')['days_in_period']).toBe('sum');
    // revenue growth reads the previous period.
    expect(parseFormula(templateByKey('revenue_growth_rate')?.formula ?? '').usesPrevious).toBe(
      true,
    );
  });

  it('notes the trap of every template that reads a distinct metric', () => {
    const distinct = KPI_TEMPLATES.filter((t) =>
      t.metrics.some((m) => m.aggregation === 'distinct'),
    );
    expect(distinct.map((t) => t.key).sort()).toEqual([
      'monthly_active_users',
      'user_adoption_rate',
    ]);
    for (const template of distinct) {
      expect(template.notes.join(' '), template.key).toMatch(/distinct/);
      expect(template.notes.join(' '), template.key).toMatch(/rolled up/);
    }
  });

  it('gives capacity utilisation a default band of 80–90 % and bands only to band KPIs', () => {
    const capacity = templateByKey('capacity_utilization');
    expect(capacity?.direction).toBe('within_band');
    expect(capacity?.defaultBand).toEqual({ lower: 80, upper: 90 });
    for (const template of KPI_TEMPLATES.filter((t) => t.defaultBand !== undefined)) {
      expect(template.direction).toBe('within_band');
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(KPI_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(KPI_TEMPLATES[0]?.metrics[0])).toBe(true);
    expect(() => (KPI_TEMPLATES as unknown[]).push({})).toThrow(TypeError);
  });

  it('rejects a template whose formula reads a metric it does not define', () => {
    const churn = templateByKey('customer_churn_rate');
    const broken = { ...churn, formula: 'customers_lost / customers * 100' };
    const result = kpiTemplateSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toMatch(
      /not a template metric: customers.*not read: customers_at_start/,
    );
    expect(kpiTemplateSchema.safeParse({ ...churn, formula: 'customers_lost /' }).success).toBe(
      false,
    );
    expect(
      kpiTemplateSchema.safeParse({ ...churn, defaultBand: { lower: 1, upper: 2 } }).success,
    ).toBe(false);
  });
});
