import type { Kysely, Transaction } from 'kysely';
import type { AggregationKind } from '@vitals/core';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** What a KPI needs to know of its metric. */
export interface MetricRef {
  id: string;
  name: string;
  aggregation: AggregationKind;
  dimensions: string[];
  archived: boolean;
}

/** A user or team a KPI points at. */
export interface EntityRef {
  id: string;
  archived: boolean;
}

/**
 * The SQL a KPI needs of the rows it refers to (metrics, users, teams), read-only: those modules
 * own their tables; this reads only what checking a KPI's references needs.
 */
export class KpiReferencesRepository {
  constructor(private readonly db: Db) {}

  async metric(workspaceId: string, id: string): Promise<MetricRef | undefined> {
    const row = await this.db
      .selectFrom('metrics')
      .select(['id', 'name', 'aggregation', 'dimensions', 'archived_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        name: row.name,
        aggregation: row.aggregation,
        dimensions: JSON.parse(row.dimensions) as string[],
        archived: row.archived_at !== null,
      }
    );
  }

  async user(workspaceId: string, id: string): Promise<EntityRef | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select(['id', 'archived_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, archived: row.archived_at !== null };
  }

  async team(workspaceId: string, id: string): Promise<EntityRef | undefined> {
    const row = await this.db
      .selectFrom('teams')
      .select(['id', 'archived_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, archived: row.archived_at !== null };
  }
}
