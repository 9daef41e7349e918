import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workspaceSchema, workspaceUpdateSchema } from '@vitals/core';
import type { Services } from '../../services';
import { callerOf } from '../../http/caller';

/** The workspace's name, calendar, currency and locale. */
export function workspaceRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/workspace', {
      config: { access: 'viewer' },
      schema: {
        tags: ['workspace'],
        summary: 'The workspace and its calendar settings',
        response: { 200: workspaceSchema },
      },
      handler: async (request) => services.workspace.get(callerOf(request).workspaceId),
    });

    app.patch('/api/workspace', {
      config: { access: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: 'Change the workspace settings (audited)',
        body: workspaceUpdateSchema,
        response: { 200: workspaceSchema },
      },
      handler: async (request) => services.workspace.update(callerOf(request), request.body),
    });
  };
}
