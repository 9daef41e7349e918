import { describe, expect, it } from 'vitest';
import { KPI_TEMPLATES, searchTemplates, templateByKey, templatesByCategory } from './library';
import { KPI_TEMPLATE_CATEGORIES } from './schema';

describe('templateByKey', () => {
  it('finds a template by its key and nothing for an unknown key', () => {
    expect(templateByKey('customer_churn_rate')?.name).toBe('Customer churn rate');
    expect(templateByKey('no_such_kpi')).toBeUndefined();
  });
});

describe('templatesByCategory', () => {
  it('returns every category in order, together holding the whole library once', () => {
    const groups = templatesByCategory();
    expect(groups.map((g) => g.category)).toEqual([...KPI_TEMPLATE_CATEGORIES]);
    expect(groups.every((g) => g.templates.length > 0 && g.label !== '')).toBe(true);
    expect(groups.flatMap((g) => g.templates.map((t) => t.key)).sort()).toEqual(
      KPI_TEMPLATES.map((t) => t.key).sort(),
    );
    for (const group of groups) {
      expect(group.templates.every((t) => t.category === group.category)).toBe(true);
    }
  });
});

describe('searchTemplates', () => {
  const first = (text: string) => searchTemplates(text)[0]?.key;

  it('finds templates by abbreviation, name, and with case and punctuation ignored', () => {
    expect(first('NPS')).toBe('net_promoter_score');
    expect(first('mrr')).toBe('monthly_recurring_revenue');
    expect(first('LTV:CAC')).toBe('ltv_to_cac_ratio');
    expect(first('OEE')).toBe('overall_equipment_effectiveness');
    expect(first('churn')).toBe('customer_churn_rate');
    expect(first('Customer Churn Rate')).toBe('customer_churn_rate');
    expect(first('capacity utilization')).toBe('capacity_utilization');
    expect(first('capacity utilisation')).toBe('capacity_utilization');
    expect(first('dso')).toBe('days_sales_outstanding');
  });

  it('needs every word to match, and matches word prefixes', () => {
    const keys = searchTemplates('first resp').map((t) => t.key);
    expect(keys[0]).toBe('first_response_time');
    expect(keys).not.toContain('revenue');
    expect(searchTemplates('churn zebra')).toEqual([]);
  });

  it('ranks title matches before matches in the description', () => {
    const keys = searchTemplates('revenue').map((t) => t.key);
    expect(keys[0]).toBe('revenue');
    // average order value only mentions revenue through its metrics and text
    expect(keys.indexOf('revenue_growth_rate')).toBeLessThan(keys.indexOf('average_order_value'));
  });

  it('searches categories and owners', () => {
    const hr = searchTemplates('people hr');
    expect(hr.length).toBeGreaterThan(5);
    expect(hr.every((t) => t.category === 'people')).toBe(true);
    expect(searchTemplates('project manager').map((t) => t.key)).toContain(
      'schedule_performance_index',
    );
  });

  it('returns the whole library for empty text', () => {
    expect(searchTemplates('  ')).toEqual([...KPI_TEMPLATES]);
  });
});
