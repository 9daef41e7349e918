import type { Transaction } from 'kysely';
import type { Kpi, KpiCreate, KpiListQuery, KpiUpdate, ListResponse } from '@vitals/core';
import type { Database } from '../../db/schema';
import { actorOf, type Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, conflict, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { ChangesService } from '../changes/changes.service';
import { isoNow, type ServiceDeps } from '../deps';
import { KpisRepository } from './kpis.repository';
import { kpiReferenceProblems, type GivenFields } from './kpis.validation';

/** Compares two KPIs without their timestamps, to skip updates that change nothing. */
const sameContent = (a: Kpi, b: Kpi): boolean =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/** KPIs: a metric a team steers by, with its intent, owner, direction, cadence and links. */
export class KpisService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(caller: Caller, id: string): Promise<Kpi> {
    const kpi = await new KpisRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!kpi) throw notFound('KPI', id);
    return kpi;
  }

  async list(caller: Caller, query: KpiListQuery): Promise<ListResponse<Kpi>> {
    const window = pageWindow(query);
    const { kpis, total } = await new KpisRepository(this.deps.db).list(
      caller.workspaceId,
      query,
      window,
    );
    return { ...toPage(kpis, window, (k) => k), total };
  }

  async create(caller: Caller, input: KpiCreate): Promise<Kpi> {
    const now = isoNow(this.deps);
    const kpi: Kpi = {
      ...input,
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    return this.deps.db.transaction().execute(async (trx) => {
      await this.check(trx, kpi, new Set(Object.keys(kpi) as (keyof Kpi)[]));
      await new KpisRepository(trx).insert(kpi);
      await this.audit(trx, caller, 'create', null, kpi);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['kpis']);
      return kpi;
    });
  }

  /** Replaces the fields given; links are replaced whole when given. Archived KPIs are frozen. */
  async update(caller: Caller, id: string, patch: KpiUpdate): Promise<Kpi> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new KpisRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('KPI', id);
      if (before.archivedAt) {
        throw conflict(`KPI "${before.name}" is archived; restore it before changing it`);
      }
      const after: Kpi = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      if (sameContent(before, after)) return before;
      // A metric given again unchanged is not re-checked (it may have been archived since).
      const given = new Set(Object.keys(patch) as (keyof Kpi)[]);
      if (patch.metricId === before.metricId) given.delete('metricId');
      if (patch.metricId !== undefined && patch.metricId !== before.metricId) {
        given.add('dimensionFilter');
      }
      await this.check(trx, after, given);
      await repo.update(after);
      await this.audit(trx, caller, 'update', before, after);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['kpis']);
      return after;
    });
  }

  archive(caller: Caller, id: string): Promise<Kpi> {
    return this.setArchived(caller, id, true);
  }

  restore(caller: Caller, id: string): Promise<Kpi> {
    return this.setArchived(caller, id, false);
  }

  private async setArchived(caller: Caller, id: string, archived: boolean): Promise<Kpi> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new KpisRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('KPI', id);
      if ((before.archivedAt !== null) === archived) return before;
      const now = isoNow(this.deps);
      const after: Kpi = { ...before, archivedAt: archived ? now : null, updatedAt: now };
      await repo.update(after);
      await this.audit(trx, caller, archived ? 'archive' : 'restore', before, after);
      await new ChangesService(this.deps).bump(trx, caller.workspaceId, ['kpis']);
      return after;
    });
  }

  private async check(trx: Transaction<Database>, kpi: Kpi, given: GivenFields): Promise<void> {
    const issues = await kpiReferenceProblems(trx, kpi, given);
    const first = issues[0];
    if (first) throw badRequest(`${first.pointer}: ${first.message}`, issues);
  }

  private audit(
    trx: Transaction<Database>,
    caller: Caller,
    action: string,
    before: Kpi | null,
    after: Kpi,
  ): Promise<void> {
    return recordAudit(trx, {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      entity: 'kpi',
      entityId: after.id,
      action,
      before,
      after,
      actor: actorOf(caller),
      at: after.updatedAt,
    });
  }
}
