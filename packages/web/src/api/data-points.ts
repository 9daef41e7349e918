import {
  dataPointBatchItemSchema,
  dataPointBatchResultSchema,
  type DataPointBatchItemInput,
  type DataPointBatchResult,
} from '@vitals/core';
import { apiRequest } from './client';

/**
 * Writes a batch of data points in one request, all-or-nothing: a bad item rejects the batch with
 * 422 `batch_rejected`, whose `errors[]` name each bad item by `item` (its index) and `pointer`.
 */
export function writeDataPoints(
  items: readonly DataPointBatchItemInput[],
): Promise<DataPointBatchResult> {
  // Items are checked against their metrics by the server; here only their shape, so that a bug
  // in the grid cannot send something the contract does not describe.
  for (const item of items) dataPointBatchItemSchema.parse(item);
  return apiRequest('POST', '/api/data-points', {
    schema: dataPointBatchResultSchema,
    body: { items },
  });
}
