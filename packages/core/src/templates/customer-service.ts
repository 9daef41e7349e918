import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Customer service: satisfaction, speed and quality of support. */
export const CUSTOMER_SERVICE_TEMPLATES = defineTemplates('customer_service', [
  {
    key: 'customer_satisfaction_score',
    name: 'Customer satisfaction',
    aliases: ['CSAT'],
    objective: 'Leave customers satisfied after each interaction.',
    whyItMatters:
      'Satisfaction right after a contact is the most direct feedback support gets, and ' +
      'dissatisfied customers are the ones most likely to leave.',
    howToInfluence:
      'Resolve issues completely, set clear expectations, train agents on tone and empathy, ' +
      'and fix the causes behind frequent complaints.',
    metrics: [M.csat_satisfied, M.csat_responses],
    formula: 'csat_satisfied / csat_responses * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'quarter'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'leading', 'qualitative'),
    notes: [
      'The share of satisfied answers over the period’s answers, not a mean of daily shares.',
    ],
    guardrails: ['ticket_resolution_time'],
    targetBasis: 'benchmark',
    targetNote: 'Industry CSAT benchmarks (often 75–85 %), then the team’s own trend.',
  },
  {
    key: 'first_response_time',
    name: 'First response time',
    aliases: ['FRT', 'Time to first response'],
    objective: 'Answer customers quickly when they reach out.',
    whyItMatters:
      'A fast first reply reassures the customer that someone is on it, and slow replies are ' +
      'among the most common causes of frustration.',
    howToInfluence:
      'Staff for peak hours, route tickets to the right queue, use templates for common ' +
      'questions, and set up alerts for ageing tickets.',
    metrics: [M.first_response_time],
    formula: 'first_response_time',
    unit: UNITS.duration,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'An average stored as total seconds and ticket count. A median is fairer with outliers, ' +
        'but a median cannot be rolled up from daily medians: only the source can compute it ' +
        'for each period (a distinct-like metric).',
      'Easy to game with empty acknowledgements: pair it with first contact resolution.',
    ],
    guardrails: ['first_contact_resolution', 'customer_satisfaction_score'],
    targetBasis: 'other',
    targetNote: 'The service level promised to customers (e.g. within 4 business hours).',
  },
  {
    key: 'ticket_resolution_time',
    name: 'Ticket resolution time',
    aliases: ['Average resolution time', 'Time to resolution'],
    objective: 'Solve customers’ problems fast.',
    whyItMatters:
      'Customers judge support by how long their problem lasts, and long-open tickets pile up ' +
      'work for the team.',
    howToInfluence:
      'Give agents the knowledge and rights to solve issues themselves, escalate early, and ' +
      'remove recurring causes.',
    metrics: [M.resolution_time],
    formula: 'resolution_time',
    unit: UNITS.duration,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Averaged over tickets resolved in the period, weighted by ticket, not by day.'],
    guardrails: ['first_contact_resolution', 'customer_satisfaction_score'],
    targetBasis: 'past_performance',
    targetNote: 'Recent resolution times by ticket type, within the promised service levels.',
  },
  {
    key: 'first_contact_resolution',
    name: 'First contact resolution',
    aliases: ['FCR', 'One-touch resolution'],
    objective: 'Resolve issues in the first contact, without follow-ups.',
    whyItMatters:
      'Customers want their problem gone in one go; each extra contact costs the customer ' +
      'patience and the business money.',
    howToInfluence:
      'Train agents broadly, give them access to the right tools, and build a knowledge base ' +
      'from solved cases.',
    metrics: [M.tickets_resolved_first_contact, M.tickets_resolved],
    formula: 'tickets_resolved_first_contact / tickets_resolved * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    guardrails: ['first_response_time', 'average_handle_time'],
    targetBasis: 'benchmark',
    targetNote: 'Contact-centre benchmarks (often 70–80 %), then own history.',
  },
  {
    key: 'ticket_volume',
    name: 'Ticket volume',
    aliases: ['Tickets opened', 'Contact volume'],
    objective: 'Keep the demand on support at the level the business plans for.',
    whyItMatters:
      'Volume drives staffing, and an unexpected rise often signals a product or delivery ' +
      'problem before other numbers show it.',
    howToInfluence:
      'Fix the causes of frequent contacts, improve self-service and documentation, and ' +
      'communicate proactively about known issues.',
    metrics: [M.tickets_opened],
    formula: 'tickets_opened',
    unit: UNITS.count,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Which way is good depends on the goal: fewer tickets per customer is good, but a growing ' +
        'customer base brings more tickets. Consider a band target or tickets per customer.',
    ],
    guardrails: ['customer_satisfaction_score'],
    targetBasis: 'past_performance',
    targetNote: 'Last year’s volume scaled by the growth of the customer base.',
  },
  {
    key: 'calls_handled_per_hour',
    name: 'Calls handled per hour',
    aliases: ['Calls per hour', 'Agent productivity'],
    objective: 'Handle demand efficiently with the staff available.',
    whyItMatters:
      'It connects staffing and demand: it tells how many agents a given call volume needs.',
    howToInfluence:
      'Simplify processes and tools, reduce after-call work, and route calls to agents with ' +
      'the right skills.',
    metrics: [M.calls_handled, M.agent_hours],
    formula: 'calls_handled / agent_hours',
    unit: UNITS.number,
    unitLabel: 'per hour',
    direction: 'higher_is_better',
    reviewCadence: 'day',
    reviewRange: ['day', 'day'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['Pushing speed alone leads to rushed calls and repeat contacts.'],
    guardrails: ['first_contact_resolution', 'customer_satisfaction_score'],
    targetBasis: 'past_performance',
    targetNote: 'Recent rates by queue and call type.',
  },
  {
    key: 'average_handle_time',
    name: 'Average handle time',
    aliases: ['AHT'],
    objective: 'Handle each contact in the time it really needs.',
    whyItMatters:
      'Handle time decides how much capacity support has; unusually long or short times point ' +
      'to process or training gaps.',
    howToInfluence:
      'Improve tools and knowledge articles, automate after-call work, and coach on common ' +
      'call types.',
    metrics: [M.handle_time],
    formula: 'handle_time',
    unit: UNITS.duration,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'week'],
    owner: 'Support lead',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['Weighted by calls: total handle seconds over calls handled in the period.'],
    guardrails: ['first_contact_resolution'],
    targetBasis: 'past_performance',
    targetNote: 'Recent handle times per call type.',
  },
  {
    key: 'customer_complaints',
    name: 'Customer complaints',
    aliases: ['Complaints'],
    objective: 'Give customers fewer reasons to complain.',
    whyItMatters:
      'Each complaint stands for several unhappy customers who did not bother to complain, ' +
      'and the themes show what to fix.',
    howToInfluence:
      'Analyse complaints by cause, fix the biggest causes at their source, and respond ' +
      'quickly and fairly.',
    metrics: [M.complaints],
    formula: 'complaints',
    unit: UNITS.count,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Customer experience lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Make complaining easy: a low count from a hard-to-find channel is not a good sign.'],
    guardrails: ['customer_satisfaction_score'],
    targetBasis: 'past_performance',
    targetNote: 'Below last year’s count, relative to the number of customers or orders.',
  },
]);
