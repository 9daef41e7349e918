import { describe, expect, it } from 'vitest';
import { formatRelativeTime, formatUpdated } from './relative-time';

const now = new Date('2026-11-23T10:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelativeTime', () => {
  it.each([
    [10, 'just now'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [24 * 3600, 'yesterday'],
    [3 * 24 * 3600, '3 days ago'],
    [14 * 24 * 3600, '2 weeks ago'],
    [65 * 24 * 3600, '2 months ago'],
    [800 * 24 * 3600, '2 years ago'],
  ])('%d seconds ago → %s', (seconds, expected) => {
    expect(formatRelativeTime(ago(seconds), now)).toBe(expected);
  });

  it('speaks of the future too and accepts ISO text', () => {
    expect(formatRelativeTime('2026-11-23T12:00:00.000Z', now)).toBe('in 2 hours');
  });

  it("uses the workspace's language", () => {
    expect(formatRelativeTime(ago(3 * 24 * 3600), now, 'de-DE')).toBe('vor 3 Tagen');
  });
});

describe('formatUpdated', () => {
  it('says when a value was last updated', () => {
    expect(formatUpdated('2026-11-20T10:00:00.000Z', now)).toBe('updated 3 days ago');
    expect(formatUpdated(null, now)).toBe('never updated');
  });
});
