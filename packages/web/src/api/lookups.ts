import { teamListSchema, userListSchema, type Team, type User } from '@vitals/core';
import { apiRequest } from './client';
import { withQuery } from './query-string';

/**
 * Read-only lists of teams and people, for filters and for naming owners and teams on cards.
 * (Managing them is Settings' job.)
 */
export async function fetchTeamList(signal?: AbortSignal): Promise<Team[]> {
  const answer = await apiRequest('GET', withQuery('/api/teams', { limit: 500 }), {
    schema: teamListSchema,
    signal,
  });
  return answer.items;
}

export async function fetchPeople(signal?: AbortSignal): Promise<User[]> {
  const answer = await apiRequest('GET', withQuery('/api/users', { limit: 500 }), {
    schema: userListSchema,
    signal,
  });
  return answer.items;
}
