import type { InvitationAccept, InvitationCreated, InvitationPreview } from '@vitals/core';
import { actorOf, type Caller } from '../../http/access';
import { HttpProblem, badRequest, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { auditChange } from '../audit/audit.service';
import type { AuthService, SignedIn } from '../auth/auth.service';
import { AuthRepository } from '../auth/auth.repository';
import { hashPassword } from '../auth/passwords';
import { hashSecret, newSecret } from '../auth/secrets';
import { isoNow, type ServiceDeps } from '../deps';
import { UsersRepository } from '../users/users.repository';
import { WorkspaceRepository } from '../workspace/workspace.repository';
import { InvitationsRepository, type OpenInvitation } from './invitations.repository';

/** Long enough to reach someone over a weekend, short enough that a forgotten link dies. */
const VALID_DAYS = 7;
const DAY_MS = 86_400_000;

/** One answer for every unusable link, so the answer tells nothing about whose it was. */
const unusable = () =>
  new HttpProblem(
    404,
    'not_found',
    'This invitation link cannot be used: it was used already, replaced by a newer one or has expired. Ask an admin for a new link.',
    [{ pointer: '/body/token', message: 'is not an open invitation' }],
  );

/**
 * Invitation links: an admin makes a one-time link for a person (new, or who forgot their
 * password); opening it lets them choose their own password and signs them in. The secret is shown
 * once and stored hashed; a newer link revokes older ones; setting the password ends the person's
 * other sessions.
 */
export class InvitationsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly auth: AuthService,
  ) {}

  async create(caller: Caller, userId: string): Promise<InvitationCreated> {
    const now = this.deps.now();
    const nowIso = now.toISOString();
    const { secret, hash } = newSecret('vi_');
    const expiresAt = new Date(now.getTime() + VALID_DAYS * DAY_MS).toISOString();
    const id = this.deps.newId();
    await this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(caller.workspaceId);
      const user = await new UsersRepository(trx).byId(caller.workspaceId, userId);
      if (!user) throw notFound('user', userId);
      if (user.archivedAt !== null) {
        throw badRequest(`${user.name} is archived; restore them before inviting them`, [
          { pointer: '/params/id', message: 'is archived' },
        ]);
      }
      const repo = new InvitationsRepository(trx);
      await repo.revokeOpen(userId, nowIso);
      await repo.insert({
        id,
        workspace_id: caller.workspaceId,
        user_id: userId,
        token_hash: hash,
        created_by: actorOf(caller),
        created_at: nowIso,
        expires_at: expiresAt,
        used_at: null,
        revoked_at: null,
      });
      // The log says a link was made and until when, never the secret.
      await auditChange(trx, this.deps, caller, {
        entity: 'user',
        entityId: userId,
        action: 'invite',
        before: null,
        after: { invitationId: id, expiresAt },
        at: nowIso,
      });
    });
    return { id, userId, token: secret, path: `/invite?token=${secret}`, expiresAt };
  }

  async preview(token: string): Promise<InvitationPreview> {
    const open = await this.open(token);
    return {
      email: open.email,
      name: open.name,
      workspaceName: open.workspaceName,
      expiresAt: open.expiresAt,
    };
  }

  /** Sets the person's password, uses the link up and signs them in. */
  async accept(input: InvitationAccept): Promise<SignedIn> {
    const invitation = await this.open(input.token);
    const passwordHash = await hashPassword(input.password);
    const now = isoNow(this.deps);
    await this.deps.db.transaction().execute(async (trx) => {
      // Two tabs racing with the same link: the second finds it used and changes nothing.
      if (!(await new InvitationsRepository(trx).markUsed(invitation.id, now))) throw unusable();
      await new UsersRepository(trx).setPasswordHash(invitation.userId, passwordHash, now);
      await new AuthRepository(trx).deleteSessionsOf(invitation.userId);
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: invitation.workspaceId,
        entity: 'user',
        entityId: invitation.userId,
        action: 'accept_invitation',
        before: null,
        after: { invitationId: invitation.id },
        actor: `user:${invitation.userId}`,
        at: now,
      });
    });
    return this.auth.startSession(invitation.userId);
  }

  private async open(token: string): Promise<OpenInvitation> {
    const open = await new InvitationsRepository(this.deps.db).open(
      hashSecret(token),
      isoNow(this.deps),
    );
    if (!open) throw unusable();
    return open;
  }
}
