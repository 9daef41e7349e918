import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  Membership,
  MembershipRole,
  Team,
  TeamListQuery,
  TeamMember,
  TeamMemberListQuery,
} from '@vitals/core';
import type { Database, MembershipsTable, TeamsTable } from '../../db/schema';
import type { PageWindow } from '../../http/paging';

type Db = Kysely<Database> | Transaction<Database>;

export function toTeam(row: Selectable<TeamsTable>): Team {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    parentId: row.parent_id,
    name: row.name,
    level: row.level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function fromTeam(team: Team): TeamsTable {
  return {
    id: team.id,
    workspace_id: team.workspaceId,
    parent_id: team.parentId,
    name: team.name,
    level: team.level,
    created_at: team.createdAt,
    updated_at: team.updatedAt,
    archived_at: team.archivedAt,
  };
}

export function toMembership(row: Selectable<MembershipsTable>): Membership {
  return { userId: row.user_id, teamId: row.team_id, role: row.role, createdAt: row.created_at };
}

/** All SQL of teams and memberships. */
export class TeamsRepository {
  constructor(private readonly db: Db) {}

  async byId(workspaceId: string, id: string): Promise<Team | undefined> {
    const row = await this.db
      .selectFrom('teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toTeam(row);
  }

  async insert(team: Team): Promise<void> {
    await this.db.insertInto('teams').values(fromTeam(team)).execute();
  }

  async update(team: Team): Promise<void> {
    await this.db
      .updateTable('teams')
      .set({ ...fromTeam(team), id: undefined, workspace_id: undefined, created_at: undefined })
      .where('id', '=', team.id)
      .execute();
  }

  /** A team's id and the ids of every team above it. */
  async selfAndAncestorIds(id: string): Promise<Set<string>> {
    const rows = await this.db
      .withRecursive('chain(id, parent_id)', (db) =>
        db
          .selectFrom('teams')
          .select(['id', 'parent_id'])
          .where('id', '=', id)
          // UNION, not UNION ALL: ends even if the stored tree were ever cyclic.
          .union(
            db
              .selectFrom('teams')
              .innerJoin('chain', 'chain.parent_id', 'teams.id')
              .select(['teams.id', 'teams.parent_id']),
          ),
      )
      .selectFrom('chain')
      .select('id')
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** The teams directly under a team, archived ones too. */
  async children(workspaceId: string, parentId: string): Promise<Team[]> {
    const rows = await this.db
      .selectFrom('teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('parent_id', '=', parentId)
      .orderBy(sql`lower(name)`)
      .orderBy('id')
      .execute();
    return rows.map(toTeam);
  }

  /** One page (`limit + 1` rows, see `toPage`) of the workspace's teams, and how many match in all. */
  async list(
    workspaceId: string,
    q: TeamListQuery,
    window: PageWindow,
  ): Promise<{ teams: Team[]; total: number }> {
    let query = this.db.selectFrom('teams').where('workspace_id', '=', workspaceId);
    if (q.parentId) query = query.where('parent_id', '=', q.parentId);
    if (q.level) query = query.where('level', '=', q.level);
    if (q.archived === 'false') query = query.where('archived_at', 'is', null);
    if (q.archived === 'true') query = query.where('archived_at', 'is not', null);
    const { count } = await query
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    // Names sort case-insensitively on both engines; ids break ties so pages are stable.
    const rows = await query
      .selectAll()
      .orderBy(q.sort === 'name' ? sql`lower(name)` : sql`created_at`, q.order)
      .orderBy('id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return { teams: rows.map(toTeam), total: Number(count) };
  }

  async membership(teamId: string, userId: string): Promise<Membership | undefined> {
    const row = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('team_id', '=', teamId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row && toMembership(row);
  }

  async insertMembership(m: Membership): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({ team_id: m.teamId, user_id: m.userId, role: m.role, created_at: m.createdAt })
      .execute();
  }

  async setMembershipRole(teamId: string, userId: string, role: MembershipRole): Promise<void> {
    await this.db
      .updateTable('memberships')
      .set({ role })
      .where('team_id', '=', teamId)
      .where('user_id', '=', userId)
      .execute();
  }

  async deleteMembership(teamId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('memberships')
      .where('team_id', '=', teamId)
      .where('user_id', '=', userId)
      .execute();
  }

  /** One page (`limit + 1` rows) of a team's members, and how many match in all. */
  async listMembers(
    teamId: string,
    q: TeamMemberListQuery,
    window: PageWindow,
  ): Promise<{ members: TeamMember[]; total: number }> {
    let query = this.members(teamId);
    if (q.role) query = query.where('memberships.role', '=', q.role);
    const { count } = await query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    const rows = await query
      .orderBy(q.sort === 'name' ? sql`lower(users.name)` : sql`memberships.created_at`, q.order)
      .orderBy('memberships.user_id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return { members: rows.map(toTeamMember), total: Number(count) };
  }

  private members(teamId: string) {
    return this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'memberships.user_id',
        'memberships.team_id',
        'memberships.role',
        'memberships.created_at',
        'users.name',
        'users.email',
      ])
      .where('memberships.team_id', '=', teamId);
  }
}

function toTeamMember(row: Selectable<MembershipsTable> & { name: string; email: string }) {
  return { ...toMembership(row), name: row.name, email: row.email };
}
