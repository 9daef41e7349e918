import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sampleWorkspaceResultSchema } from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

/** Loading the sample company into an empty workspace. */
export function sampleRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/sample-workspace', {
      config: { access: 'admin' },
      schema: {
        tags: ['workspace'],
        summary:
          'Load the sample company (teams, people, KPIs, two years of data, targets, check-ins, ' +
          'annotations, dashboards) into a workspace without KPIs; 409 otherwise',
        response: { 201: sampleWorkspaceResultSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.sample.load(callerOf(request))),
    });
  };
}
