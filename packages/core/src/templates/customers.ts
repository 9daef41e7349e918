import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

const LTV = 'revenue / orders * purchase_frequency * customer_lifespan_years';
const CAC = 'sales_marketing_spend / new_customers';

/** Sales and customers: winning, keeping and valuing customers. */
export const CUSTOMER_TEMPLATES = defineTemplates('sales', [
  {
    key: 'customer_acquisition_cost',
    name: 'Customer acquisition cost',
    aliases: ['CAC', 'Cost per acquisition'],
    objective: 'Win new customers at a cost the business can recover.',
    whyItMatters:
      'Growth is only healthy when a new customer costs less than they bring in; CAC tells how ' +
      'expensive each new customer is.',
    howToInfluence:
      'Shift spend to the channels that convert best, improve conversion along the funnel, ' +
      'shorten sales cycles and grow referrals.',
    metrics: [M.sales_marketing_spend, M.new_customers],
    formula: CAC,
    unit: UNITS.money2,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Marketing and sales leads',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'A quarter’s CAC is the quarter’s spend over its new customers, not the mean of monthly CACs.',
      'Cheap customers who leave fast are no bargain: read CAC with lifetime value.',
    ],
    guardrails: ['customer_lifetime_value', 'ltv_to_cac_ratio'],
    targetBasis: 'benchmark',
    targetNote: 'A third of the customer lifetime value or less (LTV:CAC of 3 or more).',
  },
  {
    key: 'customer_lifetime_value',
    name: 'Customer lifetime value',
    aliases: ['LTV', 'CLV', 'CLTV'],
    objective: 'Raise the total revenue a customer brings over the whole relationship.',
    whyItMatters:
      'It says how much it is worth spending to win and keep a customer, and which customers ' +
      'to focus on.',
    howToInfluence:
      'Raise order value with bundles and upsell, bring customers back more often, and keep ' +
      'them longer through service and loyalty.',
    metrics: [M.revenue, M.orders, M.purchase_frequency, M.customer_lifespan_years],
    formula: LTV,
    unit: UNITS.money2,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['quarter', 'quarter'],
    owner: 'Sales and finance',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'Average purchase value (revenue ÷ orders) × purchases per year × years as a customer; ' +
        'frequency and lifespan are estimates, so the result is only as good as they are.',
      'Uses revenue; multiply by the gross margin for a profit-based lifetime value.',
    ],
    guardrails: ['customer_acquisition_cost'],
    leadingIndicators: ['customer_churn_rate', 'average_order_value'],
    targetBasis: 'past_performance',
    targetNote: 'The current value plus the planned gains in order value, frequency and lifespan.',
  },
  {
    key: 'ltv_to_cac_ratio',
    name: 'LTV : CAC ratio',
    aliases: ['LTV:CAC', 'LTV/CAC', 'Lifetime value to acquisition cost'],
    objective: 'Keep what a customer is worth well above what it costs to win them.',
    whyItMatters:
      'It condenses unit economics into one number: below 1 every sale loses money, around 3 ' +
      'growth pays for itself.',
    howToInfluence: 'Raise lifetime value (order value, frequency, retention) and lower CAC.',
    metrics: [
      M.revenue,
      M.orders,
      M.purchase_frequency,
      M.customer_lifespan_years,
      M.sales_marketing_spend,
      M.new_customers,
    ],
    formula: `(${LTV}) / (${CAC})`,
    unit: UNITS.ratio,
    unitLabel: ': 1',
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['quarter', 'quarter'],
    owner: 'Executive team',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'A formula over formulas, written out over the base metrics of LTV and CAC so each is ' +
        'aggregated by its own kind before dividing.',
      'Far above 5 can mean the business under-invests in growth.',
    ],
    guardrails: ['new_customers'],
    targetBasis: 'benchmark',
    targetNote: 'About 3 : 1 is the usual benchmark for a healthy business.',
  },
  {
    key: 'customer_churn_rate',
    name: 'Customer churn rate',
    aliases: ['Churn', 'Attrition rate', 'Logo churn'],
    objective: 'Lose as few customers as possible.',
    whyItMatters:
      'Every lost customer takes future revenue with them and must be replaced at full ' +
      'acquisition cost; small monthly churn compounds into a large yearly loss.',
    howToInfluence:
      'Onboard customers well, watch usage for early warning signs, act on complaints, and ' +
      'reach out before renewals.',
    metrics: [M.customers_lost, M.customers_at_start],
    formula: 'customers_lost / customers_at_start * 100',
    unit: UNITS.percent,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Customer success lead',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'The denominator is a stock at the period’s start (first), not a sum: a quarter’s churn ' +
        'is the quarter’s losses over the customers it opened with, not the sum or the mean of ' +
        'monthly rates.',
      'Customers won and lost within the same period push the rate up; some teams exclude them.',
    ],
    guardrails: ['net_revenue_retention', 'gross_profit_margin'],
    leadingIndicators: ['net_promoter_score', 'customer_satisfaction_score'],
    targetBasis: 'past_performance',
    targetNote: 'Below the last year’s average; industry churn rates as a check.',
  },
  {
    key: 'customer_retention_rate',
    name: 'Customer retention rate',
    aliases: ['CRR', 'Retention'],
    objective: 'Keep the customers the period started with.',
    whyItMatters:
      'Keeping a customer is far cheaper than winning one, and loyal customers buy more and ' +
      'recommend the business.',
    howToInfluence:
      'Deliver the promised value, resolve issues fast, reward loyalty, and talk to customers ' +
      'before they decide to leave.',
    metrics: [M.customers_at_end, M.new_customers, M.customers_at_start],
    formula: '(customers_at_end - new_customers) / customers_at_start * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'Customer success lead',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'Closing customers (last) minus new ones (sum) over opening customers (first); new ' +
        'customers who leave within the period count against retention.',
    ],
    guardrails: ['gross_profit_margin'],
    leadingIndicators: ['net_promoter_score'],
    targetBasis: 'past_performance',
    targetNote: 'Last year’s rate plus the improvement the retention work aims for.',
  },
  {
    key: 'average_order_value',
    name: 'Average order value',
    aliases: ['AOV', 'Average basket', 'Average transaction value'],
    objective: 'Raise how much customers spend per order.',
    whyItMatters:
      'A higher order value grows revenue without more traffic or customers, and spreads the ' +
      'fixed cost of each order.',
    howToInfluence:
      'Offer bundles, relevant add-ons and free-shipping thresholds, and recommend ' +
      'complementary products.',
    metrics: [M.revenue, M.orders],
    formula: 'revenue / orders',
    unit: UNITS.money2,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Sales or e-commerce lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['The period’s revenue over its orders; never the mean of daily averages.'],
    guardrails: ['conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The same period last year plus the expected effect of planned offers.',
  },
  {
    key: 'revenue_per_customer',
    name: 'Revenue per customer',
    aliases: ['ARPC', 'ARPU', 'Average revenue per customer'],
    objective: 'Earn more from each active customer.',
    whyItMatters:
      'It shows whether growth comes from more customers or from more value per customer, ' +
      'and guides pricing and account management.',
    howToInfluence: 'Upsell and cross-sell, revise pricing tiers, and focus on valuable segments.',
    metrics: [M.revenue, M.active_customers],
    formula: 'revenue / active_customers',
    unit: UNITS.money2,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'Sales lead',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'Active customers here is the mean of a daily count (average), which rolls up to any ' +
        'period; a distinct count of customers from the source is an alternative, but then the ' +
        'metric can only be read at the grain the source computed.',
    ],
    guardrails: ['customer_churn_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Last year’s value plus planned price and upsell effects.',
  },
  {
    key: 'new_customers',
    name: 'Number of new customers',
    aliases: ['New logos', 'Customer acquisition'],
    objective: 'Win the number of new customers the growth plan needs.',
    whyItMatters: 'New customers are the intake of future revenue and offset the ones who leave.',
    howToInfluence:
      'Generate more qualified leads, convert more of them, and make the first purchase easy.',
    metrics: [M.new_customers],
    formula: 'new_customers',
    unit: UNITS.count,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Sales lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    guardrails: ['customer_acquisition_cost', 'customer_churn_rate'],
    leadingIndicators: ['marketing_qualified_leads', 'lead_conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The sales plan, phased by last year’s seasonal shape.',
  },
]);
