import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Finance for subscription businesses: recurring revenue and its retention. */
export const RECURRING_REVENUE_TEMPLATES = defineTemplates('finance', [
  {
    key: 'monthly_recurring_revenue',
    name: 'Monthly recurring revenue',
    aliases: ['MRR'],
    objective: 'Grow the predictable monthly income from subscriptions.',
    whyItMatters:
      'MRR is the heartbeat of a subscription business: it shows the run rate today and makes ' +
      'next month’s revenue predictable.',
    howToInfluence:
      'Add new subscribers, upsell and cross-sell existing ones, raise prices with care, and ' +
      'prevent cancellations and downgrades.',
    metrics: [M.mrr],
    formula: 'mrr',
    unit: UNITS.money,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'Sales or finance lead',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'A stock, not a flow: a quarter’s MRR is the value at its end (last), never the sum of ' +
        'its months.',
      'Exclude one-off fees and normalise annual plans to their monthly value.',
    ],
    guardrails: ['customer_churn_rate', 'net_revenue_retention'],
    leadingIndicators: ['sales_pipeline_value', 'new_customers'],
    targetBasis: 'past_performance',
    targetNote: 'Current MRR plus planned net new MRR per month.',
  },
  {
    key: 'annual_recurring_revenue',
    name: 'Annual recurring revenue',
    aliases: ['ARR', 'Annual run rate'],
    objective: 'Grow the yearly value of the recurring revenue base.',
    whyItMatters:
      'ARR is the headline size of a subscription business; boards and investors plan and value ' +
      'the company on it.',
    howToInfluence: 'Everything that grows MRR: new logos, expansion, retention and pricing.',
    metrics: [M.mrr],
    formula: 'mrr * 12',
    unit: UNITS.money,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'Executive team',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['Derived from MRR at the period’s end, so it is a stock too: never add periods up.'],
    guardrails: ['net_revenue_retention'],
    targetBasis: 'past_performance',
    targetNote: 'The ARR plan for the year-end, with quarterly checkpoints.',
  },
  {
    key: 'net_revenue_retention',
    name: 'Net revenue retention',
    aliases: ['NRR', 'Net dollar retention', 'NDR'],
    objective: 'Grow revenue from the existing customer base, even without new customers.',
    whyItMatters:
      'Above 100 % the installed base grows by itself, which compounds; below 100 % new sales ' +
      'first have to refill a leaking bucket.',
    howToInfluence:
      'Drive adoption and value so customers expand, offer upgrade paths, and address the ' +
      'reasons for downgrades and cancellations.',
    metrics: [M.mrr_at_start, M.expansion_mrr, M.contraction_mrr, M.churned_mrr],
    formula: '(mrr_at_start + expansion_mrr - contraction_mrr - churned_mrr) / mrr_at_start * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'Finance and customer success',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'The denominator is the MRR at the period’s start (first), not a sum; changes are flows ' +
        'over the period (sum).',
      'MRR from customers won during the period must not enter expansion: it belongs to new MRR.',
    ],
    guardrails: ['customer_churn_rate'],
    targetBasis: 'benchmark',
    targetNote: 'Above 100 %; strong subscription businesses report 110–120 %.',
  },
]);
