import type {
  AggregationKind,
  CivilDate,
  DateWindow,
  Components,
  DataPoint,
  DataPointHistory,
  DataPointListQuery,
  DimensionFilter,
  DimensionValues,
  ListResponse,
} from '@vitals/core';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, notFound } from '../../http/problem';
import type { ServiceDeps } from '../deps';
import { DimKeys, toComponents, toDataPoint, toRevision, type MetricDef } from './data-points.rows';
import { PointsRepository } from './points.repository';

/** One stored base-grain value as reads use it (fits core's evaluation `MeasuredPoint`). */
export interface StoredPoint {
  id: string;
  metricId: string;
  periodKey: string;
  /** First day of the point's period. */
  start: CivilDate;
  /** The canonical dimension values (`{}` for none): identifies the point's series. */
  series: string;
  dimensions: DimensionValues;
  components: Components;
  revision: number;
  updatedAt: string;
}

/** What measuring a point needs of it (core's `MeasuredPoint` plus its metric and dimensions). */
export type MeasurablePoint = Pick<
  StoredPoint,
  'metricId' | 'start' | 'series' | 'dimensions' | 'components'
>;

/** Refuses a filter or breakdown on a dimension the metric does not have, naming it. */
export function checkDimensions(
  metric: MetricDef,
  names: readonly string[],
  pointer: (name: string) => string,
): void {
  const unknown = names.filter((n) => !metric.dimensions.includes(n));
  if (unknown.length === 0) return;
  throw badRequest(
    `Metric "${metric.key}" has no dimension ${unknown.map((n) => `"${n}"`).join(', ')} (its dimensions: ${metric.dimensions.join(', ') || 'none'})`,
    unknown.map((n) => ({
      pointer: pointer(n),
      message: `metric "${metric.key}" has no dimension "${n}"`,
    })),
  );
}

/** Reads of stored points: for other services in bulk, and for the API page by page. */
export class PointsService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Every point of the metrics whose period starts in `[from, to)` (half-open, like periods),
   * by metric id, each list sorted by start. Metrics without points get an empty list.
   * @example points.read([metricId], period.start, period.end)
   */
  async read(
    metricIds: readonly string[],
    from: CivilDate,
    to: CivilDate,
  ): Promise<Map<string, StoredPoint[]>> {
    const repo = new PointsRepository(this.deps.db);
    const metrics = new Map((await repo.metricsByIds(metricIds)).map((m) => [m.id, m]));
    const out = new Map<string, StoredPoint[]>(metricIds.map((id) => [id, []]));
    const dims = new DimKeys();
    for (const row of await repo.raw([...metrics.keys()], from, to)) {
      const metric = metrics.get(row.metric_id) as MetricDef;
      out.get(row.metric_id)?.push({
        id: row.id,
        metricId: row.metric_id,
        periodKey: row.period_key,
        start: row.period_start,
        series: row.dim_key,
        dimensions: dims.of(row.dim_key),
        components: toComponents(metric.aggregation, row),
        revision: row.revision,
        updatedAt: row.updated_at,
      });
    }
    return out;
  }

  /**
   * `read` narrowed to what measuring needs, for callers that already know each metric's kind
   * (evaluation reads thousands of points per call): the points whose period starts in one of
   * the windows, in no particular order (core's `pointsMeasure` sorts), one query per kind with
   * only its own value columns, and no metric look-up. `dims` shares parsed dimension values.
   */
  async readMeasurable(
    metrics: readonly { id: string; aggregation: AggregationKind }[],
    windows: readonly DateWindow[],
    dims: DimKeys = new DimKeys(),
  ): Promise<Map<string, MeasurablePoint[]>> {
    const out = new Map<string, MeasurablePoint[]>(metrics.map((m) => [m.id, []]));
    const byKind = new Map<AggregationKind, string[]>();
    for (const m of metrics) {
      const ids = byKind.get(m.aggregation);
      if (ids) ids.push(m.id);
      else byKind.set(m.aggregation, [m.id]);
    }
    const repo = new PointsRepository(this.deps.db);
    // One query per kind, side by side on PostgreSQL's pool; each metric is of one kind only.
    await Promise.all(
      [...byKind].map(async ([kind, ids]) => {
        for (const row of await repo.measured(ids, kind, windows)) {
          out.get(row.metric_id)?.push({
            metricId: row.metric_id,
            start: row.period_start,
            series: row.dim_key,
            dimensions: dims.of(row.dim_key),
            components: toComponents(kind, row),
          });
        }
      }),
    );
    return out;
  }

  async list(
    caller: Caller,
    metricId: string,
    query: DataPointListQuery,
  ): Promise<ListResponse<DataPoint>> {
    const repo = new PointsRepository(this.deps.db);
    const metric = await repo.metricById(caller.workspaceId, metricId);
    if (!metric) throw notFound('metric', metricId);
    checkDimensions(metric, Object.keys(query.filter), (n) => `/querystring/filter[${n}]`);
    const window = pageWindow(query);
    const rows = await repo.list({
      metricId,
      filter: query.filter as DimensionFilter,
      order: query.order,
      ...window,
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    });
    const dims = new DimKeys();
    return toPage(rows, window, (row) => toDataPoint(row, metric.aggregation, dims));
  }

  /** A point as it is now and every value it held before, oldest first. */
  async history(caller: Caller, id: string): Promise<DataPointHistory> {
    const repo = new PointsRepository(this.deps.db);
    const row = await repo.pointInWorkspace(caller.workspaceId, id);
    if (!row) throw notFound('data point', id);
    const { aggregation, ...point } = row;
    const revisions = await repo.revisionsOf(id);
    return {
      current: toDataPoint(point, aggregation, new DimKeys()),
      revisions: revisions.map((r) => toRevision(r, aggregation)),
    };
  }
}
