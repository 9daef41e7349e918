import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Annotation, AnnotationListQuery } from '@vitals/core';
import type { AnnotationsTable, Database } from '../../db/schema';
import type { PageWindow } from '../../http/paging';

type Db = Kysely<Database> | Transaction<Database>;

export function toAnnotation(row: Selectable<AnnotationsTable>): Annotation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    metricId: row.metric_id,
    kpiId: row.kpi_id,
    from: row.from_date,
    to: row.to_date,
    text: row.text,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fromAnnotation(a: Annotation): AnnotationsTable {
  return {
    id: a.id,
    workspace_id: a.workspaceId,
    metric_id: a.metricId,
    kpi_id: a.kpiId,
    from_date: a.from,
    to_date: a.to,
    text: a.text,
    author_id: a.authorId,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

/** What an annotation needs to know of the KPI it is on: its metric and its owner. */
export interface AnnotatedKpi {
  id: string;
  metricId: string;
  ownerId: string | null;
}

/** Whose notes a list shows: a metric's, or a KPI's own together with its metric's. */
export interface AnnotationSubject {
  metricId: string;
  kpiId?: string;
}

/** All SQL of annotations, and the read-only lookups of what they are on. */
export class AnnotationsRepository {
  constructor(private readonly db: Db) {}

  async byId(workspaceId: string, id: string): Promise<Annotation | undefined> {
    const row = await this.db
      .selectFrom('annotations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toAnnotation(row);
  }

  async kpi(workspaceId: string, id: string): Promise<AnnotatedKpi | undefined> {
    const row = await this.db
      .selectFrom('kpis')
      .select(['id', 'metric_id', 'owner_id'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, metricId: row.metric_id, ownerId: row.owner_id };
  }

  async metricExists(workspaceId: string, id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('metrics')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(annotation: Annotation): Promise<void> {
    await this.db.insertInto('annotations').values(fromAnnotation(annotation)).execute();
  }

  async update(annotation: Annotation): Promise<void> {
    await this.db
      .updateTable('annotations')
      .set({
        from_date: annotation.from,
        to_date: annotation.to,
        text: annotation.text,
        updated_at: annotation.updatedAt,
      })
      .where('id', '=', annotation.id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('annotations').where('id', '=', id).execute();
  }

  /**
   * One page (`limit + 1` rows, see `toPage`) of a subject's annotations, and how many match in
   * all; with `from`/`to`, those whose days touch that range (a single-day note spans its day).
   */
  async list(
    workspaceId: string,
    subject: AnnotationSubject,
    q: AnnotationListQuery,
    window: PageWindow,
  ): Promise<{ annotations: Annotation[]; total: number }> {
    let query = this.db
      .selectFrom('annotations')
      .where('workspace_id', '=', workspaceId)
      .where((eb) =>
        subject.kpiId
          ? eb.or([eb('metric_id', '=', subject.metricId), eb('kpi_id', '=', subject.kpiId)])
          : eb('metric_id', '=', subject.metricId),
      );
    // Civil dates are YYYY-MM-DD text, which compares like the dates it holds.
    if (q.to) query = query.where('from_date', '<=', q.to);
    const from = q.from;
    if (from) query = query.where((eb) => eb(eb.fn.coalesce('to_date', 'from_date'), '>=', from));
    const { count } = await query
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    const rows = await query
      .selectAll()
      .orderBy(q.sort === 'from' ? 'from_date' : 'created_at', q.order)
      .orderBy('id', q.order)
      .limit(window.limit + 1)
      .offset(window.offset)
      .execute();
    return { annotations: rows.map(toAnnotation), total: Number(count) };
  }
}
