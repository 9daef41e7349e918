import type { Kysely, Transaction } from 'kysely';
import type { Database, SessionsTable } from '../../db/schema';

/** All SQL of sign-in, sessions and API tokens. */
export class AuthRepository {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  findUserByEmail(email: string) {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
  }

  insertSession(session: SessionsTable) {
    return this.db.insertInto('sessions').values(session).execute();
  }

  /** The live session of a secret's hash with its user (archived users have none). */
  findSession(tokenHash: string, nowIso: string) {
    return this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id as sessionId',
        'sessions.csrf_token as csrfToken',
        'sessions.expires_at as expiresAt',
        'sessions.last_seen_at as lastSeenAt',
        'users.id as userId',
        'users.workspace_id as workspaceId',
        'users.role as role',
      ])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', nowIso)
      .where('users.archived_at', 'is', null)
      .executeTakeFirst();
  }

  touchSession(id: string, lastSeenAt: string, expiresAt: string) {
    return this.db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  deleteSession(tokenHash: string) {
    return this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of a user, or all but one (`keepId`, the session asking). */
  deleteSessionsOf(userId: string, keepId?: string) {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepId) query = query.where('id', '<>', keepId);
    return query.execute();
  }

  /** A usable token of a secret's hash with the user it acts for. */
  findToken(tokenHash: string, nowIso: string) {
    return this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.created_by')
      .select([
        'api_tokens.id as tokenId',
        'api_tokens.scope as scope',
        'api_tokens.workspace_id as workspaceId',
        'api_tokens.last_used_at as lastUsedAt',
        'users.id as userId',
        'users.role as role',
      ])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where((eb) =>
        eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', nowIso)]),
      )
      .where('users.archived_at', 'is', null)
      .executeTakeFirst();
  }

  markTokenUsed(id: string, at: string) {
    return this.db
      .updateTable('api_tokens')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .execute();
  }
}
