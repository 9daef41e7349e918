import type { Workspace, WorkspaceUpdate } from '@vitals/core';
import { GregorianCalendar, type Calendar } from '@vitals/core';
import { actorOf, type Caller } from '../../http/access';
import { notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { ChangesService } from '../changes/changes.service';
import { isoNow, type ServiceDeps } from '../deps';
import { WorkspaceRepository } from './workspace.repository';

/** The workspace's settings, and the one calendar all its period arithmetic goes through. */
export class WorkspaceService {
  private readonly calendars = new Map<string, { stamp: string; calendar: Calendar }>();

  constructor(private readonly deps: ServiceDeps) {}

  async get(id: string): Promise<Workspace> {
    const workspace = await new WorkspaceRepository(this.deps.db).byId(id);
    if (!workspace) throw notFound('workspace', id);
    return workspace;
  }

  /** The workspace's calendar, rebuilt only when its settings change. */
  async calendar(id: string): Promise<Calendar> {
    return this.calendarOf(await this.get(id));
  }

  /**
   * The calendar of settings the caller has just read with its own data (one query instead of
   * two), from the same cache as `calendar`.
   */
  calendarOf(
    settings: Pick<Workspace, 'id' | 'timeZone' | 'weekStartsOn' | 'fiscalYearStartMonth'>,
  ): Calendar {
    const cached = this.calendars.get(settings.id);
    // Keyed by the settings themselves: two changes within one millisecond share an updatedAt.
    const stamp = `${settings.timeZone}|${settings.weekStartsOn}|${settings.fiscalYearStartMonth}`;
    if (cached && cached.stamp === stamp) return cached.calendar;
    const calendar = new GregorianCalendar({
      timeZone: settings.timeZone,
      weekStartsOn: settings.weekStartsOn,
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
    });
    this.calendars.set(settings.id, { stamp, calendar });
    return calendar;
  }

  async update(caller: Caller, patch: WorkspaceUpdate): Promise<Workspace> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new WorkspaceRepository(trx);
      const before = await repo.byId(caller.workspaceId);
      if (!before) throw notFound('workspace', caller.workspaceId);
      const after: Workspace = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      await repo.update(after);
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: after.id,
        entity: 'workspace',
        entityId: after.id,
        action: 'update',
        before,
        after,
        actor: actorOf(caller),
        at: after.updatedAt,
      });
      await new ChangesService(this.deps).bump(trx, after.id, ['workspace']);
      return after;
    });
  }
}
