import type { FastifyInstance } from 'fastify';
import type { SummaryCache } from './summary-cache';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * After a successful write, and before its answer goes out, the workspace's recently read
 * dashboard summaries are recomputed (see `SummaryCache.refresh`): the writer waits for them once
 * instead of every reader after it, and a dashboard read right after the write is as fast as any.
 */
export function refreshSummariesAfterWrites(app: FastifyInstance, cache: SummaryCache): void {
  app.addHook('onSend', async (request, reply) => {
    const caller = request.caller;
    if (!caller || !WRITES.has(request.method) || reply.statusCode >= 400) return;
    // The write has committed: a failed refresh leaves the summaries to their next reader.
    await cache.refresh(caller.workspaceId).catch((error: unknown) => {
      request.log.warn({ err: error }, 'refreshing dashboard summaries after a write failed');
    });
  });
}
