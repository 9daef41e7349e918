import { z } from 'zod';
import { civilDateSchema, idSchema, requiredText, storedFields } from './common';
import { listQuerySchema, listResponseSchema } from './pagination';

const annotationFields = z.object({
  /** An annotation belongs to a metric (shown on every KPI of it) or to one KPI. */
  metricId: idSchema.nullable(),
  kpiId: idSchema.nullable(),
  /** The day it marks, or the first day of a range … */
  from: civilDateSchema,
  /** … and the last day of the range (inclusive); null for a single day. */
  to: civilDateSchema.nullable(),
  text: requiredText(2000),
});

type Placement = {
  metricId?: string | null;
  kpiId?: string | null;
  from?: string;
  to?: string | null;
};

function validPlacement(value: Placement, ctx: z.RefinementCtx): void {
  if (value.metricId !== undefined && value.kpiId !== undefined) {
    if ((value.metricId === null) === (value.kpiId === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kpiId'],
        message: 'give exactly one of metricId or kpiId',
      });
    }
  }
  if (value.from !== undefined && value.to != null && value.to < value.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
  }
}

export const annotationCreateSchema = z
  .object({
    ...annotationFields.shape,
    metricId: idSchema.nullable().default(null),
    kpiId: idSchema.nullable().default(null),
    to: civilDateSchema.nullable().default(null),
  })
  .superRefine(validPlacement);
export type AnnotationCreate = z.infer<typeof annotationCreateSchema>;

/** What it belongs to is fixed; the dates and text may change. */
export const annotationUpdateSchema = annotationFields
  .pick({ from: true, to: true, text: true })
  .partial()
  .superRefine(validPlacement);
export type AnnotationUpdate = z.infer<typeof annotationUpdateSchema>;

export const annotationSchema = z.object({
  ...storedFields,
  workspaceId: idSchema,
  ...annotationFields.shape,
  authorId: idSchema.nullable(),
});
export type Annotation = z.infer<typeof annotationSchema>;

/**
 * `GET /api/annotations`: the notes of one metric (`metricId`) or one KPI (`kpiId`: its own and its
 * metric's), optionally only those touching the days `from`–`to` (both included).
 */
export const annotationListQuerySchema = listQuerySchema(['from', 'createdAt'], {
  metricId: idSchema.optional(),
  kpiId: idSchema.optional(),
  from: civilDateSchema.optional(),
  to: civilDateSchema.optional(),
}).superRefine((q, ctx) => {
  if ((q.metricId === undefined) === (q.kpiId === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['kpiId'],
      message: 'give exactly one of metricId or kpiId',
    });
  }
  if (q.from !== undefined && q.to !== undefined && q.to < q.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
  }
});
export type AnnotationListQuery = z.infer<typeof annotationListQuerySchema>;

export const annotationListSchema = listResponseSchema(annotationSchema);
