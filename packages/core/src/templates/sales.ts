import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Sales and customers: the sales engine — growth, pipeline and conversion. */
export const SALES_TEMPLATES = defineTemplates('sales', [
  {
    key: 'sales_growth_rate',
    name: 'Sales growth rate',
    aliases: ['Sales growth'],
    objective: 'Grow the value of sales closed from period to period.',
    whyItMatters:
      'It tells the sales organisation whether its effort is building momentum, and shows ' +
      'early whether the revenue plan is within reach.',
    howToInfluence:
      'Grow the pipeline, improve win rates, open new segments, and expand existing accounts.',
    metrics: [M.sales],
    formula: '(sales - prev(sales)) / prev(sales) * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'year'],
    owner: 'Sales director',
    level: 'department',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'prev() reads the period just before at the same grain; compare at the year grain (or ' +
        'with last year) when sales are seasonal.',
    ],
    guardrails: ['gross_profit_margin', 'customer_churn_rate'],
    leadingIndicators: ['sales_pipeline_value'],
    targetBasis: 'past_performance',
    targetNote: 'Recent growth rates adjusted for the plan and the market’s growth.',
  },
  {
    key: 'sales_cycle_length',
    name: 'Average sales cycle length',
    aliases: ['Sales cycle', 'Time to close', 'Deal velocity'],
    objective: 'Close deals in fewer days.',
    whyItMatters:
      'Shorter cycles bring revenue in sooner, free sellers for new deals and make forecasts ' +
      'more reliable.',
    howToInfluence:
      'Qualify early, involve decision makers sooner, standardise proposals and contracts, and ' +
      'remove approval bottlenecks.',
    metrics: [M.sales_cycle_days],
    formula: 'sales_cycle_days',
    unit: UNITS.number,
    unitLabel: 'days',
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'quarter'],
    owner: 'Sales managers',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'An average over the deals won in the period, stored as total days and deal count so a ' +
        'quarter weights every deal equally.',
    ],
    guardrails: ['lead_conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The current median cycle minus the gain the process changes aim for.',
  },
  {
    key: 'sales_pipeline_value',
    name: 'Sales pipeline value',
    aliases: ['Pipeline', 'Open pipeline', 'Weighted pipeline'],
    objective: 'Keep enough open deals to meet the coming sales targets.',
    whyItMatters:
      'Today’s pipeline is next quarter’s revenue: a thin pipeline shows a shortfall months ' +
      'before it reaches the books.',
    howToInfluence:
      'Prospect steadily, work with marketing on lead flow, and clean out deals that are not ' +
      'real so the value can be trusted.',
    metrics: [M.open_pipeline_value],
    formula: 'open_pipeline_value',
    unit: UNITS.money,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Sales managers',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'A stock: the value at the period’s end (last), never summed over days.',
      'Weight deals by win probability for a forecast; unweighted value flatters a stale pipeline.',
    ],
    guardrails: ['lead_conversion_rate'],
    leadingIndicators: ['marketing_qualified_leads'],
    targetBasis: 'other',
    targetNote: 'Usually three to four times the next period’s sales target (pipeline coverage).',
  },
  {
    key: 'pipeline_velocity',
    name: 'Pipeline velocity',
    aliases: ['Sales velocity'],
    objective: 'Turn the pipeline into revenue faster.',
    whyItMatters:
      'It combines the four levers of the sales engine — deals, win rate, deal size and cycle ' +
      'length — into the revenue the pipeline produces per day.',
    howToInfluence: 'Add qualified opportunities, win more of them, sell bigger, close sooner.',
    metrics: [
      M.open_opportunities,
      M.deals_won,
      M.deals_closed,
      M.won_deal_value,
      M.sales_cycle_days,
    ],
    formula:
      'open_opportunities * (deals_won / deals_closed) * (won_deal_value / deals_won) / sales_cycle_days',
    unit: UNITS.money,
    unitLabel: 'per day',
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Sales managers',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Opportunities × win rate (won ÷ closed) × average deal size (value won ÷ deals won) ÷ ' +
        'cycle length in days; each part comes from the period’s totals.',
    ],
    guardrails: ['customer_churn_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The recent quarters’ velocity plus planned improvements to one lever at a time.',
  },
  {
    key: 'lead_conversion_rate',
    name: 'Lead conversion rate',
    aliases: ['Lead-to-customer rate', 'Win rate of leads'],
    objective: 'Turn more leads into paying customers.',
    whyItMatters:
      'It shows how well marketing and sales work together, and whether leads are worth the ' +
      'money spent on them.',
    howToInfluence:
      'Agree lead criteria with marketing, follow up quickly, nurture leads that are not ready, ' +
      'and learn from lost deals.',
    metrics: [M.leads_converted, M.leads],
    formula: 'leads_converted / leads * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Marketing or web lead',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Leads converted in a period may have arrived earlier; over short periods or long sales ' +
        'cycles the rate swings, so read it over months.',
    ],
    guardrails: ['average_order_value', 'customer_churn_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The rate of recent months; industry conversion benchmarks as a check.',
  },
  {
    key: 'market_share',
    name: 'Market share',
    aliases: ['Share of market'],
    objective: 'Win a larger share of the market’s sales than competitors.',
    whyItMatters:
      'Growth can just mean the market grew; market share shows whether the business is ' +
      'gaining on its competitors.',
    howToInfluence:
      'Differentiate the offer, enter segments competitors neglect, and compete on price where ' +
      'the margin allows.',
    metrics: [M.sales, M.market_sales],
    formula: 'sales / market_sales * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['quarter', 'year'],
    owner: 'Executive team',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['Market data often arrives late and revised; mark the source of each value.'],
    guardrails: ['gross_profit_margin'],
    targetBasis: 'competitor',
    targetNote: 'The shares of the leading competitors and the position the strategy aims for.',
  },
]);
