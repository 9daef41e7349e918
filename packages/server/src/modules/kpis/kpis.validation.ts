import type { Kpi, ProblemIssue } from '@vitals/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { KpiReferencesRepository } from './kpi-references.repository';
import { KpisRepository } from './kpis.repository';

/** Which fields of the request set them (all on create; those given on update). */
export type GivenFields = ReadonlySet<keyof Kpi>;

function describeDimensions(names: string[]): string {
  return names.length > 0 ? `its dimensions: ${names.join(', ')}` : 'it has no dimensions';
}

/**
 * What the schema cannot check: the metric exists and is active, the filter names its
 * dimensions, owner and team exist, and linked KPIs exist and are not the KPI itself.
 * Returns every problem at once, each naming its field.
 */
export async function kpiReferenceProblems(
  trx: Transaction<Database>,
  kpi: Kpi,
  given: GivenFields,
): Promise<ProblemIssue[]> {
  const refs = new KpiReferencesRepository(trx);
  const issues: ProblemIssue[] = [];
  const add = (pointer: string, message: string) => issues.push({ pointer, message });
  const ws = kpi.workspaceId;

  if (given.has('metricId') || given.has('dimensionFilter')) {
    const metric = await refs.metric(ws, kpi.metricId);
    if (!metric) add('/body/metricId', `no metric with id "${kpi.metricId}"`);
    else if (metric.archived && given.has('metricId')) {
      add('/body/metricId', `metric "${metric.name}" is archived; restore it or pick another`);
    }
    for (const key of Object.keys(kpi.dimensionFilter)) {
      if (metric && !metric.dimensions.includes(key)) {
        add(
          `/body/dimensionFilter/${key}`,
          `"${key}" is not a dimension of metric "${metric.name}" (${describeDimensions(metric.dimensions)})`,
        );
      }
    }
  }
  if (given.has('ownerId') && kpi.ownerId !== null) {
    const owner = await refs.user(ws, kpi.ownerId);
    if (!owner) add('/body/ownerId', `no user with id "${kpi.ownerId}"`);
    else if (owner.archived) add('/body/ownerId', 'this user is archived');
  }
  if (given.has('teamId') && kpi.teamId !== null) {
    const team = await refs.team(ws, kpi.teamId);
    if (!team) add('/body/teamId', `no team with id "${kpi.teamId}"`);
    else if (team.archived) add('/body/teamId', 'this team is archived');
  }
  for (const field of ['guardrailKpiIds', 'leadingKpiIds'] as const) {
    if (!given.has(field)) continue;
    const ids = kpi[field];
    const found = await new KpisRepository(trx).existing(ws, ids);
    ids.forEach((id, i) => {
      if (id === kpi.id) add(`/body/${field}/${i}`, 'a KPI cannot be linked to itself');
      else if (!found.has(id)) add(`/body/${field}/${i}`, `no KPI with id "${id}"`);
    });
  }
  return issues;
}
