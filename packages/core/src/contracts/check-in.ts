import { z } from 'zod';
import { freeText, idSchema, periodKeySchema, storedFields } from './common';
import { feedQuerySchema, listResponseSchema } from './pagination';

/** The reviewer's own call, which may differ from the computed status (and says why in the commentary). */
export const CHECK_IN_STATUS_CALLS = ['on_track', 'at_risk', 'off_track'] as const;
export const checkInStatusCallSchema = z.enum(CHECK_IN_STATUS_CALLS, {
  error: 'must be on_track, at_risk or off_track',
});
export type CheckInStatusCall = z.infer<typeof checkInStatusCallSchema>;

const checkInFields = z.object({
  kpiId: idSchema,
  /** The period reviewed, at the KPI's review cadence (e.g. `2026-11` for a monthly review). */
  periodKey: periodKeySchema,
  statusCall: checkInStatusCallSchema,
  /** What was learned — blame-free by design. */
  commentary: freeText(8000),
  nextActions: freeText(8000),
});

export const checkInCreateSchema = z.object({
  ...checkInFields.shape,
  commentary: freeText(8000).default(''),
  nextActions: freeText(8000).default(''),
});
export type CheckInCreate = z.infer<typeof checkInCreateSchema>;

/** The KPI and period reviewed are fixed; the author may correct the rest. */
export const checkInUpdateSchema = checkInFields
  .pick({ statusCall: true, commentary: true, nextActions: true })
  .partial();
export type CheckInUpdate = z.infer<typeof checkInUpdateSchema>;

export const checkInSchema = z.object({
  ...storedFields,
  ...checkInFields.shape,
  authorId: idSchema.nullable(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** `GET /api/kpis/:id/check-ins`: newest first, paged. */
export const checkInListQuerySchema = feedQuerySchema({});
export type CheckInListQuery = z.infer<typeof checkInListQuerySchema>;

export const checkInListSchema = listResponseSchema(checkInSchema);
