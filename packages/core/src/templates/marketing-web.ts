import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Marketing: web, social and customer loyalty. */
export const MARKETING_WEB_TEMPLATES = defineTemplates('marketing', [
  {
    key: 'average_time_on_page',
    name: 'Average time on page',
    aliases: ['Time on page', 'Dwell time'],
    objective: 'Hold visitors’ attention with content worth reading.',
    whyItMatters:
      'Time spent shows whether the content answers what visitors came for; very short visits ' +
      'signal a mismatch.',
    howToInfluence:
      'Write for the audience’s questions, structure pages for scanning, and link to related ' +
      'content.',
    metrics: [M.time_on_page],
    formula: 'time_on_page',
    unit: UNITS.duration,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Marketing or web team',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Stored as total seconds and page views, so a week is Σseconds ÷ Σviews, not the mean of ' +
        'daily averages.',
      'Longer is not always better: on a checkout or help page, less time can mean success.',
    ],
    guardrails: ['conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The site’s own recent average by page type.',
  },
  {
    key: 'bounce_rate',
    name: 'Bounce rate',
    objective: 'Keep visitors exploring beyond the first page.',
    whyItMatters:
      'A high bounce rate means visitors did not find what they expected, and paid traffic ' +
      'is wasted.',
    howToInfluence:
      'Match landing pages to the ads and links that lead to them, speed up loading, and offer ' +
      'a clear next step.',
    metrics: [M.single_page_sessions, M.sessions],
    formula: 'single_page_sessions / sessions * 100',
    unit: UNITS.percent,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Web team',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['Break it down by the source dimension: bounce rates differ widely between channels.'],
    guardrails: ['conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The recent rate by source and page type.',
  },
  {
    key: 'social_media_reach',
    name: 'Social media reach',
    aliases: ['Reach'],
    objective: 'Bring the brand’s posts in front of more of the target audience.',
    whyItMatters:
      'Reach is the top of the funnel on social channels: nobody engages with a post they ' +
      'never saw.',
    howToInfluence:
      'Post consistently at the right times, make content people share, and work with partners ' +
      'and creators.',
    metrics: [M.social_reach],
    formula: 'social_reach',
    unit: UNITS.count,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['day', 'month'],
    owner: 'Social media manager',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Recorded as the sum of each post’s reach, so a person who saw two posts counts twice. ' +
        'Unique reach across days is a distinct count that only the platform can compute for each ' +
        'period; it cannot be rolled up.',
    ],
    guardrails: ['conversion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Recent months’ reach plus the growth the content plan aims for.',
  },
  {
    key: 'website_traffic',
    name: 'Website traffic by source',
    aliases: ['Sessions', 'Visits', 'Traffic'],
    objective: 'Attract more of the right visitors through a healthy mix of channels.',
    whyItMatters:
      'Traffic is the raw material of online sales; its mix by source shows how dependent the ' +
      'business is on paid channels.',
    howToInfluence:
      'Invest in search visibility, content and email, and balance paid campaigns against ' +
      'organic channels.',
    metrics: [M.sessions],
    formula: 'sessions',
    unit: UNITS.count,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'month'],
    owner: 'Marketing team',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['A breakdown, not one number: read it by the source dimension.'],
    guardrails: ['bounce_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Last year’s traffic per source plus the planned channel growth.',
  },
  {
    key: 'net_promoter_score',
    name: 'Net promoter score',
    aliases: ['NPS'],
    objective: 'Earn customers who would recommend the business.',
    whyItMatters:
      'Willingness to recommend predicts loyalty and word-of-mouth growth, and the comments ' +
      'behind the scores show what to fix.',
    howToInfluence:
      'Close the loop with detractors, fix the top reasons for low scores, and make promoters’ ' +
      'favourite parts of the experience the norm.',
    metrics: [M.nps_promoters, M.nps_detractors, M.nps_responses],
    formula: '(nps_promoters - nps_detractors) / nps_responses * 100',
    unit: UNITS.nps,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'quarter'],
    owner: 'Marketing or customer experience lead',
    level: 'company',
    typeTags: tags('strategic', 'leading', 'qualitative'),
    notes: [
      'Computed from summed promoters, detractors and responses, never as the mean of daily or ' +
        'monthly scores: a day with few answers would weigh as much as a busy one.',
      'Small samples swing widely; show the number of responses beside the score.',
    ],
    guardrails: ['customer_churn_rate'],
    targetBasis: 'benchmark',
    targetNote:
      'Industry NPS benchmarks, then the own trend; above 0 means more fans than critics.',
  },
]);
