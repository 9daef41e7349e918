import type { Kysely, Selectable, Transaction } from 'kysely';
import type { User } from '@vitals/core';
import type { Database, UsersTable } from '../../db/schema';

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** All SQL of users. */
export class UsersRepository {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  async byId(workspaceId: string, id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  }
}
