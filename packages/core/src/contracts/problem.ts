import { z } from 'zod';

/** Stable, machine-readable problem codes of the HTTP API. */
export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'rate_limited',
  'setup_required',
  'batch_rejected',
  'internal_error',
] as const;
export const problemCodeSchema = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof problemCodeSchema>;

/** One thing wrong with the input: where (a JSON pointer into the request) and why. */
export const problemIssueSchema = z.object({
  /** JSON pointer to the field at fault, e.g. `/body/items/12/value`. */
  pointer: z.string(),
  message: z.string(),
  /** For batches: the index of the item at fault. */
  item: z.number().int().optional(),
});
export type ProblemIssue = z.infer<typeof problemIssueSchema>;

/**
 * An error answer, RFC 9457 `application/problem+json`, with a stable `code` and the fields at fault.
 * @example { type: '/api/problems/not_found', title: 'Not found', status: 404, code: 'not_found', detail: 'No KPI with id "k1"' }
 */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: problemCodeSchema,
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(problemIssueSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
