import type { Transaction } from 'kysely';
import type {
  Calendar,
  CheckIn,
  CheckInCreate,
  CheckInListQuery,
  CheckInUpdate,
  Kpi,
  ListResponse,
} from '@vitals/core';
import type { Database } from '../../db/schema';
import { actorOf, type Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { isoNow, type ServiceDeps } from '../deps';
import { KpisRepository } from '../kpis/kpis.repository';
import { WorkspaceService } from '../workspace/workspace.service';
import { CheckInsRepository } from './check-ins.repository';

const canEdit = (caller: Caller): boolean => caller.role !== 'viewer';

function frozen(kpi: Kpi): never {
  throw conflict(`KPI "${kpi.name}" is archived; restore it before checking in on it`);
}

/** The period reviewed must exist in the workspace calendar at the KPI's review cadence. */
function checkPeriod(calendar: Calendar, kpi: Kpi, periodKey: string, now: Date): void {
  let message: string;
  try {
    const period = calendar.parseKey(periodKey);
    if (period.grain === kpi.reviewCadence) return;
    const example = calendar.periodAt(now, kpi.reviewCadence).key;
    message = `"${periodKey}" is a ${period.grain}; KPI "${kpi.name}" is reviewed by ${kpi.reviewCadence} (a key like ${example})`;
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  throw badRequest(`/body/periodKey: ${message}`, [{ pointer: '/body/periodKey', message }]);
}

/**
 * Check-ins: dated, blame-free reviews of a KPI. Editors and admins check in on any KPI, a
 * viewer only on the KPIs they own; the author or an editor may correct one later (audited).
 */
export class CheckInsService {
  private readonly calendars: Pick<WorkspaceService, 'calendar'>;

  constructor(
    private readonly deps: ServiceDeps,
    calendars?: Pick<WorkspaceService, 'calendar'>,
  ) {
    this.calendars = calendars ?? new WorkspaceService(deps);
  }

  async get(caller: Caller, id: string): Promise<CheckIn> {
    const checkIn = await new CheckInsRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!checkIn) throw notFound('check-in', id);
    return checkIn;
  }

  async listOfKpi(
    caller: Caller,
    kpiId: string,
    query: CheckInListQuery,
  ): Promise<ListResponse<CheckIn>> {
    const kpi = await new KpisRepository(this.deps.db).byId(caller.workspaceId, kpiId);
    if (!kpi) throw notFound('KPI', kpiId);
    const window = pageWindow(query);
    const rows = await new CheckInsRepository(this.deps.db).ofKpi(kpiId, window);
    return toPage(rows, window, (c) => c);
  }

  async create(caller: Caller, input: CheckInCreate): Promise<CheckIn> {
    // Read before the transaction: on SQLite the transaction holds the only connection.
    const calendar = await this.calendars.calendar(caller.workspaceId);
    return this.deps.db.transaction().execute(async (trx) => {
      const kpi = await new KpisRepository(trx).byId(caller.workspaceId, input.kpiId);
      if (!kpi) {
        const message = `no KPI with id "${input.kpiId}"`;
        throw badRequest(`/body/kpiId: ${message}`, [{ pointer: '/body/kpiId', message }]);
      }
      if (!canEdit(caller) && kpi.ownerId !== caller.userId) {
        throw forbidden(
          `Only editors, admins and the owner of KPI "${kpi.name}" may check in on it`,
        );
      }
      if (kpi.archivedAt) frozen(kpi);
      checkPeriod(calendar, kpi, input.periodKey, this.deps.now());
      const now = isoNow(this.deps);
      const checkIn: CheckIn = {
        ...input,
        id: this.deps.newId(),
        authorId: caller.userId,
        createdAt: now,
        updatedAt: now,
      };
      await new CheckInsRepository(trx).insert(checkIn);
      await this.audit(trx, caller, 'create', null, checkIn);
      return checkIn;
    });
  }

  /** The author or an editor corrects the call, commentary or next actions. */
  async update(caller: Caller, id: string, patch: CheckInUpdate): Promise<CheckIn> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new CheckInsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('check-in', id);
      if (!canEdit(caller) && before.authorId !== caller.userId) {
        throw forbidden('Only the author of a check-in, editors and admins may change it');
      }
      const kpi = await new KpisRepository(trx).byId(caller.workspaceId, before.kpiId);
      if (kpi?.archivedAt) frozen(kpi);
      const after: CheckIn = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      if (
        JSON.stringify({ ...after, updatedAt: '' }) === JSON.stringify({ ...before, updatedAt: '' })
      ) {
        return before;
      }
      await repo.update(after);
      await this.audit(trx, caller, 'update', before, after);
      return after;
    });
  }

  private audit(
    trx: Transaction<Database>,
    caller: Caller,
    action: 'create' | 'update',
    before: CheckIn | null,
    after: CheckIn,
  ): Promise<void> {
    return recordAudit(trx, {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      entity: 'check_in',
      entityId: after.id,
      action,
      before,
      after,
      actor: actorOf(caller),
      at: after.updatedAt,
    });
  }
}
