import type { Kysely, Transaction } from 'kysely';
import type { Database, InvitationsTable } from '../../db/schema';

/** An invitation that can still be used, with the person and workspace it is for. */
export interface OpenInvitation {
  id: string;
  userId: string;
  workspaceId: string;
  email: string;
  name: string;
  workspaceName: string;
  expiresAt: string;
}

/** All SQL of invitation links. */
export class InvitationsRepository {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  insert(row: InvitationsTable) {
    return this.db.insertInto('invitations').values(row).execute();
  }

  /** Ends every open link of a person (a newer one replaces them). */
  revokeOpen(userId: string, at: string) {
    return this.db
      .updateTable('invitations')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** The link of a secret's hash if it is unused, unrevoked, unexpired and its person active. */
  async open(tokenHash: string, nowIso: string): Promise<OpenInvitation | undefined> {
    const row = await this.db
      .selectFrom('invitations')
      .innerJoin('users', 'users.id', 'invitations.user_id')
      .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
      .select([
        'invitations.id',
        'invitations.user_id',
        'invitations.workspace_id',
        'invitations.expires_at',
        'users.email',
        'users.name',
        'workspaces.name as workspace_name',
      ])
      .where('invitations.token_hash', '=', tokenHash)
      .where('invitations.used_at', 'is', null)
      .where('invitations.revoked_at', 'is', null)
      .where('invitations.expires_at', '>', nowIso)
      .where('users.archived_at', 'is', null)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        workspaceId: row.workspace_id,
        email: row.email,
        name: row.name,
        workspaceName: row.workspace_name,
        expiresAt: row.expires_at,
      }
    );
  }

  /** Marks a link used; false when another request used it first (a link works once). */
  async markUsed(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ used_at: at })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
}
