import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DimensionValues, Kpi, KpiListQuery } from '@vitals/core';
import type { Database, KpisTable } from '../../db/schema';
import { containsText } from '../../db/search';

type Db = Kysely<Database> | Transaction<Database>;

/** A KPI's guardrail and leading KPI ids, each in the order given. */
export interface KpiLinks {
  guardrailKpiIds: string[];
  leadingKpiIds: string[];
}

const NO_LINKS: KpiLinks = { guardrailKpiIds: [], leadingKpiIds: [] };

/** Dimension filters are stored with sorted keys, so equal filters are equal text. */
export function canonicalFilter(filter: DimensionValues): string {
  const sorted = Object.keys(filter)
    .sort()
    .map((key) => [key, filter[key]]);
  return JSON.stringify(Object.fromEntries(sorted));
}

export function toKpi(row: Selectable<KpisTable>, links: KpiLinks = NO_LINKS): Kpi {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    metricId: row.metric_id,
    dimensionFilter: JSON.parse(row.dimension_filter) as DimensionValues,
    name: row.name,
    objective: row.objective,
    whyItMatters: row.why_it_matters,
    howToInfluence: row.how_to_influence,
    ownerId: row.owner_id,
    teamId: row.team_id,
    level: row.level,
    typeTags: { scope: row.scope, timing: row.timing, nature: row.nature },
    direction: row.direction,
    reviewCadence: row.review_cadence,
    thresholds: { onTrack: row.on_track_threshold, atRisk: row.at_risk_threshold },
    guardrailKpiIds: links.guardrailKpiIds,
    leadingKpiIds: links.leadingKpiIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function fromKpi(kpi: Kpi): KpisTable {
  return {
    id: kpi.id,
    workspace_id: kpi.workspaceId,
    metric_id: kpi.metricId,
    dimension_filter: canonicalFilter(kpi.dimensionFilter),
    name: kpi.name,
    objective: kpi.objective,
    why_it_matters: kpi.whyItMatters,
    how_to_influence: kpi.howToInfluence,
    owner_id: kpi.ownerId,
    team_id: kpi.teamId,
    level: kpi.level,
    scope: kpi.typeTags.scope,
    timing: kpi.typeTags.timing,
    nature: kpi.typeTags.nature,
    direction: kpi.direction,
    review_cadence: kpi.reviewCadence,
    on_track_threshold: kpi.thresholds.onTrack,
    at_risk_threshold: kpi.thresholds.atRisk,
    created_at: kpi.createdAt,
    updated_at: kpi.updatedAt,
    archived_at: kpi.archivedAt,
  };
}

/** All SQL of KPIs and their links. */
export class KpisRepository {
  constructor(private readonly db: Db) {}

  async byId(workspaceId: string, id: string): Promise<Kpi | undefined> {
    const row = await this.db
      .selectFrom('kpis')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return toKpi(row, (await this.linksOf([id])).get(id));
  }

  /** The workspace a KPI belongs to, for callers that know only the KPI (evaluation jobs). */
  async workspaceOf(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('kpis')
      .select('workspace_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.workspace_id;
  }

  /** The ids among `ids` that are KPIs of the workspace. */
  async existing(workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('kpis')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  async linksOf(kpiIds: readonly string[]): Promise<Map<string, KpiLinks>> {
    const links = new Map<string, KpiLinks>();
    if (kpiIds.length === 0) return links;
    const rows = await this.db
      .selectFrom('kpi_links')
      .selectAll()
      .where('kpi_id', 'in', [...kpiIds])
      .orderBy('kpi_id')
      .orderBy('kind')
      .orderBy('position')
      .execute();
    for (const row of rows) {
      let entry = links.get(row.kpi_id);
      if (!entry) links.set(row.kpi_id, (entry = { guardrailKpiIds: [], leadingKpiIds: [] }));
      (row.kind === 'guardrail' ? entry.guardrailKpiIds : entry.leadingKpiIds).push(
        row.linked_kpi_id,
      );
    }
    return links;
  }

  async insert(kpi: Kpi): Promise<void> {
    await this.db.insertInto('kpis').values(fromKpi(kpi)).execute();
    await this.insertLinks(kpi);
  }

  async update(kpi: Kpi): Promise<void> {
    const row = fromKpi(kpi);
    await this.db
      .updateTable('kpis')
      .set({ ...row, id: undefined, workspace_id: undefined, created_at: undefined })
      .where('id', '=', kpi.id)
      .execute();
    await this.db.deleteFrom('kpi_links').where('kpi_id', '=', kpi.id).execute();
    await this.insertLinks(kpi);
  }

  private async insertLinks(kpi: Kpi): Promise<void> {
    const rows = [
      ...kpi.guardrailKpiIds.map((id, position) => ({ kind: 'guardrail' as const, id, position })),
      ...kpi.leadingKpiIds.map((id, position) => ({ kind: 'leading' as const, id, position })),
    ].map((l) => ({ kpi_id: kpi.id, linked_kpi_id: l.id, kind: l.kind, position: l.position }));
    if (rows.length > 0) await this.db.insertInto('kpi_links').values(rows).execute();
  }

  /** One page (`limit + 1` rows, see `toPage`) of the workspace's KPIs, and how many match in all. */
  async list(
    workspaceId: string,
    q: KpiListQuery,
    window: { limit: number; offset: number },
  ): Promise<{ kpis: Kpi[]; total: number }> {
    let query = this.db.selectFrom('kpis').where('workspace_id', '=', workspaceId);
    if (q.teamId) query = query.where('team_id', '=', q.teamId);
    if (q.ownerId) query = query.where('owner_id', '=', q.ownerId);
    if (q.metricId) query = query.where('metric_id', '=', q.metricId);
    if (q.level) query = query.where('level', '=', q.level);
    if (q.scope) query = query.where('scope', '=', q.scope);
    if (q.timing) query = query.where('timing', '=', q.timing);
    if (q.nature) query = query.where('nature', '=', q.nature);
    if (q.direction) query = query.where('direction', '=', q.direction);
    if (q.reviewCadence) query = query.where('review_cadence', '=', q.reviewCadence);
    if (q.archived === 'false') query = query.where('archived_at', 'is', null);
    if (q.archived === 'true') query = query.where('archived_at', 'is not', null);
    if (q.search) {
      const text = q.search;
      query = query.where((eb) => containsText(eb, ['name', 'objective'], text));
    }
    const { count } = await query
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    // Names sort case-insensitively on both engines; ids break ties so pages are stable.
    const sortBy =
      q.sort === 'name'
        ? sql`lower(name)`
        : q.sort === 'createdAt'
          ? sql`created_at`
          : sql`updated_at`;
    const rows = await query
      .selectAll()
      .orderBy(sortBy, q.order)
      .orderBy('id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    const links = await this.linksOf(rows.map((r) => r.id));
    return { kpis: rows.map((r) => toKpi(r, links.get(r.id))), total: Number(count) };
  }
}
