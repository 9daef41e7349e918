import type { AggregationKind, MetricUnit } from '@vitals/core';

/** What the grid needs of a metric. */
export interface GridMetric {
  id: string;
  key: string;
  name: string;
  aggregation: AggregationKind;
  unit: MetricUnit;
  dimensions: readonly string[];
}

/** One stored part of a value (core's aggregation components), as the grid asks for it. */
export interface ComponentSpec {
  name: 'sum' | 'count' | 'numerator' | 'denominator' | 'value';
  label: string;
  /** Whether the metric's unit applies (a percent sign on a percentage, a currency on money). */
  inUnit: boolean;
  whole?: boolean;
  nonNegative?: boolean;
}

const VALUE: ComponentSpec = { name: 'value', label: 'Value', inUnit: true };

/**
 * The parts a person types for one value of a kind: sums one value, ratios numerator and
 * denominator, averages their sum and count, stocks and extremes one value (`at` is left out: the
 * server takes the period's last or first day).
 */
export function componentsFor(kind: AggregationKind): readonly ComponentSpec[] {
  switch (kind) {
    case 'sum':
      return [{ name: 'sum', label: 'Value', inUnit: true }];
    case 'average':
      return [
        { name: 'sum', label: 'Sum', inUnit: true },
        { name: 'count', label: 'Count', inUnit: false, whole: true, nonNegative: true },
      ];
    case 'ratio':
      return [
        { name: 'numerator', label: 'Numerator', inUnit: false },
        { name: 'denominator', label: 'Denominator', inUnit: false, nonNegative: true },
      ];
    case 'last':
    case 'first':
    case 'min':
    case 'max':
    case 'distinct':
      return [VALUE];
  }
}

/** One data point per row: a metric and one value for each of its dimensions. */
export interface ColumnGroup {
  id: string;
  metric: GridMetric;
  dimensions: Readonly<Record<string, string>>;
}

/** One input column: a component of a group. */
export interface GridColumn {
  id: string;
  group: ColumnGroup;
  component: ComponentSpec;
}

/** A stable id for a metric and a combination of dimension values (order of names ignored). */
export function groupIdOf(metricId: string, dimensions: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(dimensions)
    .sort()
    .map((name) => [name, dimensions[name]]);
  return `${metricId}|${JSON.stringify(sorted)}`;
}

export function makeGroup(
  metric: GridMetric,
  dimensions: Readonly<Record<string, string>> = {},
): ColumnGroup {
  return { id: groupIdOf(metric.id, dimensions), metric, dimensions };
}

export function columnsOf(groups: readonly ColumnGroup[]): GridColumn[] {
  return groups.flatMap((group) =>
    componentsFor(group.metric.aggregation).map((component) => ({
      id: `${group.id}#${component.name}`,
      group,
      component,
    })),
  );
}

/** The key of one cell in the grid's text maps. */
export function cellKey(rowKey: string, columnId: string): string {
  return `${rowKey}\u0000${columnId}`;
}

/** "region EU · channel web", or "" for a metric without dimensions. */
export function dimensionLabel(dimensions: Readonly<Record<string, string>>): string {
  return Object.entries(dimensions)
    .map(([name, value]) => `${name} ${value}`)
    .join(' · ');
}

/** How a column reads to a screen reader and in messages: "Visitors (region EU), Numerator". */
export function columnLabel(column: GridColumn): string {
  const dims = dimensionLabel(column.group.dimensions);
  const metric = dims ? `${column.group.metric.name} (${dims})` : column.group.metric.name;
  const parts = componentsFor(column.group.metric.aggregation);
  return parts.length > 1 ? `${metric}, ${column.component.label}` : metric;
}
