import type { DashboardPeriod, Grain, JudgedStatus, KpiLevel, TeamLevel } from '@vitals/core';

/*
 * Northwind, the sample company: a specialty food shop with a subscription box, selling online
 * in Europe, the US and Asia-Pacific. Its teams, its people (one KPI owner per department and a
 * viewer), the KPIs each team steers by (adopted from the template library), how each stands in
 * the running month, and the dashboards they look at.
 */

export const COMPANY = 'Northwind';

export type TeamKey =
  | 'company'
  | 'sales'
  | 'new_business'
  | 'marketing'
  | 'support'
  | 'frontline'
  | 'finance'
  | 'operations'
  | 'hr';

export interface TeamPlan {
  key: TeamKey;
  name: string;
  level: TeamLevel;
  parent: TeamKey | null;
}

/** Parents before children. */
export const TEAMS: readonly TeamPlan[] = [
  { key: 'company', name: COMPANY, level: 'company', parent: null },
  { key: 'sales', name: 'Sales', level: 'department', parent: 'company' },
  { key: 'marketing', name: 'Marketing', level: 'department', parent: 'company' },
  { key: 'support', name: 'Customer Support', level: 'department', parent: 'company' },
  { key: 'finance', name: 'Finance', level: 'department', parent: 'company' },
  { key: 'operations', name: 'Operations', level: 'department', parent: 'company' },
  { key: 'hr', name: 'HR', level: 'department', parent: 'company' },
  { key: 'new_business', name: 'New Business', level: 'team', parent: 'sales' },
  { key: 'frontline', name: 'Frontline Support', level: 'team', parent: 'support' },
];

export type PersonKey = 'maria' | 'james' | 'priya' | 'lukas' | 'chen' | 'amara' | 'sam';

export interface PersonPlan {
  key: PersonKey;
  name: string;
  /** Local part; the domain is `northwind.example` (reserved for examples, never delivered). */
  email: string;
  role: 'editor' | 'viewer';
  /** Teams they belong to: the first they lead (editors), the rest as a member. */
  teams: TeamKey[];
}

export const EMAIL_DOMAIN = 'northwind.example';

/** KPI owners have no password: an admin invites them (sets one) when they want to sign in. */
export const PEOPLE: readonly PersonPlan[] = [
  {
    key: 'maria',
    name: 'Maria Santos',
    email: 'maria.santos',
    role: 'editor',
    teams: ['sales', 'new_business'],
  },
  {
    key: 'james',
    name: 'James Okafor',
    email: 'james.okafor',
    role: 'editor',
    teams: ['marketing'],
  },
  {
    key: 'priya',
    name: 'Priya Nair',
    email: 'priya.nair',
    role: 'editor',
    teams: ['support', 'frontline'],
  },
  { key: 'lukas', name: 'Lukas Berg', email: 'lukas.berg', role: 'editor', teams: ['finance'] },
  { key: 'chen', name: 'Chen Wei', email: 'chen.wei', role: 'editor', teams: ['operations'] },
  { key: 'amara', name: 'Amara Diallo', email: 'amara.diallo', role: 'editor', teams: ['hr'] },
  { key: 'sam', name: 'Sam Taylor', email: 'sam.taylor', role: 'viewer', teams: ['company'] },
];

export interface KpiPlan {
  /** The template adopted (core's template library). */
  template: string;
  team: TeamKey;
  owner: PersonKey;
  /** The template's level unless given. */
  level?: KpiLevel;
  /** How the KPI stands in the running month: its targets are set to tell this story. */
  status: JudgedStatus;
}

/** Base metrics broken down by a dimension beyond the template's own (revenue by region). */
export const EXTRA_DIMENSIONS: Readonly<Record<string, string[]>> = { revenue: ['region'] };

export const KPIS: readonly KpiPlan[] = [
  { template: 'revenue', team: 'finance', owner: 'lukas', status: 'on_track' },
  { template: 'gross_profit_margin', team: 'finance', owner: 'lukas', status: 'on_track' },
  { template: 'monthly_recurring_revenue', team: 'finance', owner: 'lukas', status: 'on_track' },
  { template: 'operating_expense_ratio', team: 'finance', owner: 'lukas', status: 'at_risk' },
  { template: 'new_customers', team: 'new_business', owner: 'maria', status: 'on_track' },
  { template: 'customer_churn_rate', team: 'sales', owner: 'maria', status: 'off_track' },
  { template: 'sales_pipeline_value', team: 'new_business', owner: 'maria', status: 'at_risk' },
  { template: 'average_order_value', team: 'sales', owner: 'maria', status: 'on_track' },
  { template: 'lead_conversion_rate', team: 'new_business', owner: 'maria', status: 'off_track' },
  { template: 'customer_acquisition_cost', team: 'sales', owner: 'maria', status: 'at_risk' },
  { template: 'website_traffic', team: 'marketing', owner: 'james', status: 'on_track' },
  { template: 'conversion_rate', team: 'marketing', owner: 'james', status: 'at_risk' },
  { template: 'marketing_qualified_leads', team: 'marketing', owner: 'james', status: 'on_track' },
  { template: 'cost_per_lead', team: 'marketing', owner: 'james', status: 'at_risk' },
  { template: 'net_promoter_score', team: 'marketing', owner: 'james', status: 'at_risk' },
  { template: 'first_response_time', team: 'frontline', owner: 'priya', status: 'off_track' },
  { template: 'customer_satisfaction_score', team: 'support', owner: 'priya', status: 'on_track' },
  { template: 'first_contact_resolution', team: 'frontline', owner: 'priya', status: 'at_risk' },
  { template: 'ticket_volume', team: 'support', owner: 'priya', status: 'off_track' },
  { template: 'capacity_utilization', team: 'operations', owner: 'chen', status: 'on_track' },
  { template: 'inventory_turnover', team: 'operations', owner: 'chen', status: 'on_track' },
  { template: 'headcount', team: 'hr', owner: 'amara', status: 'on_track' },
  { template: 'employee_turnover_rate', team: 'hr', owner: 'amara', status: 'off_track' },
  { template: 'time_to_hire', team: 'hr', owner: 'amara', status: 'on_track' },
];

export interface DashboardPlan {
  name: string;
  description: string;
  /** Template keys of the KPIs, in card order. */
  kpis: string[];
  period: DashboardPeriod;
  sparkline: number;
  sparklineGrain: Grain | null;
  refreshSeconds: number;
}

export const DASHBOARDS: readonly DashboardPlan[] = [
  {
    name: 'Company overview',
    description: 'The few numbers the leadership team reviews every month.',
    kpis: [
      'revenue',
      'gross_profit_margin',
      'monthly_recurring_revenue',
      'new_customers',
      'customer_churn_rate',
      'net_promoter_score',
      'customer_satisfaction_score',
      'operating_expense_ratio',
      'capacity_utilization',
      'headcount',
    ],
    period: 'this_month',
    sparkline: 12,
    sparklineGrain: 'month',
    refreshSeconds: 300,
  },
  {
    name: 'Sales & Marketing',
    description: 'From traffic to leads to customers, and what each one costs.',
    kpis: [
      'website_traffic',
      'conversion_rate',
      'marketing_qualified_leads',
      'cost_per_lead',
      'lead_conversion_rate',
      'sales_pipeline_value',
      'new_customers',
      'customer_acquisition_cost',
      'average_order_value',
      'revenue',
    ],
    period: 'this_month',
    sparkline: 13,
    sparklineGrain: 'week',
    refreshSeconds: 300,
  },
  {
    name: 'Customer Support',
    description: 'For the screen on the support floor: how fast we answer and how well we fix.',
    kpis: [
      'first_response_time',
      'first_contact_resolution',
      'ticket_volume',
      'customer_satisfaction_score',
      'net_promoter_score',
    ],
    period: 'cadence',
    sparkline: 30,
    sparklineGrain: 'day',
    refreshSeconds: 60,
  },
];
