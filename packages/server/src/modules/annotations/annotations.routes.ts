import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  annotationCreateSchema,
  annotationListQuerySchema,
  annotationListSchema,
  annotationSchema,
  annotationUpdateSchema,
  idSchema,
} from '@vitals/core';
import { callerOf } from '../../http/caller';
import type { Services } from '../../services';

const params = z.object({ id: idSchema });

/**
 * Notes on why a number moved. Anyone signed in reads them; writing is open to any signed-in
 * person or write token, and the service lets viewers write only on the KPIs they own.
 */
export function annotationsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/annotations', {
      config: { access: 'viewer' },
      schema: {
        tags: ['annotations'],
        summary: "A metric's or a KPI's annotations (a KPI's include its metric's), by date range",
        querystring: annotationListQuerySchema,
        response: { 200: annotationListSchema },
      },
      handler: async (request) => services.annotations.list(callerOf(request), request.query),
    });

    app.post('/api/annotations', {
      config: { access: 'contributor' },
      schema: {
        tags: ['annotations'],
        summary: 'Annotate a metric or a KPI for a day or a range of days',
        body: annotationCreateSchema,
        response: { 201: annotationSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await services.annotations.create(callerOf(request), request.body)),
    });

    app.get('/api/annotations/:id', {
      config: { access: 'viewer' },
      schema: {
        tags: ['annotations'],
        summary: 'One annotation',
        params,
        response: { 200: annotationSchema },
      },
      handler: async (request) => services.annotations.get(callerOf(request), request.params.id),
    });

    app.patch('/api/annotations/:id', {
      config: { access: 'contributor' },
      schema: {
        tags: ['annotations'],
        summary: "Change an annotation's dates or text",
        params,
        body: annotationUpdateSchema,
        response: { 200: annotationSchema },
      },
      handler: async (request) =>
        services.annotations.update(callerOf(request), request.params.id, request.body),
    });

    app.delete('/api/annotations/:id', {
      config: { access: 'contributor' },
      schema: {
        tags: ['annotations'],
        summary: 'Delete an annotation (the audit log keeps what it said)',
        params,
        response: { 204: z.null() },
      },
      handler: async (request, reply) => {
        await services.annotations.delete(callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
