import type { User } from '@vitals/core';
import { ROLE_LABELS } from './roles';

/** "Friday, 11 December 2026 at 10:00": when the link stops working, in the reader's own terms. */
export function formatInvitationExpiry(expiresAt: string, locale?: string, timeZone?: string) {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(expiresAt));
}

/** The text an admin pastes into a message to the person invited. */
export function invitationMessage(user: Pick<User, 'role'>, link: string, expires: string) {
  const role = ROLE_LABELS[user.role].label.toLowerCase();
  return `You are invited to Vitals as ${role}. Open ${link} to choose your password (the link works once, until ${expires}).`;
}
