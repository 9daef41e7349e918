import { defineMetrics, UNITS } from './define';

const { currency, count, duration, number, score } = UNITS;

const counted = (name: string, description: string) =>
  ({ name, aggregation: 'sum', unit: count, description }) as const;
const stock = (name: string, description: string) =>
  ({ name, aggregation: 'last', unit: currency, description }) as const;

/** Base metrics of the projects and IT templates. */
export const PROJECTS_IT_METRICS = defineMetrics({
  tasks_planned: counted('Tasks planned', 'Tasks planned to be completed in the period.'),
  tasks_completed: counted('Tasks completed', 'Tasks completed in the period.'),
  tasks_completed_on_time: counted(
    'Tasks completed on time',
    'Tasks completed in the period on or before their due date.',
  ),
  earned_value: stock(
    'Earned value (cumulative)',
    'Budgeted cost of the work actually done since the project started, at the end of each period.',
  ),
  planned_value: stock(
    'Planned value (cumulative)',
    'Budgeted cost of the work scheduled to be done by the end of each period, since the start.',
  ),
  actual_cost: stock(
    'Actual cost (cumulative)',
    'Cost actually incurred for the work done since the project started, at the end of each period.',
  ),
  change_requests: counted('Scope change requests', 'Change requests raised in the period.'),
  scope_change_cost: {
    name: 'Cost of scope changes',
    aggregation: 'sum',
    unit: currency,
    description: 'Cost of the scope changes approved in the period.',
  },
  project_budget: stock('Project budget', 'The approved budget at the end of each period.'),
  risk_exposure: stock(
    'Risk exposure',
    'Sum of probability × impact over the risks open at the end of each period.',
  ),
  stakeholder_satisfaction: {
    name: 'Stakeholder satisfaction',
    aggregation: 'average',
    unit: score,
    description:
      'Stakeholder survey answers on its scale (e.g. 1–5): the total of the scores (sum) and ' +
      'the answers (count).',
  },
  team_output: {
    name: 'Team output',
    aggregation: 'sum',
    unit: number,
    description: 'Work delivered in the period, in a unit the team agrees on (items, points).',
  },
  team_members: {
    name: 'Team members (daily mean)',
    aggregation: 'average',
    unit: count,
    description: 'People on the team, recorded each day (the day’s count as sum, a count of 1).',
  },
  bug_resolution_time: {
    name: 'Bug resolution time',
    aggregation: 'average',
    unit: duration,
    description:
      'For each bug fixed in the period, the seconds from report to fix: the total seconds (sum) ' +
      'and the bugs (count).',
  },
  available_minutes: {
    name: 'Available minutes',
    aggregation: 'sum',
    unit: number,
    description: 'Minutes the system was up and usable in the period.',
  },
  total_minutes: {
    name: 'Total minutes',
    aggregation: 'sum',
    unit: number,
    description: 'Minutes the system should have been usable (the whole period, or service hours).',
  },
  incident_resolution_time: {
    name: 'Incident resolution time',
    aggregation: 'average',
    unit: duration,
    description:
      'For each incident resolved in the period, the seconds from detection to resolution: the ' +
      'total seconds (sum) and the incidents (count).',
  },
  recurring_incidents: counted(
    'Recurring incidents',
    'Incidents in the period whose cause had already caused an earlier incident.',
  ),
  active_users: {
    name: 'Active users',
    aggregation: 'distinct',
    unit: count,
    description:
      'Unique users active in the period, counted by the source for each period asked (a user ' +
      'active on many days counts once).',
  },
  feature_users: {
    name: 'Feature users',
    aggregation: 'distinct',
    unit: count,
    description:
      'Unique users who used the feature in the period, counted by the source for each period.',
  },
});
