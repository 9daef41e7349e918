import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Finance: income, margins, cash and returns. */
export const FINANCE_TEMPLATES = defineTemplates('finance', [
  {
    key: 'revenue',
    name: 'Revenue',
    aliases: ['Sales revenue', 'Turnover', 'Top line'],
    objective: 'Grow the income the business earns from what it sells.',
    whyItMatters:
      'Every other financial result starts here: revenue funds the costs, the investments and the profit.',
    howToInfluence:
      'Win more customers, sell more to existing ones, adjust prices and packaging, and reduce ' +
      'discounts and returns.',
    metrics: [M.revenue],
    formula: 'revenue',
    unit: UNITS.money,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['day', 'quarter'],
    owner: 'Sales or finance lead',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'A flow: a quarter is the sum of its months. Watch margin too — revenue bought with discounts is thin.',
    ],
    guardrails: ['gross_profit_margin'],
    leadingIndicators: ['sales_pipeline_value', 'marketing_qualified_leads'],
    targetBasis: 'past_performance',
    targetNote:
      'Same period last year plus the planned growth, phased by last year’s seasonal shape.',
  },
  {
    key: 'revenue_growth_rate',
    name: 'Revenue growth rate',
    aliases: ['Revenue growth', 'Top-line growth'],
    objective: 'Keep revenue growing at the pace the plan needs.',
    whyItMatters:
      'Growth shows whether the business is gaining ground or standing still, and it is what ' +
      'investors and boards ask about first.',
    howToInfluence:
      'Expand into new segments and regions, launch products, raise retention and expansion ' +
      'revenue, and price for value.',
    metrics: [M.revenue],
    formula: '(revenue - prev(revenue)) / prev(revenue) * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'CFO',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'prev() compares with the period just before at the same grain (month over month at the ' +
        'month grain, year over year at the year grain); seasonal businesses should read it at ' +
        'the year grain or beside the last-year comparison.',
      'No value for the first period with data, or when the previous period had no revenue.',
    ],
    guardrails: ['gross_profit_margin', 'customer_churn_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The growth of recent years, adjusted for the plan; peers’ growth as a check.',
  },
  {
    key: 'gross_profit_margin',
    name: 'Gross profit margin',
    aliases: ['Gross margin', 'GPM'],
    objective: 'Keep a healthy share of each sale after the direct cost of delivering it.',
    whyItMatters:
      'Gross margin pays for everything else — sales, development, overhead — so a falling ' +
      'margin squeezes the whole business even while revenue grows.',
    howToInfluence:
      'Raise prices, negotiate supplier costs, cut waste and rework in production, and shift ' +
      'the mix towards higher-margin products.',
    metrics: [M.revenue, M.cogs],
    formula: '(revenue - cogs) / revenue * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Finance',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['Computed from the period’s totals, never as the mean of daily or monthly margins.'],
    guardrails: ['revenue'],
    targetBasis: 'benchmark',
    targetNote:
      'Industry margins for the business model, then the own trend once there is history.',
  },
  {
    key: 'net_profit_margin',
    name: 'Net profit margin',
    aliases: ['Net margin', 'Profit margin'],
    objective: 'Turn a sound share of revenue into profit after all costs.',
    whyItMatters:
      'It is the bottom line in relative terms: how much of each unit of revenue the owners ' +
      'keep, comparable across periods and sizes.',
    howToInfluence:
      'Improve gross margin, keep operating expenses growing slower than revenue, manage ' +
      'financing costs and taxes.',
    metrics: [M.net_income, M.revenue],
    formula: 'net_income / revenue * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'quarter'],
    owner: 'CFO',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['Negative in loss-making periods; one-off items can swing a single month.'],
    guardrails: ['revenue_growth_rate'],
    targetBasis: 'benchmark',
    targetNote: 'Peer margins in the same industry, and the own multi-year trend.',
  },
  {
    key: 'operating_cash_flow',
    name: 'Operating cash flow',
    aliases: ['OCF', 'Cash from operations'],
    objective: 'Generate cash from day-to-day operations.',
    whyItMatters:
      'Profit is an opinion shaped by accounting choices; cash is what pays salaries and ' +
      'suppliers. A profitable business without cash can still fail.',
    howToInfluence:
      'Collect receivables faster, manage inventory and payment terms, and improve profitability.',
    metrics: [M.operating_cash_flow],
    formula: 'operating_cash_flow',
    unit: UNITS.money,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Finance',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    guardrails: ['net_profit_margin'],
    targetBasis: 'past_performance',
    targetNote: 'The budgeted cash plan, based on last year’s flows and planned investments.',
  },
  {
    key: 'ebitda',
    name: 'EBITDA',
    aliases: ['Earnings before interest, taxes, depreciation and amortisation'],
    objective: 'Grow the earnings of the operations before financing and accounting effects.',
    whyItMatters:
      'EBITDA compares operating performance across companies and periods regardless of debt, ' +
      'tax and depreciation policy, and is often the basis of valuations and loan terms.',
    howToInfluence: 'Grow revenue and gross margin, and keep operating expenses in check.',
    metrics: [M.net_income, M.interest_expense, M.income_taxes, M.depreciation, M.amortization],
    formula: 'net_income + interest_expense + income_taxes + depreciation + amortization',
    unit: UNITS.money,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'CFO',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['EBITDA ignores investment needs and working capital; read it beside cash flow.'],
    guardrails: ['operating_cash_flow'],
    targetBasis: 'past_performance',
    targetNote: 'The budget, built from last year’s EBITDA and the planned changes.',
  },
  {
    key: 'efficiency_ratio',
    name: 'Efficiency ratio',
    aliases: ['Cost-income ratio', 'Cost to income'],
    objective: 'Spend less to earn each unit of revenue.',
    whyItMatters:
      'It shows how much of the revenue the organisation consumes to run itself; banks and ' +
      'service firms watch it closely because it drives profitability directly.',
    howToInfluence:
      'Automate routine work, consolidate tools and suppliers, and grow revenue faster than the ' +
      'cost base.',
    metrics: [M.operating_expenses, M.revenue],
    formula: 'operating_expenses / revenue * 100',
    unit: UNITS.percent,
    direction: 'lower_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'quarter'],
    owner: 'Finance',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['In banking, operating expenses are the non-interest expenses.'],
    guardrails: ['revenue_growth_rate'],
    targetBasis: 'competitor',
    targetNote: 'What comparable organisations report, and the own trend.',
  },
  {
    key: 'operating_expense_ratio',
    name: 'Operating expense ratio',
    aliases: ['OpEx ratio', 'OER'],
    objective: 'Keep operating costs in proportion to revenue.',
    whyItMatters:
      'A rising ratio warns early that the cost base is growing faster than the business it ' +
      'serves.',
    howToInfluence:
      'Review recurring spend, tie budgets to revenue growth, and remove work that adds no value.',
    metrics: [M.operating_expenses, M.revenue],
    formula: 'operating_expenses / revenue * 100',
    unit: UNITS.percent,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Finance',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    guardrails: ['revenue_growth_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Last year’s ratio minus the planned efficiency gain.',
  },
  {
    key: 'return_on_investment',
    name: 'Return on investment',
    aliases: ['ROI'],
    objective: 'Make sure investments earn more than they cost.',
    whyItMatters:
      'It lets very different investments be compared on one scale and shows which deserve ' +
      'more money and which should stop.',
    howToInfluence:
      'Choose investments by expected return, stop those that miss their case, and cut the cost ' +
      'of delivering them.',
    metrics: [M.investment_gain, M.investment_cost],
    formula: '(investment_gain - investment_cost) / investment_cost * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['quarter', 'year'],
    owner: 'Executive team',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: ['Returns often arrive later than costs: read it over a long enough period.'],
    guardrails: ['operating_cash_flow'],
    targetBasis: 'other',
    targetNote: 'At least the cost of capital, or the return promised in the business case.',
  },
  {
    key: 'days_sales_outstanding',
    name: 'Days sales outstanding',
    aliases: ['DSO', 'Debtor days', 'Collection period'],
    objective: 'Get paid for invoiced sales quickly.',
    whyItMatters:
      'Every day a receivable stays open is cash the business lends its customers for free; a ' +
      'rising DSO drains liquidity and hints at collection or credit problems.',
    howToInfluence:
      'Invoice promptly and correctly, set and enforce payment terms, offer easy payment ' +
      'methods, and follow up overdue invoices early.',
    metrics: [M.accounts_receivable, M.revenue, M.days_in_period],
    formula: 'accounts_receivable / revenue * days_in_period',
    unit: UNITS.number,
    unitLabel: 'days',
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Finance',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'Formulas have no days() function, so the period’s length comes from the metric ' +
        'days_in_period (1 per day, summed); keep it filled for every day, or the result is short.',
      'Receivables are the balance at the period’s end (last), revenue the period’s total (sum).',
    ],
    guardrails: ['revenue'],
    targetBasis: 'benchmark',
    targetNote: 'The payment terms offered (e.g. 30 days) plus a small allowance.',
  },
]);
