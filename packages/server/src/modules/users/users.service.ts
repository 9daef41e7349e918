import type { Transaction } from 'kysely';
import type {
  ListResponse,
  PasswordChange,
  User,
  UserCreate,
  UserListQuery,
  UserUpdate,
} from '@vitals/core';
import type { Database } from '../../db/schema';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem';
import { auditChange } from '../audit/audit.service';
import { AuthRepository } from '../auth/auth.repository';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { isoNow, type ServiceDeps } from '../deps';
import { WorkspaceRepository } from '../workspace/workspace.repository';
import { UsersRepository } from './users.repository';

const emailInUse = (email: string) =>
  conflict(`/body/email: ${email} already has an account`, [
    { pointer: '/body/email', message: 'already has an account' },
  ]);

/**
 * The people of a workspace: admins add, change and archive them; everyone changes their own
 * password. An archived user cannot sign in, their sessions are ended and their API tokens stop
 * working (authentication only accepts users in use); the workspace always keeps an admin.
 */
export class UsersService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(caller: Caller, id: string): Promise<User> {
    const user = await new UsersRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!user) throw notFound('user', id);
    return user;
  }

  async list(caller: Caller, query: UserListQuery): Promise<ListResponse<User>> {
    const window = pageWindow(query);
    const { users, total } = await new UsersRepository(this.deps.db).list(
      caller.workspaceId,
      query,
      window,
    );
    return { ...toPage(users, window, (u) => u), total };
  }

  /** Without a password the user cannot sign in until one is set. */
  async create(caller: Caller, input: UserCreate): Promise<User> {
    const now = isoNow(this.deps);
    const user: User = {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      email: input.email,
      name: input.name,
      role: input.role,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    return this.change(caller, async (repo, trx) => {
      if (await repo.emailTaken(user.email)) throw emailInUse(user.email);
      await repo.insert(user, passwordHash);
      await auditChange(trx, this.deps, caller, {
        entity: 'user',
        entityId: user.id,
        action: 'create',
        before: null,
        after: user,
        at: now,
      });
      return user;
    });
  }

  async update(caller: Caller, id: string, patch: UserUpdate): Promise<User> {
    return this.change(caller, async (repo, trx) => {
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('user', id);
      const after: User = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      if (after.email !== before.email && (await repo.emailTaken(after.email))) {
        throw emailInUse(after.email);
      }
      if (after.role !== 'admin') await this.keepAnAdmin(repo, before, '/body/role');
      await repo.update(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'user',
        entityId: id,
        action: 'update',
        before,
        after,
        at: after.updatedAt,
      });
      return after;
    });
  }

  /** Signs the user out everywhere; sign-in and their API tokens stop working until restored. */
  async archive(caller: Caller, id: string): Promise<User> {
    return this.setArchived(caller, id, true);
  }

  async restore(caller: Caller, id: string): Promise<User> {
    return this.setArchived(caller, id, false);
  }

  /** The caller's own password; other sessions of theirs end, the one asking stays signed in. */
  async changePassword(caller: Caller, input: PasswordChange): Promise<void> {
    if (caller.kind !== 'session') {
      throw forbidden('Only a signed-in person can change their password, not an API token');
    }
    const repo = new UsersRepository(this.deps.db);
    if (!(await verifyPassword(await repo.passwordHash(caller.userId), input.currentPassword))) {
      throw badRequest('/body/currentPassword: this is not your current password', [
        { pointer: '/body/currentPassword', message: 'is not your current password' },
      ]);
    }
    if (input.newPassword === input.currentPassword) {
      throw badRequest('/body/newPassword: the new password is the current one', [
        { pointer: '/body/newPassword', message: 'must differ from the current password' },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    const now = isoNow(this.deps);
    await this.deps.db.transaction().execute(async (trx) => {
      await new UsersRepository(trx).setPasswordHash(caller.userId, passwordHash, now);
      await new AuthRepository(trx).deleteSessionsOf(caller.userId, caller.sessionId);
      // The log says that the password changed, never anything about it.
      await auditChange(trx, this.deps, caller, {
        entity: 'user',
        entityId: caller.userId,
        action: 'change_password',
        before: null,
        after: null,
        at: now,
      });
    });
  }

  private async setArchived(caller: Caller, id: string, archive: boolean): Promise<User> {
    return this.change(caller, async (repo, trx) => {
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('user', id);
      if ((before.archivedAt !== null) === archive) return before;
      if (archive) await this.keepAnAdmin(repo, before, '/params/id');
      const now = isoNow(this.deps);
      const after: User = { ...before, archivedAt: archive ? now : null, updatedAt: now };
      await repo.update(after);
      if (archive) await new AuthRepository(trx).deleteSessionsOf(id);
      await auditChange(trx, this.deps, caller, {
        entity: 'user',
        entityId: id,
        action: archive ? 'archive' : 'restore',
        before,
        after,
        at: now,
      });
      return after;
    });
  }

  /** Refuses to take away the last admin in use (who, on these admin-only routes, is the caller). */
  private async keepAnAdmin(repo: UsersRepository, user: User, pointer: string): Promise<void> {
    if (user.role !== 'admin' || user.archivedAt !== null) return;
    if ((await repo.activeAdminCount(user.workspaceId)) > 1) return;
    const detail = `${user.name} is the last admin; make another user an admin first`;
    throw conflict(detail, [{ pointer, message: 'is the last admin' }]);
  }

  /**
   * Runs a change of users in one transaction, one at a time per workspace: two admins cannot
   * demote each other at once and leave none, nor two requests take one email.
   */
  private change<T>(
    caller: Caller,
    work: (repo: UsersRepository, trx: Transaction<Database>) => Promise<T>,
  ): Promise<T> {
    return this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(caller.workspaceId);
      return work(new UsersRepository(trx), trx);
    });
  }
}
