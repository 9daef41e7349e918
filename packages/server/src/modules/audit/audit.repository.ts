import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditEntry as AuditEntryView } from '@vitals/core';
import type { AuditLogTable, Database } from '../../db/schema';

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
  actor?: string;
  /** Instants: `from` ≤ at < `to`. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** An audit row as the API shows it, with its snapshots parsed back from JSON. */
export function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntryView {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    actor: row.actor,
    at: row.at,
  };
}

/** Newest first; ids are time-ordered, so they order the entries of one instant (one transaction). */
export async function listAudit(db: Kysely<Database>, q: AuditQuery) {
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', q.workspaceId);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actor) query = query.where('actor', '=', q.actor);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  return query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}
