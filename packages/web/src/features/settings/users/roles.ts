import type { UserRole } from '@vitals/core';

export const ROLE_LABELS: Record<UserRole, { label: string; description: string }> = {
  admin: {
    label: 'Admin',
    description: 'Everything, including people, teams, workspace settings and API tokens.',
  },
  editor: { label: 'Editor', description: 'Defines KPIs and targets, enters data, checks in.' },
  viewer: {
    label: 'Viewer',
    description: 'Reads everything; enters data and checks in only on the KPIs they own.',
  },
};

/** A password good enough to hand over once: 20 characters from an unambiguous alphabet. */
export function suggestPassword(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = random(new Uint8Array(20));
  // 256 is not a multiple of the alphabet's 56 letters; the slight bias does not matter at 20 × 5.8 bits.
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** The link that takes a new person to sign in, with their email filled in. */
export function signInLink(origin: string, email: string): string {
  return `${origin}/sign-in?email=${encodeURIComponent(email)}`;
}
