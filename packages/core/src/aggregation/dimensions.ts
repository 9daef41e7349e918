/** A point's dimension values, e.g. `{ region: 'EU', channel: 'web' }`. */
export type PointDimensions = Readonly<Record<string, string>>;

/**
 * Keeps the points whose dimension has the given value (or one of the given values);
 * every named dimension must match. A point without the dimension does not match.
 */
export type RollUpFilter = Readonly<Record<string, string | readonly string[]>>;

/** The values of the broken-down dimensions of one result row; `null` where a point lacks one. */
export type BreakdownValues = Record<string, string | null>;

const own = (record: PointDimensions | undefined, name: string): string | undefined =>
  record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;

/**
 * True when `dimensions` pass the filter.
 *
 * @example
 * matchesFilter({ region: 'EU' }, { region: ['EU', 'UK'] }); // true
 */
export function matchesFilter(
  dimensions: PointDimensions | undefined,
  where: RollUpFilter | undefined,
): boolean {
  if (where === undefined) return true;
  return Object.entries(where).every(([name, wanted]) => {
    const value = own(dimensions, name);
    if (value === undefined) return false;
    return typeof wanted === 'string' ? value === wanted : wanted.includes(value);
  });
}

/** A canonical key for a full set of dimension values (order of names does not matter). */
export function seriesKey(dimensions: PointDimensions | undefined): string {
  if (dimensions === undefined) return '[]';
  return JSON.stringify(
    Object.entries(dimensions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * The values of the named dimensions, `null` where the point has none.
 *
 * @example
 * breakdownOf({ region: 'EU', channel: 'web' }, ['region', 'team']); // { region: 'EU', team: null }
 */
export function breakdownOf(
  dimensions: PointDimensions | undefined,
  names: readonly string[],
): BreakdownValues {
  const out: BreakdownValues = {};
  for (const name of names) out[name] = own(dimensions, name) ?? null;
  return out;
}

/** A readable label such as `region=EU, channel=web` (or `no dimensions`). */
export function dimensionsLabel(dimensions: PointDimensions | BreakdownValues | undefined): string {
  const entries = Object.entries(dimensions ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return 'no dimensions';
  return entries.map(([k, v]) => `${k}=${v ?? '(none)'}`).join(', ');
}

/** Orders breakdown rows by their values, `null` first. */
export function compareBreakdown(
  a: BreakdownValues,
  b: BreakdownValues,
  names: readonly string[],
): number {
  for (const name of names) {
    const [x, y] = [a[name] ?? null, b[name] ?? null];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
