import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem, forbidden, unauthenticated } from './problem';

/** Who may call a route. Every route declares one in `config.access`; start-up fails otherwise. */
export type Access =
  /** Anyone, signed in or not (health, sign-in, setup). */
  | 'public'
  /** Any signed-in user, or a token with read scope. */
  | 'viewer'
  /** Any signed-in person, never a token: their own session and password. */
  | 'person'
  /** Any signed-in user or write token; the service then checks the record (e.g. a KPI's owner). */
  | 'contributor'
  /** Editors and admins, or a token with write scope. */
  | 'editor'
  /** Admins only; never a token. */
  | 'admin';

export type Role = 'admin' | 'editor' | 'viewer';

/** Who is calling: a signed-in person, or an API token acting for the user who made it. */
export interface Caller {
  kind: 'session' | 'token';
  workspaceId: string;
  userId: string;
  role: Role;
  /** For tokens: what the token may do. */
  scope?: 'read' | 'write';
  tokenId?: string;
  /** For sessions: the value state-changing requests must echo in `x-csrf-token`. */
  csrfToken?: string;
  /** For sessions: which one, so a password change can end all the others. */
  sessionId?: string;
}

/** How the audit log and data point history name a caller. */
export function actorOf(caller: Caller): string {
  return caller.kind === 'token' ? `token:${caller.tokenId}` : `user:${caller.userId}`;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/** Whether a caller passes a route's declared access. */
export function allows(access: Access, caller: Caller | null): boolean {
  if (access === 'public') return true;
  if (!caller) return false;
  const canWrite = caller.kind === 'session' ? caller.role !== 'viewer' : caller.scope === 'write';
  switch (access) {
    case 'viewer':
      return true;
    case 'person':
      return caller.kind === 'session';
    case 'contributor':
      return caller.kind === 'session' || caller.scope === 'write';
    case 'editor':
      return canWrite && caller.role !== 'viewer';
    case 'admin':
      return caller.kind === 'session' && caller.role === 'admin';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AccessControlOptions {
  /** Looks at the session cookie and the Authorization header; passed in so this file knows neither. */
  authenticate: (request: FastifyRequest) => Promise<Caller | null>;
  /** False until the workspace exists; then only public routes answer. */
  isSetUp: () => Promise<boolean>;
}

/** Resolves the caller on every request and enforces each route's declared access and CSRF. */
export function registerAccessControl(app: FastifyInstance, options: AccessControlOptions): void {
  app.decorateRequest('caller', null);
  app.addHook('onRoute', (route) => {
    if (!route.config?.access && !route.url.startsWith('/api/docs')) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    }
  });
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    if (!(await options.isSetUp())) {
      throw new HttpProblem(
        503,
        'setup_required',
        'Open the setup link the server printed at start',
      );
    }
    const caller = await options.authenticate(request);
    request.caller = caller;
    if (!caller) throw unauthenticated();
    if (!allows(access, caller)) {
      if (access === 'person')
        throw forbidden('Only a signed-in person can do this, not an API token');
      const who = caller.kind === 'token' ? `a ${caller.scope} token` : `a ${caller.role}`;
      throw forbidden(`This needs the ${access} role; you are ${who}`);
    }
    if (
      caller.kind === 'session' &&
      !SAFE_METHODS.has(request.method) &&
      request.headers['x-csrf-token'] !== caller.csrfToken
    ) {
      throw new HttpProblem(403, 'csrf_failed', 'Send the x-csrf-token from GET /api/auth/session');
    }
  });
}
