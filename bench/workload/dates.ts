const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01). */
export function civilOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function dayNumberOf(civil: string): number {
  return Date.parse(`${civil}T00:00:00Z`) / DAY_MS;
}

/** The first day of the month `offset` months after the month of `civil`. */
export function monthStart(civil: string, offset = 0): string {
  const year = Number(civil.slice(0, 4));
  const month = Number(civil.slice(5, 7)) - 1 + offset;
  const d = new Date(Date.UTC(year, month, 1));
  return d.toISOString().slice(0, 10);
}

/** Month keys (`2026-11`) from the month of `from` to the month of `to`, both included. */
export function monthKeys(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let m = monthStart(from); m <= to; m = monthStart(m, 1)) keys.push(m.slice(0, 7));
  return keys;
}
