import { z } from 'zod';
import { isCivilDate } from '../calendar/civil-date';
import type { AggregationKind } from './kind';

/** A flow's value for a period: `sum`. */
export interface SumComponents {
  sum: number;
}
/** An average stored as its parts, so a month is Σsum / Σcount. */
export interface AverageComponents {
  sum: number;
  count: number;
}
/** A ratio stored as its parts, so a month is Σnumerator / Σdenominator. */
export interface RatioComponents {
  numerator: number;
  denominator: number;
}
/**
 * A stock observation for `last` / `first`. `at` orders observations: a civil date `YYYY-MM-DD`
 * or an ISO 8601 timestamp.
 */
export interface StampedComponents {
  value: number;
  at: string;
}
/** A plain value for `min`, `max` and `distinct`. */
export interface SingleValueComponents {
  value: number;
}

/** The stored parts of one value, by aggregation kind. */
export interface ComponentsByKind {
  sum: SumComponents;
  average: AverageComponents;
  ratio: RatioComponents;
  last: StampedComponents;
  first: StampedComponents;
  min: SingleValueComponents;
  max: SingleValueComponents;
  distinct: SingleValueComponents;
}

/** The components of a kind; without a type argument, the components of any kind. */
export type Components<K extends AggregationKind = AggregationKind> = ComponentsByKind[K];

/** A final value, or no value with the reason why (never Infinity or NaN). */
export type AggregateResult = { value: number } | { value: null; reason: string };

const finite = (field: string) =>
  z.number({
    error: (issue) =>
      issue.input === undefined ? `${field} is required` : `${field} must be a finite number`,
  });

const at = z
  .string({ error: 'at is required: a date YYYY-MM-DD or an ISO 8601 timestamp' })
  .refine((value) => atKey(value) !== undefined, {
    error: 'at must be a date YYYY-MM-DD or an ISO 8601 timestamp such as 2026-03-31T17:00:00Z',
  });

export const sumComponentsSchema = z.strictObject({ sum: finite('sum') });

export const averageComponentsSchema = z
  .strictObject({
    sum: finite('sum'),
    count: finite('count')
      .int({ error: 'count must be a non-negative integer' })
      .min(0, { error: 'count must be a non-negative integer' }),
  })
  .refine((c) => c.count !== 0 || c.sum === 0, {
    error: 'sum must be 0 when count is 0 (there is nothing to average)',
    path: ['sum'],
  });

export const ratioComponentsSchema = z.strictObject({
  numerator: finite('numerator'),
  denominator: finite('denominator').min(0, { error: 'denominator must be ≥ 0' }),
});

export const stampedComponentsSchema = z.strictObject({ value: finite('value'), at });

export const singleValueComponentsSchema = z.strictObject({ value: finite('value') });

/** The zod schema of each kind's components (used to validate incoming data points). */
export const componentsSchemas = {
  sum: sumComponentsSchema,
  average: averageComponentsSchema,
  ratio: ratioComponentsSchema,
  last: stampedComponentsSchema,
  first: stampedComponentsSchema,
  min: singleValueComponentsSchema,
  max: singleValueComponentsSchema,
  distinct: singleValueComponentsSchema,
} as const satisfies { [K in AggregationKind]: z.ZodType<ComponentsByKind[K]> };

/**
 * The zod schema of one kind's components.
 *
 * @example
 * componentsSchemaFor('ratio').parse({ numerator: 3, denominator: 40 }); // ok
 * componentsSchemaFor('average').safeParse({ sum: 10, count: 1.5 }).success; // false
 */
export function componentsSchemaFor<K extends AggregationKind>(
  kind: K,
): z.ZodType<ComponentsByKind[K]> {
  return componentsSchemas[kind] as unknown as z.ZodType<ComponentsByKind[K]>;
}

const CIVIL = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The sortable form of an `at`: a civil date stays as it is; a timestamp becomes its UTC ISO form
 * (`2026-03-31T15:00:00.000Z`), so plain string comparison orders observations. `undefined` when
 * `at` is neither.
 *
 * @example
 * atKey('2026-03-31T17:00:00+02:00'); // '2026-03-31T15:00:00.000Z'
 */
export function atKey(at: string): string | undefined {
  if (CIVIL.test(at)) return isCivilDate(at) ? at : undefined;
  if (!TIMESTAMP.test(at) || !isCivilDate(at.slice(0, 10))) return undefined;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/;
const sortable = (at: string): string => (CANONICAL.test(at) ? at : (atKey(at) ?? at));

/**
 * Negative when `a` is observed before `b`, positive when after, 0 when at the same moment.
 *
 * @example
 * compareAt('2026-03-31T17:00:00+02:00', '2026-03-31T16:00:00Z') < 0; // true: 15:00 UTC is earlier
 */
export function compareAt(a: string, b: string): number {
  const ka = sortable(a);
  const kb = sortable(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const FIELDS: { [K in AggregationKind]: readonly (keyof ComponentsByKind[K])[] } = {
  sum: ['sum'],
  average: ['sum', 'count'],
  ratio: ['numerator', 'denominator'],
  last: ['value'],
  first: ['value'],
  min: ['value'],
  max: ['value'],
  distinct: ['value'],
};

/**
 * Whether `raw` is exactly what `componentsSchemaFor(kind)` accepts unchanged, decided without
 * zod: only the kind's fields, each a finite number within the schema's rules (and for `last` /
 * `first` an `at` that `atOk` accepts, `atKey` by default). For the common case of batch ingest,
 * where parsing 10,000 items each through zod costs a fifth of writing them. `false` means "ask
 * the schema", which stays the authority on what is valid and on every message.
 *
 * @example
 * plainlyValidComponents('ratio', { numerator: 3, denominator: 40 }); // true
 * plainlyValidComponents('ratio', { numerator: 3, denominator: -1 }); // false: the schema decides
 */
export function plainlyValidComponents(
  kind: AggregationKind,
  raw: Record<string, unknown>,
  atOk: (at: string) => boolean = (at) => atKey(at) !== undefined,
): boolean {
  const fields = FIELDS[kind] as readonly string[];
  const stamped = kind === 'last' || kind === 'first';
  let count = 0;
  for (const name in raw) {
    if (!Object.hasOwn(raw, name)) return false;
    count += 1;
  }
  if (count !== fields.length + (stamped ? 1 : 0)) return false;
  for (const name of fields) {
    const value = raw[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  }
  switch (kind) {
    case 'average': {
      const { sum, count: n } = raw as { sum: number; count: number };
      // zod's int() means a safe integer.
      return Number.isSafeInteger(n) && n >= 0 && (n !== 0 || sum === 0);
    }
    case 'ratio':
      return (raw['denominator'] as number) >= 0;
    case 'last':
    case 'first':
      return typeof raw['at'] === 'string' && atOk(raw['at']);
    default:
      return true;
  }
}

/**
 * Throws a TypeError naming the kind and the missing field when `components` does not have the
 * shape of `kind` (a cheap check for internal callers; use the zod schemas for input).
 *
 * @example
 * assertComponents('ratio', { sum: 3 }); // TypeError: ratio components need a finite number "numerator" …
 */
export function assertComponents<K extends AggregationKind>(
  kind: K,
  components: unknown,
): asserts components is ComponentsByKind[K] {
  const record = (
    typeof components === 'object' && components !== null ? components : {}
  ) as Record<string, unknown>;
  for (const field of FIELDS[kind] as readonly string[]) {
    const value = record[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(
        `${kind} components need a finite number "${field}" (${FIELDS[kind].join(', ')}${
          kind === 'last' || kind === 'first' ? ', at' : ''
        }); got ${JSON.stringify(components)}`,
      );
    }
  }
  if ((kind === 'last' || kind === 'first') && typeof record['at'] !== 'string') {
    throw new TypeError(
      `${kind} components need "at" to order observations; got ${JSON.stringify(components)}`,
    );
  }
}
