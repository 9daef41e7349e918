import { defineMetrics, UNITS } from './define';

const { currency, count, duration, number } = UNITS;

const counted = (name: string, description: string) =>
  ({ name, aggregation: 'sum', unit: count, description }) as const;

/** Base metrics of the marketing and customer service templates. */
export const MARKETING_SERVICE_METRICS = defineMetrics({
  marketing_spend: {
    name: 'Marketing spend',
    aggregation: 'sum',
    unit: currency,
    description:
      'Marketing cost of the period: media, content, tools, agencies and, where counted, the team’s cost.',
  },
  marketing_attributed_revenue: {
    name: 'Revenue attributed to marketing',
    aggregation: 'sum',
    unit: currency,
    description: 'Revenue the attribution model in use credits to marketing in the period.',
  },
  impressions: counted('Impressions', 'Times the ads or links were shown in the period.'),
  clicks: counted('Clicks', 'Clicks on those ads or links in the period.'),
  visitors: counted('Visitors', 'Visitors in the period who could have converted.'),
  conversions: counted(
    'Conversions',
    'Visitors who completed the goal action (purchase, sign-up, request) in the period.',
  ),
  mqls: counted(
    'Marketing qualified leads',
    'Leads that met the agreed qualification criteria in the period.',
  ),
  time_on_page: {
    name: 'Time on page',
    aggregation: 'average',
    unit: duration,
    description:
      'Time spent on pages, in seconds: the total seconds (sum) and the page views (count).',
  },
  sessions: {
    ...counted('Sessions', 'Website sessions started in the period, by traffic source.'),
    dimensions: ['source'],
  },
  single_page_sessions: {
    ...counted(
      'Single-page sessions',
      'Sessions that viewed one page and left, by traffic source.',
    ),
    dimensions: ['source'],
  },
  social_reach: counted(
    'Social media reach',
    'For each post published in the period, the unique people who saw it, added up over the posts.',
  ),
  emails_delivered: counted('Emails delivered', 'Emails of the campaigns that reached an inbox.'),
  email_clicks: counted(
    'Email clicks',
    'Recipients who clicked a link at least once, counted once per email.',
  ),
  nps_promoters: counted('NPS promoters', 'Survey answers of 9 or 10 received in the period.'),
  nps_detractors: counted('NPS detractors', 'Survey answers of 0 to 6 received in the period.'),
  nps_responses: counted('NPS responses', 'All answers to the recommend question in the period.'),
  csat_satisfied: counted(
    'Satisfied CSAT answers',
    'Satisfaction answers of 4 or 5 on a 5-point scale received in the period.',
  ),
  csat_responses: counted('CSAT answers', 'All satisfaction answers received in the period.'),
  first_response_time: {
    name: 'First response time',
    aggregation: 'average',
    unit: duration,
    description:
      'For each ticket first answered in the period, the seconds from opening to the first ' +
      'reply: the total seconds (sum) and the tickets (count).',
  },
  resolution_time: {
    name: 'Ticket resolution time',
    aggregation: 'average',
    unit: duration,
    description:
      'For each ticket resolved in the period, the seconds from opening to resolution: the ' +
      'total seconds (sum) and the tickets (count).',
  },
  tickets_resolved: counted('Tickets resolved', 'Tickets resolved in the period.'),
  tickets_resolved_first_contact: counted(
    'Tickets resolved at first contact',
    'Tickets resolved in the period without a follow-up contact or a transfer.',
  ),
  tickets_opened: counted('Tickets opened', 'Tickets opened in the period, from every channel.'),
  calls_handled: counted('Calls handled', 'Calls answered and handled by agents in the period.'),
  agent_hours: {
    name: 'Agent hours',
    aggregation: 'sum',
    unit: number,
    description: 'Hours agents were logged in and available to take calls in the period.',
  },
  handle_time: {
    name: 'Handle time',
    aggregation: 'average',
    unit: duration,
    description:
      'For each call handled, talk + hold + after-call work in seconds: the total seconds (sum) ' +
      'and the calls (count).',
  },
  complaints: counted('Complaints', 'Complaints received in the period, from every channel.'),
});
