import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ApiToken } from '@vitals/core';
import type { ApiTokensTable, Database } from '../../db/schema';

export function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** All SQL of API tokens (the lookup by secret lives with authentication). */
export class TokensRepository {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  insert(row: ApiTokensTable) {
    return this.db.insertInto('api_tokens').values(row).execute();
  }

  async list(workspaceId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toApiToken);
  }

  async byId(workspaceId: string, id: string): Promise<ApiToken | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toApiToken(row);
  }

  revoke(id: string, at: string) {
    return this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
  }
}
