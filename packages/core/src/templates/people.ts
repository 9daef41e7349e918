import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** People (HR): staffing, hiring, engagement and development. */
export const PEOPLE_TEMPLATES = defineTemplates('people', [
  {
    key: 'employee_turnover_rate',
    name: 'Employee turnover rate',
    aliases: ['Staff turnover', 'Attrition'],
    objective: 'Keep the people the organisation needs.',
    whyItMatters:
      'Each departure costs recruiting, onboarding and lost know-how, and high turnover ' +
      'strains the people who stay.',
    howToInfluence:
      'Listen in exit and stay interviews, develop managers, offer growth paths, and pay fairly.',
    metrics: [M.leavers, M.average_headcount],
    formula: 'leavers / average_headcount * 100',
    unit: UNITS.percent,
    direction: 'lower_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'quarter'],
    owner: 'HR lead',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'Leavers of the period (sum) over the mean daily headcount (average). A month shows a ' +
        'twelfth of the yearly rate or so: compare like with like.',
    ],
    guardrails: ['employee_engagement_index'],
    leadingIndicators: ['employee_engagement_index', 'employee_net_promoter_score'],
    targetBasis: 'benchmark',
    targetNote: 'Turnover in the industry and region, then the own trend.',
  },
  {
    key: 'employee_retention_rate',
    name: 'Employee retention rate',
    aliases: ['Staff retention'],
    objective: 'Keep the employees the period started with.',
    whyItMatters:
      'Retention shows how stable the team is, and stable teams keep knowledge, relationships ' +
      'and pace.',
    howToInfluence:
      'Onboard well, give regular feedback and development, and act on engagement results.',
    metrics: [M.headcount, M.hires, M.employees_at_start],
    formula: '(headcount - hires) / employees_at_start * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['quarter', 'year'],
    owner: 'HR lead',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'Closing headcount (last) minus hires (sum) over opening headcount (first): new hires who ' +
        'leave within the period count against it. For the exact share of the opening staff ' +
        'still employed, let the HR system compute that count per period.',
    ],
    guardrails: ['employee_engagement_index'],
    targetBasis: 'past_performance',
    targetNote: 'Last year’s rate, at least at the industry level.',
  },
  {
    key: 'headcount',
    name: 'Headcount',
    aliases: ['Employees', 'FTE'],
    objective: 'Staff the organisation as the plan foresees.',
    whyItMatters: 'People are the biggest cost and the main capacity of most organisations.',
    howToInfluence: 'Hire to the plan, redeploy people between teams, and plan departures ahead.',
    metrics: [M.headcount],
    formula: 'headcount',
    unit: UNITS.count,
    direction: 'within_band',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'HR lead',
    level: 'company',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'A stock: the value at the period’s end (last), never summed.',
      'Neither more nor fewer is better in itself: set a band around the hiring plan.',
    ],
    guardrails: ['cost_of_workforce'],
    targetBasis: 'other',
    targetNote: 'The approved staffing plan, with a small tolerance band.',
  },
  {
    key: 'time_to_hire',
    name: 'Time to hire',
    aliases: ['Time to fill', 'Hiring time'],
    objective: 'Fill open roles quickly without lowering the bar.',
    whyItMatters:
      'Open roles leave work undone, and the best candidates accept other offers while a ' +
      'process drags on.',
    howToInfluence:
      'Keep a warm candidate pipeline, schedule interviews quickly, and decide soon after the ' +
      'last interview.',
    metrics: [M.time_to_hire_days],
    formula: 'time_to_hire_days',
    unit: UNITS.number,
    unitLabel: 'days',
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'HR or recruiting lead',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: ['Averaged over the offers accepted in the period, weighted by hire.'],
    guardrails: ['quality_of_hire'],
    targetBasis: 'benchmark',
    targetNote: 'Hiring times for similar roles in the market, then the own average.',
  },
  {
    key: 'employee_engagement_index',
    name: 'Employee engagement index',
    aliases: ['Employee satisfaction', 'Engagement score'],
    objective: 'Build a workplace where people are committed and motivated.',
    whyItMatters:
      'Engaged teams deliver better service and quality and stay longer; engagement moves ' +
      'before turnover does.',
    howToInfluence:
      'Act visibly on survey feedback, recognise good work, and give people autonomy and ' +
      'growth.',
    metrics: [M.engagement_score],
    formula: 'engagement_score',
    unit: UNITS.score,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'HR lead',
    level: 'company',
    typeTags: tags('strategic', 'leading', 'qualitative'),
    notes: ['The mean over all answers of the period, not the mean of team means.'],
    guardrails: ['employee_turnover_rate'],
    targetBasis: 'benchmark',
    targetNote: 'The survey provider’s benchmark, then the last survey’s score.',
  },
  {
    key: 'employee_net_promoter_score',
    name: 'Employee net promoter score',
    aliases: ['eNPS'],
    objective: 'Have employees who would recommend the organisation as an employer.',
    whyItMatters:
      'A single question tracks loyalty often and cheaply, and predicts referrals and departures.',
    howToInfluence: 'The same levers as engagement; follow up with the comments of detractors.',
    metrics: [M.employee_promoters, M.employee_detractors, M.employee_survey_responses],
    formula: '(employee_promoters - employee_detractors) / employee_survey_responses * 100',
    unit: UNITS.nps,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'HR lead',
    level: 'company',
    typeTags: tags('strategic', 'leading', 'qualitative'),
    notes: ['From summed promoters, detractors and answers, never the mean of team scores.'],
    guardrails: ['employee_turnover_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Above 0, and above the last survey.',
  },
  {
    key: 'training_completion_rate',
    name: 'Training completion rate',
    aliases: ['Training completion', 'Learning completion'],
    objective: 'Make sure people complete the training assigned to them.',
    whyItMatters:
      'Mandatory and development training only work when they are done; gaps are compliance ' +
      'and skill risks.',
    howToInfluence:
      'Plan time for learning, keep modules short, remind early, and make managers accountable.',
    metrics: [M.trainings_completed, M.trainings_assigned],
    formula: 'trainings_completed / trainings_assigned * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'HR lead',
    level: 'department',
    typeTags: tags('operational', 'leading'),
    notes: ['Completion is not learning: check the effect on the skills it targets.'],
    guardrails: ['employee_engagement_index'],
    targetBasis: 'other',
    targetNote: 'Compliance training: 100 % by the due date; development: an agreed share.',
  },
  {
    key: 'cost_of_workforce',
    name: 'Cost of workforce',
    aliases: ['Workforce cost ratio', 'Personnel cost share'],
    objective: 'Keep people costs in a sustainable proportion of total cost.',
    whyItMatters:
      'It shows how much of the cost base goes to people and how that changes as the ' +
      'organisation grows.',
    howToInfluence:
      'Plan headcount against demand, balance employees and contractors, and automate ' +
      'routine work.',
    metrics: [M.workforce_cost, M.total_cost],
    formula: 'workforce_cost / total_cost * 100',
    unit: UNITS.percent,
    direction: 'within_band',
    reviewCadence: 'quarter',
    reviewRange: ['month', 'year'],
    owner: 'HR lead',
    level: 'company',
    typeTags: tags('strategic', 'lagging'),
    notes: [
      'Which way is good depends on the business model: set a band around the planned share.',
    ],
    guardrails: ['employee_turnover_rate'],
    targetBasis: 'benchmark',
    targetNote: 'The share usual in the industry, within the budget.',
  },
  {
    key: 'quality_of_hire',
    name: 'Quality of hire',
    aliases: ['Hiring quality'],
    objective: 'Hire people who perform well in their role.',
    whyItMatters:
      'Speed and cost of hiring mean little if new hires do not work out; quality shows whether ' +
      'recruiting picks the right people.',
    howToInfluence:
      'Define roles clearly, use structured interviews and work samples, and onboard well.',
    metrics: [M.hires_rated_strong, M.hires_reviewed],
    formula: 'hires_rated_strong / hires_reviewed * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'quarter',
    reviewRange: ['quarter', 'year'],
    owner: 'HR lead',
    level: 'department',
    typeTags: tags('strategic', 'lagging', 'qualitative'),
    notes: ['Known only months after the hire: it lags the hiring it judges.'],
    guardrails: ['time_to_hire'],
    targetBasis: 'past_performance',
    targetNote: 'The share of past hiring cohorts, improving year on year.',
  },
]);
