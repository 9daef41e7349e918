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
    const workspace = await this.get(id);
    const cached = this.calendars.get(id);
    // Keyed by the settings themselves: two changes within one millisecond share an updatedAt.
    const stamp = `${workspace.timeZone}|${workspace.weekStartsOn}|${workspace.fiscalYearStartMonth}`;
    if (cached && cached.stamp === stamp) return cached.calendar;
    const calendar = new GregorianCalendar({
      timeZone: workspace.timeZone,
      weekStartsOn: workspace.weekStartsOn,
      fiscalYearStartMonth: workspace.fiscalYearStartMonth,
    });
    this.calendars.set(id, { stamp, calendar });
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
