import type { Transaction } from 'kysely';
import { isCivilDate, type AuditEntry, type AuditListQuery, type ListResponse } from '@vitals/core';
import type { Database } from '../../db/schema';
import { actorOf, type Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest } from '../../http/problem';
import type { ServiceDeps } from '../deps';
import type { WorkspaceService } from '../workspace/workspace.service';
import { listAudit, recordAudit, toAuditEntry } from './audit.repository';

/** One change to record: what, how, and the record before and after (null where there was none). */
export interface Change {
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  /** When it happened: the `updatedAt` the change wrote, so log and record agree. */
  at: string;
}

/** Records a change made by `caller` in the audit log, inside the transaction that makes it. */
export function auditChange(
  trx: Transaction<Database>,
  deps: Pick<ServiceDeps, 'newId'>,
  caller: Caller,
  change: Change,
): Promise<void> {
  return recordAudit(trx, {
    id: deps.newId(),
    workspaceId: caller.workspaceId,
    actor: actorOf(caller),
    ...change,
  });
}

/** Reading the audit log: who changed what, when, and how it was before. */
export class AuditService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly workspace: WorkspaceService,
  ) {}

  async list(caller: Caller, query: AuditListQuery): Promise<ListResponse<AuditEntry>> {
    const { workspaceId } = caller;
    const from =
      query.from === undefined ? undefined : await this.instant(workspaceId, query.from, 'start');
    const to =
      query.to === undefined ? undefined : await this.instant(workspaceId, query.to, 'end');
    if (from && to && to <= from) {
      throw badRequest('/querystring/to: the range ends before it starts', [
        { pointer: '/querystring/to', message: `must be after from (${query.from})` },
      ]);
    }
    const window = pageWindow(query);
    const rows = await listAudit(this.deps.db, {
      workspaceId,
      entity: query.entity,
      entityId: query.entityId,
      actor: query.actor,
      from,
      to,
      limit: window.limit + 1,
      offset: window.offset,
    });
    return toPage(rows, window, toAuditEntry);
  }

  /**
   * An instant as the log stores it (`2026-11-23T10:00:00.000Z`). A date stands for its whole day in
   * the workspace's time zone: a range starts when its first day starts and ends when its last day
   * ends.
   */
  private async instant(
    workspaceId: string,
    value: string,
    edge: 'start' | 'end',
  ): Promise<string> {
    if (!isCivilDate(value)) return new Date(value).toISOString();
    const calendar = await this.workspace.calendar(workspaceId);
    const day = calendar.periodOf(value, 'day');
    return (edge === 'start' ? calendar.startInstant(day) : calendar.endInstant(day)).toISOString();
  }
}
