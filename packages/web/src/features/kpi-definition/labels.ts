import type {
  Direction,
  Grain,
  KpiLevel,
  KpiTypeTags,
  MetricUnit,
  TargetBasis,
} from '@vitals/core';

export const LEVEL_LABELS: Record<KpiLevel, string> = {
  company: 'Company',
  department: 'Department',
  team: 'Team',
  individual: 'Individual',
};

export const CADENCE_LABELS: Record<Grain, string> = {
  day: 'Daily',
  week: 'Weekly',
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};

export const DIRECTION_LABELS: Record<Direction, { label: string; description: string }> = {
  higher_is_better: {
    label: 'Higher is better',
    description: 'Revenue, conversion, satisfaction: on track at or above the target.',
  },
  lower_is_better: {
    label: 'Lower is better',
    description: 'Costs, churn, response time: on track at or below the target.',
  },
  within_band: {
    label: 'Within a band',
    description: 'Utilisation, stock levels: on track between a lower and an upper bound.',
  },
};

export const BASIS_LABELS: Record<TargetBasis, { label: string; description: string }> = {
  past_performance: {
    label: 'Past performance',
    description: 'Our own history, e.g. last year plus 10 %.',
  },
  competitor: { label: 'Competitors', description: 'What comparable companies achieve.' },
  benchmark: {
    label: 'Benchmark',
    description: 'An industry standard or a threshold decided in advance.',
  },
  other: { label: 'Other', description: 'Explain it in the note.' },
};

export const UNIT_KIND_LABELS: Record<MetricUnit['kind'], string> = {
  currency: 'Money',
  percent: 'Percentage',
  count: 'Count',
  duration: 'Duration (seconds)',
  ratio: 'Ratio (×)',
  number: 'Number',
  score: 'Score',
};

export const TAG_LABELS: {
  [K in keyof KpiTypeTags]: { legend: string; options: Record<KpiTypeTags[K], string> };
} = {
  scope: {
    legend: 'Scope',
    options: {
      strategic: 'Strategic — long-term direction',
      operational: 'Operational — day-to-day running',
      functional: 'Functional — one department’s work',
    },
  },
  timing: {
    legend: 'Timing',
    options: {
      leading: 'Leading — moves before results do',
      lagging: 'Lagging — confirms results afterwards',
    },
  },
  nature: {
    legend: 'Nature',
    options: {
      quantitative: 'Quantitative — counted or measured',
      qualitative: 'Qualitative — judged or surveyed',
    },
  },
};

/** "Percentage", "Money (EUR)", "Duration (seconds) · days". */
export function unitLabel(unit: MetricUnit, extra?: string): string {
  const base =
    unit.kind === 'currency' && unit.currency
      ? `${UNIT_KIND_LABELS.currency} (${unit.currency})`
      : UNIT_KIND_LABELS[unit.kind];
  return extra ? `${base} · ${extra}` : base;
}

export function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
