import Fastify, { type FastifyInstance } from 'fastify';

export interface AppOptions {
  logger?: boolean | { level: string };
  /** The clock, passed in so tests can set the time. */
  now?: () => Date;
}

/** The Fastify app with every route, without `listen()`: tests drive it with `app.inject()`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false });

  app.get('/api/health', async () => ({ status: 'ok', time: now().toISOString() }));

  return app;
}
