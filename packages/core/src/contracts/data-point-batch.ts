import { z } from 'zod';
import { dataPointRevisionSchema, dataPointSchema, dataPointWriteSchema } from './data-point';
import { idSchema } from './common';
import { metricKeySchema } from './metric';
import { problemIssueSchema } from './problem';

/** Most items one `POST /api/data-points` takes; larger batches are split by the client. */
export const DATA_POINT_BATCH_MAX = 50_000;

/**
 * One item of a batch: a `DataPointWrite` that names its metric by `metricId` or, alternatively,
 * by `metricKey` (exactly one of them). For `last`/`first` metrics `components.at` may be left
 * out: it then means the period's last (first) day.
 */
export const dataPointBatchItemSchema = z
  .object({
    ...dataPointWriteSchema.shape,
    metricId: idSchema.optional(),
    metricKey: metricKeySchema.optional(),
  })
  .superRefine((item, ctx) => {
    if ((item.metricId === undefined) === (item.metricKey === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['metricId'],
        message: 'give the metric as metricId or as metricKey (exactly one)',
      });
    }
  });
export type DataPointBatchItem = z.infer<typeof dataPointBatchItemSchema>;
export type DataPointBatchItemInput = z.input<typeof dataPointBatchItemSchema>;

/** What a client sends (typed for the web app and the CLI). */
export const dataPointBatchSchema = z.object({
  items: z.array(dataPointBatchItemSchema).min(1).max(DATA_POINT_BATCH_MAX),
});
export type DataPointBatch = z.input<typeof dataPointBatchSchema>;

/*
 * What the route checks itself: only the envelope. Each item is then checked on its own by the
 * ingest service, so an all-or-nothing batch reports every bad item with its index and
 * `?mode=partial` can apply the good ones. The item's JSON Schema is attached for the OpenAPI
 * document.
 */
const itemJsonSchema: Record<string, unknown> = {
  ...z.toJSONSchema(dataPointBatchItemSchema, { io: 'input', unrepresentable: 'any' }),
};
delete itemJsonSchema['$schema'];
export const dataPointBatchBodySchema = z.object({
  items: z
    .array(z.unknown().meta(itemJsonSchema), { error: 'items must be a list of data points' })
    .min(1, { error: 'items must hold at least one data point' }),
});

export const DATA_POINT_BATCH_MODES = ['atomic', 'partial'] as const;
/** `atomic` (default): any bad item rejects the batch; `partial`: apply the good items, report the rest. */
export const dataPointBatchQuerySchema = z.object({
  mode: z
    .enum(DATA_POINT_BATCH_MODES, { error: 'mode must be atomic or partial' })
    .default('atomic'),
});

/**
 * The outcome of a batch. `applied` = `created` + `revised` (items that changed the store);
 * `unchanged` items carried the value already stored; `rejected` lists each bad item (only in
 * partial mode — an atomic batch with a bad item is answered 422 `batch_rejected`).
 */
export const dataPointBatchResultSchema = z.object({
  applied: z.number().int().min(0),
  created: z.number().int().min(0),
  revised: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  rejected: z.array(problemIssueSchema.required({ item: true })),
});
export type DataPointBatchResult = z.infer<typeof dataPointBatchResultSchema>;

/** A data point with the history of its values, oldest first. */
export const dataPointHistorySchema = z.object({
  current: dataPointSchema,
  revisions: z.array(dataPointRevisionSchema),
});
export type DataPointHistory = z.infer<typeof dataPointHistorySchema>;
