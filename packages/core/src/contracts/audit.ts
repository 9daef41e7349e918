import { z } from 'zod';
import { isCivilDate } from '../calendar/civil-date';
import { actorSchema, idSchema, timestampSchema } from './common';
import { feedQuerySchema, listResponseSchema } from './pagination';

/**
 * One change in the audit log: what (`entity`, `entityId`), how (`action`: create, update, archive,
 * restore, delete, revoke, …), who (`actor`), when (`at`), and the record before and after (null
 * where there was none, e.g. `before` of a create or `after` of a delete).
 */
export const auditEntrySchema = z.object({
  id: idSchema,
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  actor: z.string(),
  at: timestampSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A bound of a date range: an instant, or a civil date read in the workspace's time zone. */
const instantOrDateSchema = z
  .string()
  .refine((v) => isCivilDate(v) || timestampSchema.safeParse(v).success, {
    error: 'must be a date (2026-11-23) or an ISO 8601 UTC timestamp (2026-11-23T10:00:00.000Z)',
  });

/**
 * `GET /api/audit`: newest first, paged. `from` and `to` bound `at`: an instant is taken as it is
 * (`from` included, `to` excluded); a date means its whole day in the workspace's time zone (both
 * days included).
 */
export const auditListQuerySchema = feedQuerySchema({
  entity: z
    .string()
    .regex(/^[a-z][a-z_]*$/, { error: 'must be an entity name such as metric or team' })
    .max(64, { error: 'must be at most 64 characters' })
    .optional(),
  entityId: idSchema.optional(),
  actor: actorSchema.optional(),
  from: instantOrDateSchema.optional(),
  to: instantOrDateSchema.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

export const auditListSchema = listResponseSchema(auditEntrySchema);
