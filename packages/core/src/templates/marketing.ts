import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Marketing: spend, leads and campaign response. */
export const MARKETING_TEMPLATES = defineTemplates('marketing', [
  {
    key: 'return_on_marketing_investment',
    name: 'Return on marketing investment',
    aliases: ['ROMI', 'Marketing ROI'],
    objective: 'Earn more from marketing than it costs.',
    whyItMatters:
      'It justifies the marketing budget in the language of the business and shows which ' +
      'campaigns and channels deserve more of it.',
    howToInfluence:
      'Move budget to the campaigns with the best return, stop the weakest, and improve ' +
      'targeting and conversion.',
    metrics: [M.marketing_attributed_revenue, M.marketing_spend],
    formula: '(marketing_attributed_revenue - marketing_spend) / marketing_spend * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'quarter'],
    owner: 'Marketing managers',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'Depends on the attribution model; keep the model fixed when comparing periods.',
      'Brand campaigns pay back slowly and look weak over short periods.',
    ],
    guardrails: ['marketing_qualified_leads'],
    targetBasis: 'past_performance',
    targetNote: 'Past campaigns’ return; at minimum above 0 % (the spend comes back).',
  },
  {
    key: 'click_through_rate',
    name: 'Click-through rate',
    aliases: ['CTR'],
    objective: 'Make ads and links that the audience wants to click.',
    whyItMatters:
      'It shows whether the message and the audience match, and a higher rate often lowers the ' +
      'cost of each click.',
    howToInfluence:
      'Test headlines, images and calls to action, tighten targeting, and refresh tired creatives.',
    metrics: [M.clicks, M.impressions],
    formula: 'clicks / impressions * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Marketing or web team',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['The period’s clicks over its impressions, not the mean of daily rates.'],
    guardrails: ['conversion_rate', 'bounce_rate'],
    targetBasis: 'benchmark',
    targetNote: 'Channel benchmarks (search, display and social differ a lot), then own history.',
  },
  {
    key: 'conversion_rate',
    name: 'Conversion rate',
    aliases: ['CVR', 'Website conversion rate'],
    objective: 'Turn more visitors into customers or sign-ups.',
    whyItMatters:
      'Better conversion grows results from the traffic already paid for, which makes every ' +
      'other marketing channel cheaper.',
    howToInfluence:
      'Simplify forms and checkout, make the offer clear, speed up pages, and test changes ' +
      'with A/B experiments.',
    metrics: [M.conversions, M.visitors],
    formula: 'conversions / visitors * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Marketing or web team',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    guardrails: ['average_order_value'],
    targetBasis: 'benchmark',
    targetNote:
      'Industry conversion rates for the sector, then last quarter plus a test-driven gain.',
  },
  {
    key: 'cost_per_lead',
    name: 'Cost per lead',
    aliases: ['CPL'],
    objective: 'Generate leads at a cost that fits the value of a customer.',
    whyItMatters:
      'It shows how efficiently marketing fills the funnel and lets channels be compared on ' +
      'one scale.',
    howToInfluence:
      'Focus on the cheapest channels that bring good leads, improve landing pages, and reuse ' +
      'content that works.',
    metrics: [M.marketing_spend, M.leads],
    formula: 'marketing_spend / leads',
    unit: UNITS.money2,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'month'],
    owner: 'Marketing managers',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['Cheap leads that never buy are expensive: read it beside lead conversion.'],
    guardrails: ['lead_conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Recent cost per lead by channel, capped by what a customer is worth.',
  },
  {
    key: 'marketing_qualified_leads',
    name: 'Marketing qualified leads',
    aliases: ['MQL', 'MQLs'],
    objective: 'Hand sales a steady flow of leads that fit the target customer.',
    whyItMatters:
      'Qualified leads today become pipeline and revenue in the coming months: it is one of ' +
      'the earliest signs of future sales.',
    howToInfluence:
      'Create content for the target audience, run campaigns in the right channels, and score ' +
      'leads consistently.',
    metrics: [M.mqls],
    formula: 'mqls',
    unit: UNITS.count,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'week'],
    owner: 'Marketing lead',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Only as good as the qualification criteria; agree them with sales and keep them stable.',
    ],
    guardrails: ['lead_conversion_rate', 'cost_per_lead'],
    targetBasis: 'past_performance',
    targetNote: 'Worked back from the revenue plan through the conversion rates of each stage.',
  },
  {
    key: 'email_click_through_rate',
    name: 'Email click-through rate',
    aliases: ['Email CTR'],
    objective: 'Send emails that recipients act on.',
    whyItMatters:
      'Clicks show that the email reached the right people with something they wanted; open ' +
      'rates are unreliable since mail apps load images automatically.',
    howToInfluence:
      'Segment the list, personalise content, use one clear call to action, and clean out ' +
      'inactive addresses.',
    metrics: [M.email_clicks, M.emails_delivered],
    formula: 'email_clicks / emails_delivered * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['day', 'month'],
    owner: 'Marketing team',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['Use delivered emails, not sent ones, as the denominator.'],
    guardrails: ['conversion_rate'],
    targetBasis: 'benchmark',
    targetNote: 'Email benchmarks for the industry, then the average of recent campaigns.',
  },
]);
