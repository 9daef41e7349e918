import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { User, UserListQuery } from '@vitals/core';
import type { Database, UsersTable } from '../../db/schema';
import type { PageWindow } from '../../http/paging';

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

/** All SQL of users (sign-in's lookups live with authentication). */
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

  /** Whether an email is taken, by anyone (emails are unique across the install, archived too). */
  async emailTaken(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    return row !== undefined;
  }

  async passwordHash(id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.password_hash ?? null;
  }

  async insert(user: User, passwordHash: string | null): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        workspace_id: user.workspaceId,
        email: user.email,
        name: user.name,
        role: user.role,
        password_hash: passwordHash,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
        archived_at: user.archivedAt,
      })
      .execute();
  }

  async update(user: User): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        email: user.email,
        name: user.name,
        role: user.role,
        updated_at: user.updatedAt,
        archived_at: user.archivedAt,
      })
      .where('id', '=', user.id)
      .execute();
  }

  async setPasswordHash(id: string, passwordHash: string, at: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async activeAdminCount(workspaceId: string): Promise<number> {
    const { count } = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'admin')
      .where('archived_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  /** One page (`limit + 1` rows, see `toPage`) of the workspace's users, and how many match in all. */
  async list(
    workspaceId: string,
    q: UserListQuery,
    window: PageWindow,
  ): Promise<{ users: User[]; total: number }> {
    let query = this.db.selectFrom('users').where('workspace_id', '=', workspaceId);
    if (q.role) query = query.where('role', '=', q.role);
    if (q.archived === 'false') query = query.where('archived_at', 'is', null);
    if (q.archived === 'true') query = query.where('archived_at', 'is not', null);
    const { count } = await query
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    // Emails are stored in lower case; names sort case-insensitively; ids break ties.
    const rows = await query
      .selectAll()
      .orderBy(q.sort === 'name' ? sql`lower(name)` : sql`email`, q.order)
      .orderBy('id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return { users: rows.map(toUser), total: Number(count) };
  }
}
