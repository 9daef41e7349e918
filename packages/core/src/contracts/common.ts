import { z } from 'zod';
import { isCivilDate } from '../calendar/civil-date';

/** Every stored entity has a random UUID id (crypto.randomUUID on the server). */
export const idSchema = z.uuid({ error: 'must be an id (a UUID)' });

/** Instants travel and are stored as ISO 8601 UTC text with milliseconds: `2026-11-23T10:00:00.000Z`. */
export const timestampSchema = z.iso.datetime({
  error: 'must be an ISO 8601 UTC timestamp such as 2026-11-23T10:00:00.000Z',
});

/** A calendar date without time or zone, `YYYY-MM-DD`, that exists in the Gregorian calendar. */
export const civilDateSchema = z
  .string({ error: 'must be a date in the form YYYY-MM-DD' })
  .refine(isCivilDate, { error: 'must be a real date in the form YYYY-MM-DD' });

/**
 * A period's stable key (`2026-11-21`, `2026-W47`, `2026-11`, `FY2027-Q1`, `FY2027`). Only the shape
 * is checked here; whether the key exists at a grain is the workspace calendar's answer (`parseKey`),
 * so retail calendars can add their own keys without changing this schema.
 */
export const periodKeySchema = z
  .string({ error: 'must be a period key such as 2026-11-21, 2026-W47, 2026-11 or FY2027-Q1' })
  .regex(/^[A-Z]{0,3}\d{4}(-[A-Z]?\d{1,2}(-\d{2})?)?$/, {
    error: 'must be a period key such as 2026-11-21, 2026-W47, 2026-11, FY2027-Q1 or FY2027',
  });

/** Names of metric dimensions (`region`, `sales_channel`) — lower snake case, usable as keys. */
export const dimensionNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, {
    error: 'must start with a letter and hold only a-z, 0-9 and _ (e.g. region)',
  })
  .max(64, { error: 'must be at most 64 characters' });

/** One value for each named dimension, e.g. `{ region: 'EU', channel: 'web' }`. */
export const dimensionValuesSchema = z.record(
  dimensionNameSchema,
  z
    .string({ error: 'dimension values must be text' })
    .min(1, { error: 'dimension values must not be empty' })
    .max(200, { error: 'dimension values must be at most 200 characters' }),
);
export type DimensionValues = z.infer<typeof dimensionValuesSchema>;

/** A required, trimmed line of text such as a name. */
export function requiredText(max: number) {
  return z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}

/** Optional free text (descriptions, notes); empty when not given. */
export function freeText(max: number) {
  return z
    .string({ error: 'must be text' })
    .max(max, { error: `must be at most ${max} characters` });
}

/** A list of distinct ids (links between entities). */
export const idListSchema = z
  .array(idSchema, { error: 'must be a list of ids' })
  .max(100, { error: 'must hold at most 100 ids' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat an id' });

/**
 * Who made a change: `user:<id>`, `token:<id>` (an API token) or `system:<job>` (a source refresh).
 * Kept as text, not a foreign key, so history outlives the users and tokens it names.
 */
export const actorSchema = z.string().regex(/^(user|token|system):[A-Za-z0-9_.:-]{1,100}$/, {
  error: 'must name an actor as user:<id>, token:<id> or system:<name>',
});
export type Actor = z.infer<typeof actorSchema>;

/** Fields the store sets on every entity it returns. */
export const storedFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};
