import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

export interface AuditEntry {
  id: string;
  workspaceId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'archive' | 'restore' | 'delete' | 'revoke' | string;
  before: unknown;
  after: unknown;
  actor: string;
  at: string;
}

/** Appends to the audit log, inside the caller's transaction so the log and the change land together. */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: entry.id,
      workspace_id: entry.workspaceId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before:
        entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      actor: entry.actor,
      at: entry.at,
    })
    .execute();
}

export interface AuditQuery {
  workspaceId: string;
  entity?: string;
  entityId?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Kysely<Database>, q: AuditQuery) {
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', q.workspaceId);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  return query.orderBy('at', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute();
}
