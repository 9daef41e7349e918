const STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago (or until) an instant, in the largest whole unit: "3 days ago", "in 2 hours",
 * "yesterday", "just now" (under a minute).
 * @example formatRelativeTime('2026-11-20T10:00:00Z', new Date('2026-11-23T10:00:00Z')); // "3 days ago"
 */
export function formatRelativeTime(then: Date | string, now: Date, locale = 'en-US'): string {
  const instant = typeof then === 'string' ? new Date(then) : then;
  const seconds = (instant.getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return '';
  const magnitude = Math.abs(seconds);
  if (magnitude < 60) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (magnitude >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(Math.trunc(seconds / 60), 'minute');
}

/** "updated 3 days ago", or "never updated" when there is no instant. */
export function formatUpdated(
  then: Date | string | null | undefined,
  now: Date,
  locale = 'en-US',
): string {
  if (!then) return 'never updated';
  return `updated ${formatRelativeTime(then, now, locale)}`;
}
