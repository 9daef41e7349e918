import { defineMetrics, UNITS } from './define';

const { currency, count, duration, number, score } = UNITS;

const counted = (name: string, description: string) =>
  ({ name, aggregation: 'sum', unit: count, description }) as const;
const timed = (name: string, description: string) =>
  ({ name, aggregation: 'sum', unit: duration, description }) as const;

/** Base metrics of the operations and people templates. */
export const OPERATIONS_PEOPLE_METRICS = defineMetrics({
  planned_production_time: timed(
    'Planned production time',
    'Seconds the equipment was scheduled to produce: shift time minus planned stops.',
  ),
  run_time: timed(
    'Run time',
    'Seconds the equipment actually ran: planned production time minus unplanned stops.',
  ),
  ideal_run_time: timed(
    'Ideal run time of the output',
    'Ideal cycle time × units produced, in seconds: how long the output would take at rated ' +
      'speed. Added up over products, so a mix of products is weighted right.',
  ),
  total_units: counted('Units produced', 'Units produced in the period, good and bad.'),
  good_units: counted(
    'Good units',
    'Units produced right the first time, without rework or scrap.',
  ),
  actual_output: {
    name: 'Actual output',
    aggregation: 'sum',
    unit: number,
    description: 'Output produced in the period, in the unit capacity is planned in.',
  },
  potential_output: {
    name: 'Potential output',
    aggregation: 'sum',
    unit: number,
    description: 'Output the available capacity could have produced in the period, same unit.',
  },
  labour_hours: {
    name: 'Labour hours',
    aggregation: 'sum',
    unit: number,
    description: 'Hours worked in the period by the people producing the output.',
  },
  inventory_value: {
    name: 'Inventory value (daily mean)',
    aggregation: 'average',
    unit: currency,
    description:
      'Inventory at cost, recorded each day (the day’s value as sum, a count of 1), so a period’s ' +
      'value is the mean daily inventory.',
  },
  cycle_time: {
    name: 'Cycle time',
    aggregation: 'average',
    unit: duration,
    description:
      'For each item finished in the period, the seconds from start to done: the total seconds ' +
      '(sum) and the items (count).',
  },
  items_checked: counted('Items checked', 'Items finished and checked in the period.'),
  items_right_first_time: counted(
    'Items right first time',
    'Checked items that passed without rework, correction or scrap.',
  ),
  items_finished: counted('Items finished', 'Items (units, orders, work items) finished.'),
  leavers: counted('Leavers', 'Employees who left in the period, by their choice or not.'),
  average_headcount: {
    name: 'Headcount (daily mean)',
    aggregation: 'average',
    unit: count,
    description:
      'Employees on the payroll, recorded each day (the day’s headcount as sum, a count of 1), ' +
      'so a period’s value is the mean daily headcount.',
  },
  headcount: {
    name: 'Headcount',
    aggregation: 'last',
    unit: count,
    description: 'Employees on the payroll at the end of each period.',
  },
  employees_at_start: {
    name: 'Employees at start of period',
    aggregation: 'first',
    unit: count,
    description:
      'Employees on the payroll at the start of each period, before that period’s changes.',
  },
  hires: counted('Hires', 'Employees who joined in the period.'),
  time_to_hire_days: {
    name: 'Time to hire (days)',
    aggregation: 'average',
    unit: number,
    description:
      'For each offer accepted in the period, the days from application to acceptance: the ' +
      'total days (sum) and the hires (count).',
  },
  engagement_score: {
    name: 'Engagement survey score',
    aggregation: 'average',
    unit: score,
    description:
      'Answers to the engagement survey on its scale (e.g. 1–5): the total of the scores (sum) ' +
      'and the answers (count).',
  },
  employee_promoters: counted(
    'Employee promoters',
    'Employees answering 9 or 10 to "would you recommend working here?".',
  ),
  employee_detractors: counted(
    'Employee detractors',
    'Employees answering 0 to 6 to that question.',
  ),
  employee_survey_responses: counted('Employee survey answers', 'All answers to that question.'),
  trainings_assigned: counted('Trainings assigned', 'Trainings due in the period.'),
  trainings_completed: counted('Trainings completed', 'Of those, the trainings completed.'),
  workforce_cost: {
    name: 'Workforce cost',
    aggregation: 'sum',
    unit: currency,
    description: 'Salaries, benefits, payroll taxes and contractors of the period.',
  },
  total_cost: {
    name: 'Total cost',
    aggregation: 'sum',
    unit: currency,
    description: 'All operating cost of the period.',
  },
  hires_reviewed: counted(
    'New hires reviewed',
    'New hires who had their first performance review (e.g. after probation) in the period.',
  ),
  hires_rated_strong: counted(
    'New hires rated strong',
    'Of those, the hires rated as meeting or exceeding expectations.',
  ),
});
