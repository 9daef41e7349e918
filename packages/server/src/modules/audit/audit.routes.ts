import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListQuerySchema, auditListSchema } from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

/** Admins read the audit log: every change with who, when, and the record before and after. */
export function auditRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/audit', {
      config: { access: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first, filtered by entity, entity id, actor and date range',
        querystring: auditListQuerySchema,
        response: { 200: auditListSchema },
      },
      handler: async (request) => services.audit.list(callerOf(request), request.query),
    });
  };
}
