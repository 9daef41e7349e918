import {
  membershipSetSchema,
  teamCreateSchema,
  teamListSchema,
  teamMemberListSchema,
  teamMemberSchema,
  teamSchema,
  teamUpdateSchema,
  type MembershipRole,
  type Team,
  type TeamMember,
  type TeamUpdate,
} from '@vitals/core';
import type { z } from 'zod';
import { apiRequest } from './client';
import { errorFromZod } from './problem';
import { withQuery } from './query-string';

const path = (id: string) => `/api/teams/${encodeURIComponent(id)}`;

/** Every team, archived ones included, so Settings can draw the whole tree. */
export async function fetchAllTeams(signal?: AbortSignal): Promise<Team[]> {
  const all: Team[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiRequest(
      'GET',
      withQuery('/api/teams', { limit: 500, cursor, archived: 'all', sort: 'name' }),
      { schema: teamListSchema, signal },
    );
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export type TeamCreateInput = z.input<typeof teamCreateSchema>;

export function createTeam(input: TeamCreateInput): Promise<Team> {
  const checked = teamCreateSchema.safeParse(input);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('POST', '/api/teams', { schema: teamSchema, body: checked.data });
}

/** Renames, changes the level or moves a team under another parent. */
export function updateTeam(id: string, update: TeamUpdate): Promise<Team> {
  const checked = teamUpdateSchema.safeParse(update);
  if (!checked.success) return Promise.reject(errorFromZod(checked.error));
  return apiRequest('PATCH', path(id), { schema: teamSchema, body: checked.data });
}

export function archiveTeam(id: string): Promise<Team> {
  return apiRequest('POST', `${path(id)}/archive`, { schema: teamSchema });
}

export function restoreTeam(id: string): Promise<Team> {
  return apiRequest('POST', `${path(id)}/restore`, { schema: teamSchema });
}

export async function fetchTeamMembers(
  teamId: string,
  signal?: AbortSignal,
): Promise<TeamMember[]> {
  const answer = await apiRequest(
    'GET',
    withQuery(`${path(teamId)}/members`, { limit: 500, sort: 'name' }),
    { schema: teamMemberListSchema, signal },
  );
  return answer.items;
}

/** Adds a person to a team or changes their role in it. */
export function setTeamMember(
  teamId: string,
  userId: string,
  role: MembershipRole,
): Promise<TeamMember> {
  const body = membershipSetSchema.parse({ role });
  return apiRequest('PUT', `${path(teamId)}/members/${encodeURIComponent(userId)}`, {
    schema: teamMemberSchema,
    body,
  });
}

export function removeTeamMember(teamId: string, userId: string): Promise<void> {
  return apiRequest('DELETE', `${path(teamId)}/members/${encodeURIComponent(userId)}`);
}
