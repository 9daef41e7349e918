import type { User } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import type { UserCreateInput } from '../../../api/users';
import { addAndInvite, type AddPersonApi, type AddPersonProgress } from './add-person';

const grace = (email: string): User => ({
  id: `user-${email}`,
  workspaceId: 'ws',
  name: 'Grace Hopper',
  email,
  role: 'viewer',
  archivedAt: null,
  createdAt: '2026-12-04T09:00:00.000Z',
  updatedAt: '2026-12-04T09:00:00.000Z',
});

/** The API as a log of calls; the first `failLinks` links fail as a dropped connection would. */
function api(failLinks: number) {
  const calls: string[] = [];
  let failures = failLinks;
  const fake: AddPersonApi = {
    createUser: async (input: UserCreateInput) => {
      calls.push(`user ${input.email}`);
      return grace(input.email.toLowerCase());
    },
    createInvitation: async (userId: string) => {
      calls.push(`link ${userId}`);
      if (failures-- > 0) throw new Error('Failed to fetch');
      return { id: 'inv', userId, token: 'vi_x', path: '/invite?token=vi_x', expiresAt: '' };
    },
  };
  return { calls, api: fake };
}

describe('addAndInvite', () => {
  it('adds the person and makes their link', async () => {
    const t = api(0);
    const done = await addAndInvite({ name: 'G', email: 'g@x.io' }, t.api, {});
    expect(done.invitation.userId).toBe('user-g@x.io');
    expect(t.calls).toEqual(['user g@x.io', 'link user-g@x.io']);
  });

  it('after a failed link, a retry makes only the link for the person already added', async () => {
    const t = api(1);
    const progress: AddPersonProgress = {};
    const input = { name: 'G', email: 'g@x.io' };
    await expect(addAndInvite(input, t.api, progress)).rejects.toThrow('Failed to fetch');
    const done = await addAndInvite({ ...input, email: ' G@x.io' }, t.api, progress);
    expect(done.user.id).toBe('user-g@x.io');
    expect(t.calls).toEqual(['user g@x.io', 'link user-g@x.io', 'link user-g@x.io']);
    // Done: the next person is added afresh.
    await addAndInvite({ name: 'A', email: 'a@x.io' }, t.api, progress);
    expect(t.calls.slice(3)).toEqual(['user a@x.io', 'link user-a@x.io']);
  });

  it('adds a new person when the email was changed before retrying', async () => {
    const t = api(1);
    const progress: AddPersonProgress = {};
    await expect(addAndInvite({ name: 'G', email: 'g@x.io' }, t.api, progress)).rejects.toThrow();
    await addAndInvite({ name: 'G', email: 'grace@x.io' }, t.api, progress);
    expect(t.calls).toEqual([
      'user g@x.io',
      'link user-g@x.io',
      'user grace@x.io',
      'link user-grace@x.io',
    ]);
  });
});
