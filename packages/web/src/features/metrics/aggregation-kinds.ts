import type { AggregationKind } from '@vitals/core';

export interface KindExplanation {
  label: string;
  /** What it is for, in plain words. */
  explanation: string;
  /** What goes wrong when the kind is chosen wrongly or read carelessly. */
  trap: string;
  /** What a person records for each base period. */
  record: string;
}

/** Each aggregation kind in plain language, with its trap (DESIGN: the math that must be right). */
export const AGGREGATION_KIND_EXPLANATIONS: Readonly<Record<AggregationKind, KindExplanation>> = {
  sum: {
    label: 'Sum — a flow',
    explanation:
      'Things that add up over time: revenue, sign-ups, tickets. A month is the sum of its days.',
    trap: 'Do not use it for levels such as headcount or a balance: adding 30 daily headcounts gives a month 30 times too big.',
    record: 'one value per period: the total of that period',
  },
  average: {
    label: 'Average — stored as sum and count',
    explanation:
      'Averages such as handle time or deal size. Each period stores the sum and the count, so a month is Σ sum ÷ Σ count.',
    trap: 'Never average daily averages: a quiet day would weigh as much as a busy one.',
    record: 'the sum of the values and how many there were',
  },
  ratio: {
    label: 'Ratio — numerator over denominator',
    explanation:
      'Rates such as conversion, churn or margin. Each period stores numerator and denominator, so a month is Σ numerator ÷ Σ denominator.',
    trap: 'Averaging daily rates is wrong: a day with 10 visitors would count as much as a day with 10,000.',
    record: 'the numerator and the denominator (e.g. conversions and visitors)',
  },
  last: {
    label: 'Last — a stock at the period’s end',
    explanation:
      'Levels such as headcount, ARR or customers: a period’s value is its last observation.',
    trap: 'Summing a stock over days is wrong; and a period without a fresh observation has no value.',
    record: 'the level as of the period',
  },
  first: {
    label: 'First — a stock at the period’s start',
    explanation:
      'The opening level of a period, e.g. customers at the start (the base of a churn rate).',
    trap: 'Like last, never sum it; use it as the starting point of rates over the period.',
    record: 'the level at the start of the period',
  },
  min: {
    label: 'Minimum',
    explanation: 'The lowest value seen in the period, e.g. the lowest stock level.',
    trap: 'A single outlier sets it; read it beside an average.',
    record: 'the lowest value of the period',
  },
  max: {
    label: 'Maximum',
    explanation: 'The highest value seen in the period, e.g. peak concurrent users.',
    trap: 'A single outlier sets it; read it beside an average.',
    record: 'the highest value of the period',
  },
  distinct: {
    label: 'Distinct count',
    explanation:
      'Unique things such as monthly active users. It cannot be added up from days: each period is counted by the source.',
    trap: 'Adding daily actives gives far more than the month’s actives: the same person counts every day.',
    record: 'the unique count for exactly that period',
  },
};
