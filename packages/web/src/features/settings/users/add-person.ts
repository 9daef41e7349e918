import type { InvitationCreated, User } from '@vitals/core';
import type { UserCreateInput } from '../../../api/users';

/** The API calls adding a person needs (passed in, so tests can watch them). */
export interface AddPersonApi {
  createUser: (input: UserCreateInput) => Promise<User>;
  createInvitation: (userId: string) => Promise<InvitationCreated>;
}

/** The person an earlier attempt added, when making their link failed after that. */
export interface AddPersonProgress {
  user?: User;
}

/**
 * Adds the person, then makes their invitation link. When the link fails after the person was
 * added, a retry with the same email only makes the link: adding them again would be refused
 * (the email is taken) and leave the admin without a link to send.
 */
export async function addAndInvite(
  input: UserCreateInput,
  api: AddPersonApi,
  progress: AddPersonProgress,
): Promise<{ user: User; invitation: InvitationCreated }> {
  const earlier = progress.user;
  const same = earlier && earlier.email.toLowerCase() === input.email.trim().toLowerCase();
  const user = same ? earlier : await api.createUser(input);
  progress.user = user;
  const invitation = await api.createInvitation(user.id);
  progress.user = undefined;
  return { user, invitation };
}
