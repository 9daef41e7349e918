import { describe, expect, it } from 'vitest';
import { formatInvitationExpiry, invitationMessage } from './invitation-text';

describe('invitation text', () => {
  it('says when the link expires in the given zone', () => {
    expect(formatInvitationExpiry('2026-12-11T09:00:00.000Z', 'en-GB', 'Europe/Berlin')).toBe(
      'Friday, 11 December 2026 at 10:00',
    );
  });

  it('names the role, the link and the expiry', () => {
    expect(invitationMessage({ role: 'editor' }, 'http://x/invite?token=vi_a', 'Friday')).toBe(
      'You are invited to Vitals as editor. Open http://x/invite?token=vi_a to choose your password (the link works once, until Friday).',
    );
  });
});
