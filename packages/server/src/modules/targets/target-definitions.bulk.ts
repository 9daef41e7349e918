import type { Kysely } from 'kysely';
import type { AggregationKind, Calendar, DateWindow, KpiTarget } from '@vitals/core';
import type { Database } from '../../db/schema';
import { notFound } from '../../http/problem';
import { KpisRepository, toKpi } from '../kpis/kpis.repository';
import {
  lastYearInputs,
  toTargetDefinition,
  type LastYearActuals,
  type StoredTargetDefinition,
} from './target-definition';
import { toKpiTarget } from './targets.repository';
import { targetWindow } from './target-window';

/** SQLite allows 32,766 bound values; PostgreSQL is happier with lists of this size too. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * `targetDefinitionFor` of many KPIs of one workspace, read in bulk: KPIs, their links, their
 * metrics' kinds and their targets in four queries per 500 KPIs instead of four per KPI
 * (evaluating all 1,000 KPIs of a workspace spent more time on those queries than on its data).
 * The same mapping (`lastYearInputs`, `toTargetDefinition`) as the one-KPI path.
 *
 * With `within`, only the targets that can decide a period inside that window are read (see
 * `targetWindow`; a dashboard's month needs 1 of a KPI's 37 monthly targets): `targetFor` then
 * gives the same result for every period inside it, but the definition is not the whole story
 * outside it, nor are its basis, `skipped` and `lastYearUnavailable`.
 */
export async function targetDefinitionsOf(
  db: Kysely<Database>,
  workspaceId: string,
  kpiIds: readonly string[],
  calendar: Calendar,
  lookup: LastYearActuals | undefined,
  within?: DateWindow,
): Promise<Map<string, StoredTargetDefinition>> {
  const ids = [...new Set(kpiIds)];
  const narrow = within ? targetWindow(calendar, within) : null;
  const out = new Map<string, StoredTargetDefinition>();
  for (const chunk of chunks(ids)) {
    let targetQuery = db.selectFrom('targets').selectAll().where('kpi_id', 'in', chunk);
    if (narrow) {
      targetQuery = targetQuery.where((eb) =>
        eb.or([eb('period_key', 'in', narrow.keys), eb('effective_from', '<', narrow.end)]),
      );
    }
    // Four independent reads: on PostgreSQL they run side by side on the pool's connections.
    const [kpiRows, links, metricRows, targetRows] = await Promise.all([
      db
        .selectFrom('kpis')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', chunk)
        .execute(),
      new KpisRepository(db).linksOf(chunk),
      db
        .selectFrom('metrics')
        .select(['id', 'aggregation'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', (eb) =>
          eb.selectFrom('kpis').select('metric_id').where('id', 'in', chunk),
        )
        .execute(),
      targetQuery
        .orderBy('kpi_id')
        .orderBy('grain')
        .orderBy('effective_from')
        .orderBy('period_key')
        .orderBy('id')
        .execute(),
    ]);
    const found = new Set(kpiRows.map((r) => r.id));
    const missing = chunk.find((id) => !found.has(id));
    if (missing) throw notFound('KPI', missing);
    const kinds = new Map<string, AggregationKind>(metricRows.map((m) => [m.id, m.aggregation]));
    const targets = new Map<string, KpiTarget[]>(chunk.map((id) => [id, []]));
    for (const row of targetRows) targets.get(row.kpi_id)?.push(toKpiTarget(row));
    for (const row of kpiRows) {
      const kpi = toKpi(row, links.get(row.id));
      const kind = kinds.get(row.metric_id);
      if (!kind) throw new Error(`KPI ${kpi.id} refers to a missing metric ${kpi.metricId}`);
      const own = targets.get(kpi.id) ?? [];
      const { lastYear, unavailable } = await lastYearInputs(kpi, kind, own, calendar, lookup);
      out.set(kpi.id, toTargetDefinition(kpi, kind, own, calendar, lastYear, unavailable));
    }
  }
  return out;
}
