import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** Projects: delivery against schedule, budget and scope. */
export const PROJECT_TEMPLATES = defineTemplates('projects_it', [
  {
    key: 'on_time_completion_rate',
    name: 'On-time completion rate',
    aliases: ['On-time delivery', 'Schedule adherence'],
    objective: 'Deliver work by the dates promised.',
    whyItMatters:
      'Others plan around the dates a team commits to; missed dates ripple into every ' +
      'dependent plan and erode trust.',
    howToInfluence:
      'Estimate from past data, keep buffers for the unknown, limit parallel work, and raise ' +
      'risks to dates early.',
    metrics: [M.tasks_completed_on_time, M.tasks_completed],
    formula: 'tasks_completed_on_time / tasks_completed * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'month'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Moving due dates to match reality hides the problem: keep the original dates.'],
    guardrails: ['stakeholder_satisfaction'],
    targetBasis: 'past_performance',
    targetNote: 'The share of recent months, rising towards the agreed service level.',
  },
  {
    key: 'project_completion_rate',
    name: 'Project completion rate',
    aliases: ['Task completion rate'],
    objective: 'Complete the work planned for each period.',
    whyItMatters:
      'It shows whether the plan is realistic and whether the team can deliver what it commits to.',
    howToInfluence:
      'Plan with the team’s real capacity, cut scope early when needed, and remove blockers fast.',
    metrics: [M.tasks_completed, M.tasks_planned],
    formula: 'tasks_completed / tasks_planned * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'quarter'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Can exceed 100 % when work planned earlier is completed in the period.'],
    guardrails: ['on_time_completion_rate'],
    targetBasis: 'past_performance',
    targetNote: 'The team’s recent completion rates.',
  },
  {
    key: 'schedule_performance_index',
    name: 'Schedule performance index',
    aliases: ['SPI'],
    objective: 'Do the work at the pace the schedule planned.',
    whyItMatters:
      'Earned value shows schedule slippage in money terms early and objectively, before ' +
      'milestones are missed.',
    howToInfluence:
      'Resolve blockers on the critical path, add capacity where the plan is behind, and ' +
      're-plan realistically.',
    metrics: [M.earned_value, M.planned_value],
    formula: 'earned_value / planned_value',
    unit: UNITS.ratio,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'Both values are cumulative since the project started and recorded as stocks (last); ' +
        '1 means on plan, below 1 behind schedule.',
    ],
    guardrails: ['cost_performance_index'],
    targetBasis: 'benchmark',
    targetNote: '1.0 (on plan); at risk below about 0.9.',
  },
  {
    key: 'cost_performance_index',
    name: 'Cost performance index',
    aliases: ['CPI'],
    objective: 'Get the planned value of work for the money spent.',
    whyItMatters:
      'A CPI below 1 early in a project rarely recovers by itself; it predicts the final overrun.',
    howToInfluence:
      'Control scope, review spend against progress every period, and fix inefficient work ' +
      'early.',
    metrics: [M.earned_value, M.actual_cost],
    formula: 'earned_value / actual_cost',
    unit: UNITS.ratio,
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'month'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Cumulative values (last); 1 means on budget, below 1 over budget.'],
    guardrails: ['schedule_performance_index'],
    targetBasis: 'benchmark',
    targetNote: '1.0 (on budget); at risk below about 0.9.',
  },
  {
    key: 'scope_change_requests',
    name: 'Scope change requests',
    aliases: ['Change requests'],
    objective: 'Keep the project’s scope stable once agreed.',
    whyItMatters:
      'Frequent changes signal unclear requirements and push dates and budgets; each one ' +
      'reopens work already planned.',
    howToInfluence:
      'Clarify requirements with stakeholders early, prototype, and run a visible change process.',
    metrics: [M.change_requests],
    formula: 'change_requests',
    unit: UNITS.count,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'month'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['Some change is healthy learning; refusing every change only moves the problem.'],
    guardrails: ['stakeholder_satisfaction'],
    targetBasis: 'past_performance',
    targetNote: 'Fewer than in comparable past projects.',
  },
  {
    key: 'scope_change_budget_share',
    name: 'Budget share spent on scope changes',
    aliases: ['Change cost share'],
    objective: 'Limit how much of the budget goes to changing the scope.',
    whyItMatters:
      'It puts the cost of changes next to the budget, showing when changes eat the ' +
      'contingency.',
    howToInfluence:
      'Price every change before approving it, and bundle small changes into releases.',
    metrics: [M.scope_change_cost, M.project_budget],
    formula: 'scope_change_cost / project_budget * 100',
    unit: UNITS.percent,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Change cost of the period (sum) over the budget at the period’s end (last).'],
    guardrails: ['stakeholder_satisfaction'],
    targetBasis: 'other',
    targetNote: 'Within the contingency reserved for changes (often 5–10 % of the budget).',
  },
  {
    key: 'risk_exposure',
    name: 'Risk exposure',
    aliases: ['Expected loss from risks'],
    objective: 'Reduce the expected cost of the project’s open risks.',
    whyItMatters:
      'It turns the risk register into one number that can be compared with the contingency ' +
      'and followed over time.',
    howToInfluence:
      'Mitigate the largest probability × impact risks first, and close risks that no longer apply.',
    metrics: [M.risk_exposure],
    formula: 'risk_exposure',
    unit: UNITS.money,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['day', 'month'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: ['A stock recorded at the period’s end (last): never summed over days.'],
    guardrails: ['schedule_performance_index'],
    targetBasis: 'other',
    targetNote: 'Below the contingency reserve of the project.',
  },
  {
    key: 'stakeholder_satisfaction',
    name: 'Stakeholder satisfaction',
    aliases: ['Sponsor satisfaction'],
    objective: 'Keep the project’s stakeholders satisfied with how it delivers.',
    whyItMatters:
      'A project on time and budget can still fail if it does not deliver what stakeholders ' +
      'need; their view catches that early.',
    howToInfluence:
      'Involve stakeholders in reviews, report honestly, and act on their feedback visibly.',
    metrics: [M.stakeholder_satisfaction],
    formula: 'stakeholder_satisfaction',
    unit: UNITS.score,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'quarter'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'leading', 'qualitative'),
    notes: ['The mean over all answers of the period, weighted by answer.'],
    guardrails: ['cost_performance_index'],
    targetBasis: 'past_performance',
    targetNote: 'At least the level of past projects on the same scale.',
  },
  {
    key: 'team_productivity',
    name: 'Team productivity',
    aliases: ['Output per person'],
    objective: 'Deliver more for each person on the team.',
    whyItMatters: 'It shows whether added people and tools turn into added output.',
    howToInfluence:
      'Remove interruptions and waiting, automate repetitive work, and keep the team stable.',
    metrics: [M.team_output, M.team_members],
    formula: 'team_output / team_members',
    unit: UNITS.number,
    unitLabel: 'per person',
    direction: 'higher_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'week'],
    owner: 'Project manager',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: [
      'Output (sum) over the mean daily team size (average). Do not compare teams that count ' +
        'output differently.',
    ],
    guardrails: ['stakeholder_satisfaction'],
    targetBasis: 'past_performance',
    targetNote: 'The team’s own recent average.',
  },
]);
