import type { ApiToken, ApiTokenCreate, ApiTokenCreated } from '@vitals/core';
import { actorOf, type Caller } from '../../http/access';
import { notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { newSecret } from '../auth/secrets';
import { isoNow, type ServiceDeps } from '../deps';
import { TokensRepository } from './tokens.repository';

/** API tokens for machines: hashed at rest, shown once, scoped, revocable. */
export class TokensService {
  constructor(private readonly deps: ServiceDeps) {}

  list(caller: Caller): Promise<ApiToken[]> {
    return new TokensRepository(this.deps.db).list(caller.workspaceId);
  }

  /** The only answer that carries the secret; the store keeps its SHA-256. */
  async create(caller: Caller, input: ApiTokenCreate): Promise<ApiTokenCreated> {
    const { secret, hash } = newSecret('vt_');
    const now = isoNow(this.deps);
    const row = {
      id: this.deps.newId(),
      workspace_id: caller.workspaceId,
      name: input.name,
      scope: input.scope,
      prefix: secret.slice(0, 10),
      token_hash: hash,
      created_by: caller.userId,
      created_at: now,
      expires_at: input.expiresAt,
      last_used_at: null,
      revoked_at: null,
    };
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new TokensRepository(trx);
      await repo.insert(row);
      const token = (await repo.byId(caller.workspaceId, row.id)) as ApiToken;
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: caller.workspaceId,
        entity: 'api_token',
        entityId: row.id,
        action: 'create',
        before: null,
        after: token,
        actor: actorOf(caller),
        at: now,
      });
      return { ...token, secret };
    });
  }

  async revoke(caller: Caller, id: string): Promise<ApiToken> {
    const now = isoNow(this.deps);
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new TokensRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('API token', id);
      if (before.revokedAt) return before;
      await repo.revoke(id, now);
      const after = { ...before, revokedAt: now };
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: caller.workspaceId,
        entity: 'api_token',
        entityId: id,
        action: 'revoke',
        before,
        after,
        actor: actorOf(caller),
        at: now,
      });
      return after;
    });
  }
}
