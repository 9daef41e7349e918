import {
  teamCreateSchema,
  userCreateSchema,
  type Calendar,
  type Membership,
  type Team,
  type User,
} from '@vitals/core';
import { EMAIL_DOMAIN, PEOPLE, TEAMS, type PersonKey, type TeamKey } from './company';

/** What every part of the plan needs: where it goes, the calendar, the clock and the ids. */
export interface PlanContext {
  workspaceId: string;
  calendar: Calendar;
  now: Date;
  /** `now` as stored. */
  at: string;
  newId: () => string;
  /** The admin who loads the sample: creator of its dashboards. */
  adminId: string;
}

export interface OrgPlan {
  teams: Team[];
  users: User[];
  memberships: Membership[];
  teamId: (key: TeamKey) => string;
  userId: (key: PersonKey) => string;
}

/** The sample's emails, to check before loading that nobody has them. */
export const sampleEmails = (): string[] => PEOPLE.map((p) => `${p.email}@${EMAIL_DOMAIN}`);

/** Northwind's team tree, its people and who belongs where, checked by the contracts. */
export function planOrg(ctx: PlanContext): OrgPlan {
  const teamIds = new Map<TeamKey, string>();
  const teamId = (key: TeamKey) => teamIds.get(key) as string;
  const stamps = { workspaceId: ctx.workspaceId, createdAt: ctx.at, updatedAt: ctx.at };
  const teams = TEAMS.map((plan): Team => {
    const input = teamCreateSchema.parse({
      name: plan.name,
      level: plan.level,
      parentId: plan.parent ? teamId(plan.parent) : null,
    });
    const team: Team = { ...input, id: ctx.newId(), ...stamps, archivedAt: null };
    teamIds.set(plan.key, team.id);
    return team;
  });

  const userIds = new Map<PersonKey, string>();
  const memberships: Membership[] = [];
  const users = PEOPLE.map((person): User => {
    const { email, name, role } = userCreateSchema.parse({
      email: `${person.email}@${EMAIL_DOMAIN}`,
      name: person.name,
      role: person.role,
    });
    const user: User = { email, name, role, id: ctx.newId(), ...stamps, archivedAt: null };
    userIds.set(person.key, user.id);
    person.teams.forEach((key, i) =>
      memberships.push({
        userId: user.id,
        teamId: teamId(key),
        role: i === 0 && person.role === 'editor' ? 'lead' : 'member',
        createdAt: ctx.at,
      }),
    );
    return user;
  });
  return { teams, users, memberships, teamId, userId: (key) => userIds.get(key) as string };
}
