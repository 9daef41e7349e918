import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ChangeEvent } from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

/** How long a browser waits before reconnecting a dropped stream (the `retry:` field). */
export const RETRY_MS = 3000;

/**
 * `GET /api/events`: Server-Sent Events of the caller's workspace. First a `retry:` line, then
 * one `event: change` per committed change with `data: {"version": n, "kinds": [...]}`, and a
 * `: heartbeat` comment every 20 s (the plugin's interval, set in app.ts) so proxies keep it open.
 */
export function changesRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    /** How to end each open stream when the server closes. */
    const open = new Set<() => void>();
    // Open streams would keep the server from closing: end them, and their connections, first.
    app.addHook('preClose', async () => {
      for (const shutDown of [...open]) shutDown();
    });

    app.get('/api/events', {
      config: { access: 'viewer' },
      sse: 'only',
      exposeHeadRoute: false,
      schema: {
        tags: ['events'],
        summary:
          'Live changes of the workspace as Server-Sent Events: `event: change`, `data: {"version", "kinds"}`',
      },
      handler: async (request, reply) => {
        const { workspaceId } = callerOf(request);
        const stream = reply.sse;
        stream.keepAlive();
        const unsubscribe = await services.events.subscribe(workspaceId, (change) => {
          const data: ChangeEvent = { version: change.version, kinds: change.kinds };
          if (stream.isConnected) void stream.send({ event: 'change', data }).catch(end);
        });
        function end(): void {
          unsubscribe();
          open.delete(shutDown);
          stream.close();
        }
        // The connection too: an idle keep-alive socket would hold the closing server until the
        // browser drops it; the browser reconnects (to another process behind a load balancer).
        function shutDown(): void {
          end();
          request.raw.socket.end?.();
        }
        // The browser may have gone while the subscription was being made.
        if (!stream.isConnected) return end();
        open.add(shutDown);
        stream.onClose(end);
        await stream.send({ data: undefined, retry: RETRY_MS });
      },
    });
  };
}
