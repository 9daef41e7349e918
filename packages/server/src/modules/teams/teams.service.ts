import type { Transaction } from 'kysely';
import type {
  ListResponse,
  Team,
  TeamCreate,
  TeamLevel,
  TeamListQuery,
  TeamUpdate,
} from '@vitals/core';
import type { Database } from '../../db/schema';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, conflict, notFound } from '../../http/problem';
import { auditChange } from '../audit/audit.service';
import { isoNow, type ServiceDeps } from '../deps';
import { WorkspaceRepository } from '../workspace/workspace.repository';
import { TeamsRepository } from './teams.repository';

/** company → department → team: a team sits under a team of its own level or above. */
const RANK: Record<TeamLevel, number> = { company: 0, department: 1, team: 2 };

/** The team tree: create, rename, move (never into its own subtree), archive and restore. */
export class TeamsService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(caller: Caller, id: string): Promise<Team> {
    const team = await new TeamsRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!team) throw notFound('team', id);
    return team;
  }

  async list(caller: Caller, query: TeamListQuery): Promise<ListResponse<Team>> {
    const window = pageWindow(query);
    const { teams, total } = await new TeamsRepository(this.deps.db).list(
      caller.workspaceId,
      query,
      window,
    );
    return { ...toPage(teams, window, (t) => t), total };
  }

  async create(caller: Caller, input: TeamCreate): Promise<Team> {
    const now = isoNow(this.deps);
    const team: Team = {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      ...input,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    return this.change(caller, async (repo, trx) => {
      await this.checkParent(repo, team, new Set(['parentId', 'level']));
      await repo.insert(team);
      await auditChange(trx, this.deps, caller, {
        entity: 'team',
        entityId: team.id,
        action: 'create',
        before: null,
        after: team,
        at: now,
      });
      return team;
    });
  }

  async update(caller: Caller, id: string, patch: TeamUpdate): Promise<Team> {
    return this.change(caller, async (repo, trx) => {
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('team', id);
      const after: Team = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      const given = new Set(Object.keys(patch));
      if (given.has('parentId') || given.has('level')) await this.checkParent(repo, after, given);
      if (after.level !== before.level) await this.checkChildren(repo, after);
      await repo.update(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'team',
        entityId: id,
        action: 'update',
        before,
        after,
        at: after.updatedAt,
      });
      return after;
    });
  }

  /** Archived teams leave pickers and lists but keep their history; sub-teams go first. */
  async archive(caller: Caller, id: string): Promise<Team> {
    return this.setArchived(caller, id, true);
  }

  /** Back into use, under a parent that is in use. */
  async restore(caller: Caller, id: string): Promise<Team> {
    return this.setArchived(caller, id, false);
  }

  private async setArchived(caller: Caller, id: string, archive: boolean): Promise<Team> {
    return this.change(caller, async (repo, trx) => {
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('team', id);
      if ((before.archivedAt !== null) === archive) return before;
      if (archive) {
        const active = (await repo.children(caller.workspaceId, id)).filter((t) => !t.archivedAt);
        if (active.length > 0) {
          const names = active.map((t) => `"${t.name}"`).join(', ');
          throw conflict(`Archive or move the sub-teams of "${before.name}" first: ${names}`, [
            { pointer: '/params/id', message: `has sub-teams in use: ${names}` },
          ]);
        }
      } else if (before.parentId) {
        const parent = await repo.byId(caller.workspaceId, before.parentId);
        if (parent?.archivedAt) {
          throw conflict(`Restore "${parent.name}" first: "${before.name}" sits under it`, [
            { pointer: '/params/id', message: `its parent "${parent.name}" is archived` },
          ]);
        }
      }
      const now = isoNow(this.deps);
      const after: Team = { ...before, archivedAt: archive ? now : null, updatedAt: now };
      await repo.update(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'team',
        entityId: id,
        action: archive ? 'archive' : 'restore',
        before,
        after,
        at: now,
      });
      return after;
    });
  }

  /**
   * The team fits under its parent: the parent exists and is in use, is not the team itself or one
   * of its sub-teams (no cycles), and is of the same level or above; a company has no parent.
   * `given` names the fields the request set, so the error points at one of them.
   */
  private async checkParent(
    repo: TeamsRepository,
    team: Team,
    given: ReadonlySet<string>,
  ): Promise<void> {
    if (team.parentId === null) return;
    const at = given.has('parentId') ? '/body/parentId' : '/body/level';
    const fail = (detail: string) => conflict(detail, [{ pointer: at, message: detail }]);
    if (team.level === 'company') {
      throw fail('A company is the root of the tree: its parentId must be null');
    }
    const parent = await repo.byId(team.workspaceId, team.parentId);
    if (!parent) {
      throw badRequest(`/body/parentId: no team with id "${team.parentId}"`, [
        { pointer: '/body/parentId', message: `no team with id "${team.parentId}"` },
      ]);
    }
    if (parent.archivedAt && given.has('parentId')) {
      throw fail(`"${parent.name}" is archived; restore it or pick another parent`);
    }
    if ((await repo.selfAndAncestorIds(parent.id)).has(team.id)) {
      const detail =
        parent.id === team.id
          ? `"${team.name}" cannot be its own parent`
          : `"${team.name}" cannot move under "${parent.name}", which is one of its own sub-teams`;
      throw conflict(detail, [{ pointer: '/body/parentId', message: 'would make a cycle' }]);
    }
    if (RANK[parent.level] > RANK[team.level]) {
      throw fail(`A ${team.level} cannot sit under a ${parent.level} ("${parent.name}")`);
    }
  }

  /** A team whose level changes still sits above (or level with) each of its sub-teams. */
  private async checkChildren(repo: TeamsRepository, team: Team): Promise<void> {
    const children = await repo.children(team.workspaceId, team.id);
    const above = children.filter((child) => RANK[child.level] < RANK[team.level]);
    if (above.length > 0) {
      const names = above.map((t) => `"${t.name}" (${t.level})`).join(', ');
      const detail = `"${team.name}" cannot become a ${team.level} while it holds ${names}; move them first`;
      throw conflict(detail, [{ pointer: '/body/level', message: detail }]);
    }
  }

  /** Runs a change of the tree in one transaction, one at a time per workspace. */
  private change<T>(
    caller: Caller,
    work: (repo: TeamsRepository, trx: Transaction<Database>) => Promise<T>,
  ): Promise<T> {
    return this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(caller.workspaceId);
      return work(new TeamsRepository(trx), trx);
    });
  }
}
