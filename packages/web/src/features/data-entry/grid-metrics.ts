import { parseFormula, type Grain, type Metric } from '@vitals/core';
import type { GridMetric } from './grid-model';

export interface GridChoice {
  /** The metrics whose values the grid takes (the metric itself, or a formula's operands). */
  metrics: GridMetric[];
  /** Their base grain: the grid's rows. */
  grain: Grain | undefined;
  /** Operands the grid cannot take (formulas themselves, or stored at another grain). */
  elsewhere: Metric[];
}

const toGrid = (m: Metric): GridMetric => ({
  id: m.id,
  key: m.key,
  name: m.name,
  aggregation: m.aggregation,
  unit: m.unit,
  dimensions: m.dimensions,
});

/**
 * What to enter for a chosen metric: its own values, or — for a formula, whose values are
 * computed — the stored operands it reads that share the first operand's base grain.
 */
export function gridChoiceFor(metric: Metric, all: readonly Metric[]): GridChoice {
  if (metric.sourceKind !== 'formula' || !metric.formula) {
    return { metrics: [toGrid(metric)], grain: metric.baseGrain, elsewhere: [] };
  }
  let references: string[] = [];
  try {
    references = parseFormula(metric.formula).references;
  } catch {
    references = [];
  }
  const operands = references
    .map((key) => all.find((m) => m.key === key))
    .filter((m): m is Metric => m !== undefined);
  const stored = operands.filter((m) => m.sourceKind !== 'formula');
  const grain = stored[0]?.baseGrain;
  const inGrid = stored.filter((m) => m.baseGrain === grain);
  return {
    metrics: inGrid.map(toGrid),
    grain,
    elsewhere: operands.filter((m) => !inGrid.includes(m)),
  };
}
