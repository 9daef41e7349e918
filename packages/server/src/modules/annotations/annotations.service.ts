import type {
  Annotation,
  AnnotationCreate,
  AnnotationListQuery,
  AnnotationUpdate,
  ListResponse,
} from '@vitals/core';
import type { Caller } from '../../http/access';
import { pageWindow, toPage } from '../../http/paging';
import { badRequest, forbidden, notFound } from '../../http/problem';
import { auditChange } from '../audit/audit.service';
import { isoNow, type ServiceDeps } from '../deps';
import {
  AnnotationsRepository,
  type AnnotatedKpi,
  type AnnotationSubject,
} from './annotations.repository';

const unknown = (pointer: string, message: string) =>
  badRequest(`${pointer}: ${message}`, [{ pointer, message }]);

/**
 * Notes on why a number moved, on a metric or a KPI, for a day or a range of days. Editors and
 * admins write them anywhere; a viewer only on the KPIs they own. Deleting one is allowed: the
 * audit log keeps what it said.
 */
export class AnnotationsService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(caller: Caller, id: string): Promise<Annotation> {
    const annotation = await new AnnotationsRepository(this.deps.db).byId(caller.workspaceId, id);
    if (!annotation) throw notFound('annotation', id);
    return annotation;
  }

  async list(caller: Caller, query: AnnotationListQuery): Promise<ListResponse<Annotation>> {
    const repo = new AnnotationsRepository(this.deps.db);
    let subject: AnnotationSubject;
    if (query.kpiId) {
      const kpi = await repo.kpi(caller.workspaceId, query.kpiId);
      if (!kpi) throw unknown('/querystring/kpiId', `no KPI with id "${query.kpiId}"`);
      subject = { metricId: kpi.metricId, kpiId: kpi.id };
    } else {
      const metricId = query.metricId ?? '';
      if (!(await repo.metricExists(caller.workspaceId, metricId))) {
        throw unknown('/querystring/metricId', `no metric with id "${metricId}"`);
      }
      subject = { metricId };
    }
    const window = pageWindow(query);
    const { annotations, total } = await repo.list(caller.workspaceId, subject, query, window);
    return { ...toPage(annotations, window, (a) => a), total };
  }

  async create(caller: Caller, input: AnnotationCreate): Promise<Annotation> {
    const now = isoNow(this.deps);
    const annotation: Annotation = {
      id: this.deps.newId(),
      workspaceId: caller.workspaceId,
      ...input,
      authorId: caller.userId,
      createdAt: now,
      updatedAt: now,
    };
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new AnnotationsRepository(trx);
      const kpi =
        input.kpiId === null ? undefined : await repo.kpi(caller.workspaceId, input.kpiId);
      if (input.kpiId !== null && !kpi) {
        throw unknown('/body/kpiId', `no KPI with id "${input.kpiId}"`);
      }
      if (
        input.metricId !== null &&
        !(await repo.metricExists(caller.workspaceId, input.metricId))
      ) {
        throw unknown('/body/metricId', `no metric with id "${input.metricId}"`);
      }
      await this.checkMayWrite(repo, caller, input.kpiId, kpi);
      await repo.insert(annotation);
      await auditChange(trx, this.deps, caller, {
        entity: 'annotation',
        entityId: annotation.id,
        action: 'create',
        before: null,
        after: annotation,
        at: now,
      });
      return annotation;
    });
  }

  async update(caller: Caller, id: string, patch: AnnotationUpdate): Promise<Annotation> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new AnnotationsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('annotation', id);
      await this.checkMayWrite(repo, caller, before.kpiId);
      const after: Annotation = { ...before, ...patch, updatedAt: isoNow(this.deps) };
      if (after.to !== null && after.to < after.from) {
        const pointer = patch.to !== undefined ? '/body/to' : '/body/from';
        throw badRequest(
          `${pointer}: the range would end (${after.to}) before it starts (${after.from})`,
          [{ pointer, message: 'to must not be before from' }],
        );
      }
      await repo.update(after);
      await auditChange(trx, this.deps, caller, {
        entity: 'annotation',
        entityId: id,
        action: 'update',
        before,
        after,
        at: after.updatedAt,
      });
      return after;
    });
  }

  async delete(caller: Caller, id: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new AnnotationsRepository(trx);
      const before = await repo.byId(caller.workspaceId, id);
      if (!before) throw notFound('annotation', id);
      await this.checkMayWrite(repo, caller, before.kpiId);
      await repo.delete(id);
      await auditChange(trx, this.deps, caller, {
        entity: 'annotation',
        entityId: id,
        action: 'delete',
        before,
        after: null,
        at: isoNow(this.deps),
      });
    });
  }

  /** Editors and admins write any note; a viewer only notes on a KPI they own. */
  private async checkMayWrite(
    repo: AnnotationsRepository,
    caller: Caller,
    kpiId: string | null,
    kpi?: AnnotatedKpi,
  ): Promise<void> {
    if (caller.role !== 'viewer') return;
    if (kpiId === null)
      throw forbidden('A viewer may annotate only the KPIs they own, not metrics');
    const owner = (kpi ?? (await repo.kpi(caller.workspaceId, kpiId)))?.ownerId;
    if (owner !== caller.userId) {
      throw forbidden('A viewer may annotate only the KPIs they own, and this KPI is not theirs');
    }
  }
}
