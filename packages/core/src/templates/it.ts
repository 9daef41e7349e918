import { defineTemplates, tags, UNITS } from './define';
import { M } from './metrics';

/** IT and product: reliability, incidents and usage. */
export const IT_TEMPLATES = defineTemplates('projects_it', [
  {
    key: 'bug_resolution_time',
    name: 'Bug resolution time',
    aliases: ['Time to fix', 'Defect resolution time'],
    objective: 'Fix reported bugs quickly.',
    whyItMatters:
      'Open bugs frustrate users and generate support work; fast fixes keep quality visible.',
    howToInfluence:
      'Triage daily, reproduce bugs with automated tests, and keep the release pipeline fast.',
    metrics: [M.bug_resolution_time],
    formula: 'bug_resolution_time',
    unit: UNITS.duration,
    direction: 'lower_is_better',
    reviewCadence: 'week',
    reviewRange: ['week', 'week'],
    owner: 'Engineering lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Averaged over the bugs fixed in the period; read it by severity.'],
    guardrails: ['recurring_incidents'],
    targetBasis: 'other',
    targetNote: 'The fix times agreed per severity level.',
  },
  {
    key: 'system_uptime',
    name: 'System uptime',
    aliases: ['Availability', 'Uptime'],
    objective: 'Keep systems available when people need them.',
    whyItMatters: 'Downtime stops work and sales and breaks promises made in service agreements.',
    howToInfluence:
      'Remove single points of failure, monitor and alert early, and change systems in small, ' +
      'reversible steps.',
    metrics: [M.available_minutes, M.total_minutes],
    formula: 'available_minutes / total_minutes * 100',
    unit: { kind: 'percent', decimals: 2 },
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['day', 'month'],
    owner: 'IT operations lead',
    level: 'department',
    typeTags: tags('operational', 'lagging'),
    notes: ['Summed minutes over the period, not the mean of daily percentages.'],
    guardrails: ['mean_time_to_resolve'],
    targetBasis: 'other',
    targetNote: 'The availability promised in the service level agreement (e.g. 99.9 %).',
  },
  {
    key: 'mean_time_to_resolve',
    name: 'Mean time to resolve incidents',
    aliases: ['MTTR', 'Mean time to repair', 'Mean time to recovery'],
    objective: 'Restore service quickly when incidents happen.',
    whyItMatters:
      'Incidents cannot all be prevented; how fast they are resolved decides how much they hurt.',
    howToInfluence:
      'Keep runbooks and on-call clear, improve monitoring and diagnostics, and practise ' +
      'recovery.',
    metrics: [M.incident_resolution_time],
    formula: 'incident_resolution_time',
    unit: UNITS.duration,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'month'],
    owner: 'IT operations lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    notes: ['Averaged over the incidents resolved in the period, weighted by incident.'],
    guardrails: ['recurring_incidents'],
    targetBasis: 'past_performance',
    targetNote: 'Recent resolution times per severity, within the service levels.',
  },
  {
    key: 'recurring_incidents',
    name: 'Recurring incidents',
    aliases: ['Repeat incidents'],
    objective: 'Fix causes so that incidents do not come back.',
    whyItMatters:
      'A repeated incident means the cause was patched, not fixed; it costs the same twice.',
    howToInfluence:
      'Run blameless post-incident reviews, track their actions to the end, and fix root causes.',
    metrics: [M.recurring_incidents],
    formula: 'recurring_incidents',
    unit: UNITS.count,
    direction: 'lower_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'IT operations lead',
    level: 'team',
    typeTags: tags('operational', 'lagging'),
    guardrails: ['mean_time_to_resolve'],
    targetBasis: 'past_performance',
    targetNote: 'Fewer than in the previous quarter, towards none.',
  },
  {
    key: 'user_adoption_rate',
    name: 'User adoption rate',
    aliases: ['Feature adoption'],
    objective: 'Get active users to adopt the feature or system.',
    whyItMatters:
      'A feature that is not used delivers no value, however well it was built; adoption ' +
      'shows whether the investment pays off.',
    howToInfluence:
      'Make the feature easy to find, onboard users in context, and remove friction found in ' +
      'user research.',
    metrics: [M.feature_users, M.active_users],
    formula: 'feature_users / active_users * 100',
    unit: UNITS.percent,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['week', 'month'],
    owner: 'Product manager',
    level: 'team',
    typeTags: tags('operational', 'leading'),
    notes: [
      'Both counts are distinct users that the source computes for each period: they cannot ' +
        'be rolled up, so read the KPI at the grain the source delivers (e.g. month).',
    ],
    guardrails: ['monthly_active_users'],
    targetBasis: 'other',
    targetNote: 'The adoption the feature’s business case assumed.',
  },
  {
    key: 'monthly_active_users',
    name: 'Monthly active users',
    aliases: ['MAU', 'Active users'],
    objective: 'Grow the number of people who use the product each month.',
    whyItMatters:
      'Active use is the clearest sign that the product delivers value, and it leads revenue ' +
      'for usage-based businesses.',
    howToInfluence:
      'Improve onboarding, remind and re-engage inactive users, and build what active users ' +
      'ask for.',
    metrics: [M.active_users],
    formula: 'active_users',
    unit: UNITS.count,
    direction: 'higher_is_better',
    reviewCadence: 'month',
    reviewRange: ['month', 'month'],
    owner: 'Product manager',
    level: 'company',
    typeTags: tags('strategic', 'leading'),
    notes: [
      'A distinct count: a month’s active users is not the sum of daily actives (one person ' +
        'active every day would count 30 times). Store it at the month grain, computed by the ' +
        'source; it cannot be rolled up to quarters.',
    ],
    guardrails: ['user_adoption_rate', 'customer_churn_rate'],
    targetBasis: 'past_performance',
    targetNote: 'Recent monthly growth, extended by the plan.',
  },
]);
