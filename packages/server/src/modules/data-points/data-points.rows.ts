import type { Selectable } from 'kysely';
import type {
  AggregationKind,
  Components,
  DataPoint,
  DataPointRevision,
  DimensionValues,
  Grain,
  MetricSourceKind,
} from '@vitals/core';
import type {
  DataPointRevisionsTable,
  DataPointsTable,
  MetricsTable,
  ValueComponentColumns,
} from '../../db/schema';

/** What ingest and series need of a metric (read here so this module does not wait for metrics). */
export interface MetricDef {
  id: string;
  workspaceId: string;
  key: string;
  aggregation: AggregationKind;
  baseGrain: Grain;
  dimensions: string[];
  sourceKind: MetricSourceKind;
  formula: string | null;
  archivedAt: string | null;
}

export type MetricDefRow = Pick<
  Selectable<MetricsTable>,
  | 'id'
  | 'workspace_id'
  | 'key'
  | 'aggregation'
  | 'base_grain'
  | 'dimensions'
  | 'source_kind'
  | 'formula'
  | 'archived_at'
>;

export const METRIC_DEF_COLUMNS = [
  'id',
  'workspace_id',
  'key',
  'aggregation',
  'base_grain',
  'dimensions',
  'source_kind',
  'formula',
  'archived_at',
] as const;

export function toMetricDef(row: MetricDefRow): MetricDef {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    key: row.key,
    aggregation: row.aggregation,
    baseGrain: row.base_grain,
    dimensions: JSON.parse(row.dimensions) as string[],
    sourceKind: row.source_kind,
    formula: row.formula,
    archivedAt: row.archived_at,
  };
}

export type ComponentColumns = ValueComponentColumns;

const column = (c: Record<string, unknown>, name: string): number | null =>
  (c[name] as number | undefined) ?? null;

/** Components of a kind → one column each (the others null); `at` must already be canonical. */
export function toColumns(kind: AggregationKind, c: Record<string, unknown>): ComponentColumns {
  const stamped = kind === 'last' || kind === 'first';
  const single = stamped || kind === 'min' || kind === 'max' || kind === 'distinct';
  // A literal of all six columns (no spread): this runs once per item of a batch.
  return {
    value: single ? column(c, 'value') : null,
    sum: kind === 'sum' || kind === 'average' ? column(c, 'sum') : null,
    count: kind === 'average' ? column(c, 'count') : null,
    numerator: kind === 'ratio' ? column(c, 'numerator') : null,
    denominator: kind === 'ratio' ? column(c, 'denominator') : null,
    at: stamped ? ((c['at'] as string | undefined) ?? null) : null,
  };
}

/** Stored columns → core's components of the metric's kind. */
export function toComponents(kind: AggregationKind, row: Partial<ComponentColumns>): Components {
  switch (kind) {
    case 'sum':
      return { sum: row.sum as number };
    case 'average':
      return { sum: row.sum as number, count: row.count as number };
    case 'ratio':
      return { numerator: row.numerator as number, denominator: row.denominator as number };
    case 'last':
    case 'first':
      return { value: row.value as number, at: row.at as string };
    default:
      return { value: row.value as number };
  }
}

export function sameColumns(a: ComponentColumns, b: ComponentColumns): boolean {
  return (
    a.value === b.value &&
    a.sum === b.sum &&
    a.count === b.count &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    a.at === b.at
  );
}

/** The stored identity of dimension values: JSON with the names sorted, `{}` for none. */
export function dimKeyOf(dimensions: DimensionValues): string {
  const names = Object.keys(dimensions);
  if (names.length === 0) return '{}';
  if (names.length === 1) return JSON.stringify(dimensions);
  const sorted: DimensionValues = {};
  for (const name of names.sort()) sorted[name] = dimensions[name] as string;
  return JSON.stringify(sorted);
}

/** Parses each distinct dim_key once: series have few distinct keys but many rows. */
export class DimKeys {
  private readonly parsed = new Map<string, DimensionValues>();

  of(dimKey: string): DimensionValues {
    let dims = this.parsed.get(dimKey);
    if (!dims) {
      dims = JSON.parse(dimKey) as DimensionValues;
      this.parsed.set(dimKey, dims);
    }
    return dims;
  }
}

export function toDataPoint(
  row: Selectable<DataPointsTable>,
  kind: AggregationKind,
  dims: DimKeys,
): DataPoint {
  return {
    id: row.id,
    metricId: row.metric_id,
    periodKey: row.period_key,
    dimensions: dims.of(row.dim_key),
    components: toComponents(kind, row) as unknown as DataPoint['components'],
    source: row.source,
    note: row.note,
    revision: row.revision,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toRevision(
  row: Selectable<DataPointRevisionsTable>,
  kind: AggregationKind,
): DataPointRevision {
  return {
    id: row.id,
    dataPointId: row.data_point_id,
    revision: row.revision,
    components: toComponents(kind, row) as unknown as DataPointRevision['components'],
    source: row.source,
    note: row.note,
    writtenBy: row.written_by,
    writtenAt: row.written_at,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  };
}

/** Splits a list into pieces of at most `size`. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
