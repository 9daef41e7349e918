import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySse from '@fastify/sse';
import Fastify, { type FastifyInstance, type FastifyRequest, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { timeOrderedIds } from './db/ids';
import type { Database } from './db/schema';
import { registerAccessControl, type Caller } from './http/access';
import { registerErrorHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { HttpProblem } from './http/problem';
import { loggerOptions, type LoggerSetting } from './http/request-log';
import { SESSION_COOKIE } from './http/session-cookie';
import { registerWebApp } from './http/static';
import { annotationsRoutes } from './modules/annotations/annotations.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { changesRoutes } from './modules/changes/changes.routes';
import { dataPointsRoutes } from './modules/data-points/data-points.routes';
import { seriesRoutes } from './modules/data-points/series.routes';
import { evaluationRoutes } from './modules/evaluation/evaluation.routes';
import { refreshSummariesAfterWrites } from './modules/evaluation/summary-refresh';
import { checkInsRoutes } from './modules/check-ins/check-ins.routes';
import { dashboardsRoutes } from './modules/dashboards/dashboards.routes';
import { invitationsRoutes } from './modules/invitations/invitations.routes';
import { kpisRoutes } from './modules/kpis/kpis.routes';
import { metricsRoutes } from './modules/metrics/metrics.routes';
import { sampleRoutes } from './modules/sample/sample.routes';
import { setupRoutes } from './modules/setup/setup.routes';
import { targetsRoutes } from './modules/targets/targets.routes';
import { teamsRoutes } from './modules/teams/teams.routes';
import { tokensRoutes } from './modules/tokens/tokens.routes';
import { usersRoutes } from './modules/users/users.routes';
import { workspaceRoutes } from './modules/workspace/workspace.routes';
import { createServices, type Services } from './services';

export interface AppOptions {
  db: Kysely<Database>;
  /** Request logging; URLs are logged without their link secrets (see http/request-log). */
  logger?: LoggerSetting;
  /** The clock, passed in so tests can set the time. */
  now?: () => Date;
  newId?: () => string;
  /** Largest request body in bytes (a 10,000-point batch is about 1.5 MB). */
  bodyLimit?: number;
  /** Sees every route as it is registered (the route × role walk lists the routes this way). */
  onRoute?: (route: RouteOptions) => void;
}

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's services, for start-up code and tests that need them beside HTTP. */
    services: Services;
  }
}

/** The Fastify app with every route, without `listen()`: tests drive it with `app.inject()`. */
export async function buildApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const services = createServices({
    db: options.db,
    now,
    newId: options.newId ?? timeOrderedIds(),
  });
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', services);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, 'rate_limited', `Too many attempts; try again in ${context.after}`),
  });
  registerAccessControl(app, {
    isSetUp: () => services.setup.isSetUp(),
    authenticate: (request) => authenticate(services, request),
  });
  await registerOpenApi(app);
  // Heartbeat comments every 20 s keep idle event streams open through proxies.
  await app.register(fastifySse, { heartbeatInterval: 20_000 });
  refreshSummariesAfterWrites(app, services.summaries);
  app.addHook('onClose', () => services.events.close());

  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Liveness' },
    handler: async () => ({ status: 'ok', time: now().toISOString() }),
  });
  await app.register(setupRoutes(services));
  await app.register(authRoutes(services));
  await app.register(workspaceRoutes(services));
  await app.register(tokensRoutes(services));
  await app.register(usersRoutes(services));
  await app.register(invitationsRoutes(services));
  await app.register(teamsRoutes(services));
  await app.register(metricsRoutes(services));
  await app.register(annotationsRoutes(services));
  await app.register(auditRoutes(services));
  await app.register(kpisRoutes(services));
  await app.register(targetsRoutes(services));
  await app.register(checkInsRoutes(services));
  await app.register(dataPointsRoutes(services));
  await app.register(seriesRoutes(services));
  await app.register(evaluationRoutes(services));
  await app.register(changesRoutes(services));
  await app.register(dashboardsRoutes(services));
  await app.register(sampleRoutes(services));
  // Last: its catch-all GET serves the built web app for every path no API route claims.
  await registerWebApp(app);

  return app;
}

/** A bearer token wins over the cookie: machines send tokens, browsers cookies. */
async function authenticate(services: Services, request: FastifyRequest): Promise<Caller | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return services.auth.tokenCaller(header.slice(7).trim());
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? services.auth.sessionCaller(cookie) : null;
}
