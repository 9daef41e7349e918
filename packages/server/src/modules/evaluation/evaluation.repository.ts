import type { Kysely } from 'kysely';
import type { AggregationKind, Direction, Grain, KpiReviewCadence, MetricUnit } from '@vitals/core';
import type { Database } from '../../db/schema';

/** What evaluating a KPI needs of it and its metric, in one row. */
export interface EvaluableKpi {
  id: string;
  name: string;
  teamId: string | null;
  ownerId: string | null;
  direction: Direction;
  reviewCadence: KpiReviewCadence;
  thresholds: { onTrack: number; atRisk: number };
  dimensionFilter: Record<string, string>;
  metric: {
    id: string;
    key: string;
    kind: AggregationKind;
    baseGrain: Grain;
    unit: MetricUnit;
    formula: string | null;
    dataUpdatedAt: string | null;
  };
}

/** The reads of evaluation: KPIs with their metrics, in one query. */
export class EvaluationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The workspace's KPIs with the given ids, or all its active KPIs when `ids` is undefined. */
  async kpis(workspaceId: string, ids?: readonly string[]): Promise<EvaluableKpi[]> {
    let query = this.db
      .selectFrom('kpis')
      .innerJoin('metrics', 'metrics.id', 'kpis.metric_id')
      .select([
        'kpis.id as id',
        'kpis.name as name',
        'kpis.team_id as teamId',
        'kpis.owner_id as ownerId',
        'kpis.direction as direction',
        'kpis.review_cadence as reviewCadence',
        'kpis.on_track_threshold as onTrack',
        'kpis.at_risk_threshold as atRisk',
        'kpis.dimension_filter as dimensionFilter',
        'metrics.id as metricId',
        'metrics.key as metricKey',
        'metrics.aggregation as kind',
        'metrics.base_grain as baseGrain',
        'metrics.unit as unit',
        'metrics.formula as formula',
        'metrics.data_updated_at as dataUpdatedAt',
      ])
      .where('kpis.workspace_id', '=', workspaceId);
    query = ids
      ? query.where('kpis.id', 'in', ids.length > 0 ? ids : [''])
      : query.where('kpis.archived_at', 'is', null);
    const rows = await query.orderBy('kpis.name').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      teamId: r.teamId,
      ownerId: r.ownerId,
      direction: r.direction,
      reviewCadence: r.reviewCadence,
      thresholds: { onTrack: r.onTrack, atRisk: r.atRisk },
      dimensionFilter: JSON.parse(r.dimensionFilter) as Record<string, string>,
      metric: {
        id: r.metricId,
        key: r.metricKey,
        kind: r.kind,
        baseGrain: r.baseGrain,
        unit: JSON.parse(r.unit) as MetricUnit,
        formula: r.formula,
        dataUpdatedAt: r.dataUpdatedAt,
      },
    }));
  }

  /** When each metric's data last changed (`metrics.data_updated_at`), by metric id. */
  async dataUpdatedAt(metricIds: readonly string[]): Promise<Map<string, string | null>> {
    if (metricIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('metrics')
      .select(['id', 'data_updated_at'])
      .where('id', 'in', metricIds)
      .execute();
    return new Map(rows.map((r) => [r.id, r.data_updated_at]));
  }
}
