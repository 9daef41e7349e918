import type {
  ListResponse,
  Membership,
  MembershipRole,
  TeamMember,
  TeamMemberListQuery,
} from '@vitals/core';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { HttpProblem, conflict, notFound } from '../../http/problem';
import { auditChange } from '../audit/audit.service';
import { isoNow, type ServiceDeps } from '../deps';
import { UsersRepository } from '../users/users.repository';
import { WorkspaceRepository } from '../workspace/workspace.repository';
import { TeamsRepository } from './teams.repository';

const userProblem = (detail: string, message: string) =>
  new HttpProblem(404, 'not_found', detail, [{ pointer: '/params/userId', message }]);

/**
 * Who is in a team, as lead or member. Changes are audited on the team (`add_member`,
 * `change_member`, `remove_member`) with the membership before and after, and take the workspace
 * lock so two adds of one person cannot race to the same key.
 */
export class MembershipsService {
  constructor(private readonly deps: ServiceDeps) {}

  async list(
    caller: Caller,
    teamId: string,
    query: TeamMemberListQuery,
  ): Promise<ListResponse<TeamMember>> {
    const repo = new TeamsRepository(this.deps.db);
    if (!(await repo.byId(caller.workspaceId, teamId))) throw notFound('team', teamId);
    const window = pageWindow(query);
    const { members, total } = await repo.listMembers(teamId, query, window);
    return { ...toPage(members, window, (m) => m), total };
  }

  /** Adds the user to the team, or changes their role there; `created` tells which. */
  async set(
    caller: Caller,
    teamId: string,
    userId: string,
    role: MembershipRole,
  ): Promise<{ member: TeamMember; created: boolean }> {
    return this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(caller.workspaceId);
      const repo = new TeamsRepository(trx);
      const team = await repo.byId(caller.workspaceId, teamId);
      if (!team) throw notFound('team', teamId);
      const user = await new UsersRepository(trx).byId(caller.workspaceId, userId);
      if (!user) throw userProblem(`No user with id "${userId}"`, 'unknown user');
      const withPerson = (m: Membership): TeamMember => ({
        ...m,
        name: user.name,
        email: user.email,
      });
      const before = await repo.membership(teamId, userId);
      if (before?.role === role) return { member: withPerson(before), created: false };
      if (!before) {
        if (team.archivedAt) {
          throw conflict(`"${team.name}" is archived; restore it before adding people`);
        }
        if (user.archivedAt) {
          throw conflict(`${user.name} is archived; restore them before adding them to a team`, [
            { pointer: '/params/userId', message: 'this user is archived' },
          ]);
        }
      }
      const now = isoNow(this.deps);
      const after: Membership = before
        ? { ...before, role }
        : { teamId, userId, role, createdAt: now };
      if (before) await repo.setMembershipRole(teamId, userId, role);
      else await repo.insertMembership(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'team',
        entityId: teamId,
        action: before ? 'change_member' : 'add_member',
        before: before ?? null,
        after,
        at: now,
      });
      return { member: withPerson(after), created: !before };
    });
  }

  async remove(caller: Caller, teamId: string, userId: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(caller.workspaceId);
      const repo = new TeamsRepository(trx);
      const team = await repo.byId(caller.workspaceId, teamId);
      if (!team) throw notFound('team', teamId);
      const before = await repo.membership(teamId, userId);
      if (!before) {
        throw userProblem(
          `User "${userId}" is not a member of "${team.name}"`,
          'not a member of this team',
        );
      }
      await repo.deleteMembership(teamId, userId);
      await auditChange(trx, this.deps, caller, {
        entity: 'team',
        entityId: teamId,
        action: 'remove_member',
        before,
        after: null,
        at: isoNow(this.deps),
      });
    });
  }
}
