import { z } from 'zod';
import { metricSourceKindSchema } from './metric';
import {
  actorSchema,
  dimensionValuesSchema,
  freeText,
  idSchema,
  periodKeySchema,
  storedFields,
  timestampSchema,
} from './common';

/**
 * The stored parts of a value, named as core's aggregation `Components` of the metric's kind:
 * `{ sum }`, `{ sum, count }` (average), `{ numerator, denominator }` (ratio), `{ value, at }`
 * (last/first, `at` a date or ISO instant), `{ value }` (min, max, distinct). Open here; the
 * service checks them against the metric's kind with `componentsSchemaFor`.
 */
export const valueComponentsSchema = z
  .record(
    z.string().regex(/^[a-z][a-zA-Z]*$/, { error: 'component names are words such as sum' }),
    z.union([z.number(), z.string().max(40)], {
      error: 'must be a finite number (or, for at, a date or timestamp)',
    }),
  )
  .refine((components) => Object.keys(components).length > 0, {
    error: 'give at least one component, e.g. { "sum": 42 }',
  });
export type ValueComponents = z.infer<typeof valueComponentsSchema>;

const dataPointFields = z.object({
  metricId: idSchema,
  /** A period of the metric's base grain, e.g. `2026-11-21` for a daily metric. */
  periodKey: periodKeySchema,
  /** One value per dimension of the metric; `{}` for metrics without dimensions. */
  dimensions: dimensionValuesSchema,
  components: valueComponentsSchema,
  source: metricSourceKindSchema,
  note: freeText(2000),
});

/** A write is an upsert on (metric, period, dimensions): the same value again changes nothing. */
export const dataPointWriteSchema = z.object({
  ...dataPointFields.shape,
  dimensions: dimensionValuesSchema.default({}),
  source: metricSourceKindSchema.default('push'),
  note: freeText(2000).default(''),
});
export type DataPointWrite = z.infer<typeof dataPointWriteSchema>;
export type DataPointWriteInput = z.input<typeof dataPointWriteSchema>;

export const dataPointSchema = z.object({
  ...storedFields,
  ...dataPointFields.shape,
  /** 1 for the first value; each change of value adds one and keeps the old value as a revision. */
  revision: z.number().int().min(1),
  createdBy: actorSchema,
  updatedBy: actorSchema,
});
export type DataPoint = z.infer<typeof dataPointSchema>;

/** A value a data point held before a correction, who replaced it and when. */
export const dataPointRevisionSchema = z.object({
  id: idSchema,
  dataPointId: idSchema,
  revision: z.number().int().min(1),
  components: valueComponentsSchema,
  source: metricSourceKindSchema,
  note: z.string(),
  /** Who wrote the value that was replaced, and who replaced it. */
  writtenBy: actorSchema,
  writtenAt: timestampSchema,
  changedBy: actorSchema,
  changedAt: timestampSchema,
});
export type DataPointRevision = z.infer<typeof dataPointRevisionSchema>;
