import type { Direction, Kpi, KpiTarget, Metric } from '@vitals/core';

const DIRECTIONS: Record<Direction, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  within_band: 'Best within a band',
};

export function directionText(direction: Direction): string {
  return DIRECTIONS[direction];
}

const AGGREGATIONS: Record<Metric['aggregation'], string> = {
  sum: 'sum of the period',
  average: 'average (Σ sum ÷ Σ count)',
  ratio: 'ratio (Σ numerator ÷ Σ denominator)',
  last: 'last value of the period',
  first: 'first value of the period',
  min: 'lowest value of the period',
  max: 'highest value of the period',
  distinct: 'distinct count, computed per period',
};

/** "revenue · sum of the period · currency (EUR) · from manual entry". */
export function measuredText(metric: Metric): string {
  const unit =
    metric.unit.kind === 'currency' && metric.unit.currency
      ? `currency (${metric.unit.currency})`
      : metric.unit.kind;
  const source =
    metric.sourceKind === 'formula' && metric.formula
      ? `formula ${metric.formula}`
      : `${metric.sourceKind} data`;
  return `${metric.name}: ${AGGREGATIONS[metric.aggregation]}, in ${unit}, by ${metric.baseGrain}, from ${source}`;
}

/** `{ region: 'EU' }` → "region = EU"; null when the KPI takes the whole metric. */
export function filterText(kpi: Pick<Kpi, 'dimensionFilter'>): string | null {
  const parts = Object.entries(kpi.dimensionFilter).map(([name, value]) => `${name} = ${value}`);
  return parts.length ? parts.join(', ') : null;
}

const BASIS: Record<KpiTarget['basis'], string> = {
  past_performance: 'Past performance',
  competitor: 'Competitor',
  benchmark: 'Benchmark',
  other: 'Other',
};

export function basisText(target: Pick<KpiTarget, 'basis' | 'note'>): string {
  return `${BASIS[target.basis]}${target.note ? ` — ${target.note}` : ''}`;
}
