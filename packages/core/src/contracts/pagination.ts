import { z } from 'zod';

export const SORT_ORDERS = ['asc', 'desc'] as const;

/**
 * Paging of every list endpoint: `limit` (1–500, default 50) with either an opaque `cursor` from
 * the previous page's `nextCursor` or a numeric `offset`. Values are coerced from query strings.
 */
export const paginationQueryShape = {
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(500, { error: 'limit must be at most 500' })
    .default(50),
  cursor: z
    .string()
    .min(1, { error: 'cursor must not be empty' })
    .max(500, { error: 'cursor is too long' })
    .optional(),
  offset: z.coerce
    .number({ error: 'offset must be a number' })
    .int({ error: 'offset must be a whole number' })
    .min(0, { error: 'offset must not be negative' })
    .optional(),
  order: z.enum(SORT_ORDERS, { error: 'order must be asc or desc' }).default('asc'),
};

interface Paging {
  cursor?: string;
  offset?: number;
}
const oneWayToPage = (q: Paging): boolean => q.cursor === undefined || q.offset === undefined;
const notBoth = { path: ['offset'], error: 'give either cursor or offset, not both' };

/** Paging with any `sort` field name; lists that know their fields use `listQuerySchema`. */
export const paginationQuerySchema = z
  .object({
    ...paginationQueryShape,
    sort: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { error: 'sort must be a field name' })
      .max(64)
      .optional(),
  })
  .refine(oneWayToPage, notBoth);
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

/**
 * The query of one list endpoint: paging, `sort` restricted to the fields it can sort by, and its
 * own filters.
 * @example listQuerySchema(['name', 'createdAt'], { teamId: idSchema.optional() })
 */
export function listQuerySchema<
  const Sort extends readonly [string, ...string[]],
  Filters extends z.ZodRawShape,
>(sortFields: Sort, filters: Filters) {
  return z
    .object({
      ...paginationQueryShape,
      sort: z
        .enum(sortFields, { error: `sort must be one of: ${sortFields.join(', ')}` })
        .default(sortFields[0]),
      ...filters,
    })
    .refine((q) => oneWayToPage(q as Paging), notBoth);
}

/**
 * The query of a list with one fixed order (newest first feeds such as the audit log): paging and
 * its own filters, without `sort` or `order`.
 * @example feedQuerySchema({ entity: z.string().optional() })
 */
export function feedQuerySchema<Filters extends z.ZodRawShape>(filters: Filters) {
  const { limit, cursor, offset } = paginationQueryShape;
  return z
    .object({ limit, cursor, offset, ...filters })
    .refine((q) => oneWayToPage(q as Paging), notBoth);
}

/**
 * The `archived` filter of lists: `false` (the default: active records), `true` (only archived
 * ones) or `all`.
 */
export const archivedFilterSchema = z
  .enum(['false', 'true', 'all'], { error: 'must be false, true or all' })
  .default('false');
export type ArchivedFilter = z.infer<typeof archivedFilterSchema>;

/** The `search` filter of lists: text to look for, case-insensitively. */
export const searchFilterSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

/** One page of a list: the items, the cursor of the next page (null on the last), the total when cheap. */
export function listResponseSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0).optional(),
  });
}

export interface ListResponse<Item> {
  items: Item[];
  nextCursor: string | null;
  total?: number;
}
