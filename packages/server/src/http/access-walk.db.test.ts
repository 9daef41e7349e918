import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app';
import { describeEachEngine } from '../test-support/engines';
import { allows } from './access';
import { buildWalk, type Walk, type WalkCaller, type WalkedRoute } from './access-walk.fixtures';
import { bodies, routeKey, urlOf } from './access-walk.requests';

/*
 * Every registered route × every kind of caller: no credentials, a revoked token, a read token, a
 * viewer, a viewer who owns the KPI, a write token, an editor, an admin. The expected answer
 * follows from the route's declared access and `allows()`: 401 without valid credentials, 403
 * when access refuses the caller, and anything but 401/403 (or a server error) when it lets them
 * in. `person` routes let every session in and no token. `contributor` routes let sessions and
 * write tokens in and leave the record to the service: a viewer is refused unless it is theirs.
 */

type Outcome = 'unauthenticated' | 'forbidden' | 'passes';

function serviceDecides(route: WalkedRoute, who: WalkCaller & { caller: object }): Outcome {
  // Editors, admins and the admin's write token write anything; a viewer only records of the KPI
  // they own (its data, check-ins they wrote, notes on it).
  return who.caller.role !== 'viewer' || who.name === 'owner' ? 'passes' : 'forbidden';
}

function expectedOutcome(route: WalkedRoute, who: WalkCaller): Outcome {
  const access = route.access ?? 'public';
  if (access === 'public') return 'passes';
  if (!who.caller) return 'unauthenticated';
  if (!allows(access, who.caller)) return 'forbidden';
  if (access === 'contributor') return serviceDecides(route, { ...who, caller: who.caller });
  return 'passes';
}

/** Routes whose answer is a stream that stays open (Server-Sent Events). */
const STREAMS = new Set(['GET /api/events']);

type Answer = Pick<LightMyRequestResponse, 'statusCode' | 'body' | 'json'>;

/** A streamed answer: an open stream is let go once its status is known; a refusal read whole. */
async function settled(res: LightMyRequestResponse): Promise<Answer> {
  const stream = res.stream();
  if (res.statusCode === 200) {
    stream.destroy();
    return { statusCode: 200, body: '', json: () => ({}) as never };
  }
  let body = '';
  for await (const chunk of stream) body += String(chunk);
  return { statusCode: res.statusCode, body, json: () => JSON.parse(body) as never };
}

/** What an answer says about access; `null` when it is fine, otherwise what is wrong. */
function mismatch(res: Answer, expected: Outcome, head: boolean): string | null {
  const status = res.statusCode;
  const actual: Outcome =
    status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'passes';
  if (actual !== expected) return `expected ${expected}, got ${status} ${res.body.slice(0, 160)}`;
  if (status >= 500) return `server error ${status} ${res.body.slice(0, 160)}`;
  // A refusal is problem+json with the matching code (a 403 csrf_failed would be a test bug).
  if (actual !== 'passes' && !head) {
    const code = res.json<{ code?: string }>().code;
    if (code !== actual) return `expected code ${actual}, got ${code}`;
  }
  return null;
}

/** Sign-out ends the caller's session, so it is walked last. */
const signOutLast = (a: WalkedRoute, b: WalkedRoute) =>
  Number(a.url === '/api/auth/sign-out') - Number(b.url === '/api/auth/sign-out');

describeEachEngine('every route × every caller', (engine) => {
  let walk: Walk;
  beforeAll(async () => {
    walk = await buildWalk(engine().db);
  });
  afterAll(() => walk.app.close());

  it('lists every route, each declaring who may call it', () => {
    const { routes } = walk;
    const api = routes.filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));
    expect(api.length, api.map(routeKey).join('\n')).toBeGreaterThanOrEqual(40);
    // The access hook exempts only the OpenAPI browser (registered by @fastify/swagger-ui).
    const undeclared = routes.filter((r) => !r.access).map(routeKey);
    expect(undeclared.filter((k) => !k.split(' ')[1]?.startsWith('/api/docs'))).toEqual([]);
    const table = bodies(walk.ids);
    const withoutBody = routes.filter((r) => r.hasBody && !(routeKey(r) in table)).map(routeKey);
    expect(withoutBody, 'add a valid body to access-walk.requests.ts').toEqual([]);
  });

  it('answers each caller as the route’s declared access says', async () => {
    const { app, routes, callers, ids } = walk;
    const table = bodies(ids);
    const failures: string[] = [];
    const tally: Record<Outcome, number> = { unauthenticated: 0, forbidden: 0, passes: 0 };
    for (const route of [...routes].sort(signOutLast)) {
      const url = urlOf(route, ids);
      const body = table[routeKey(route)];
      for (const who of callers) {
        const expected = expectedOutcome(route, who);
        tally[expected] += 1;
        const streams = STREAMS.has(routeKey(route));
        const answer = await app.inject({
          method: route.method as 'GET',
          url,
          headers: who.headers,
          ...(body === undefined ? {} : { payload: body as object }),
          ...(streams ? { payloadAsStream: true } : {}),
        });
        const res = streams ? await settled(answer) : answer;
        const wrong = mismatch(res, expected, route.method === 'HEAD');
        if (wrong) failures.push(`${who.name.padEnd(13)} ${route.method} ${url}: ${wrong}`);
      }
    }
    expect(failures).toEqual([]);
    // Each kind of outcome was actually walked (a vacuous walk would not reach them all).
    expect(tally.unauthenticated).toBeGreaterThan(80);
    expect(tally.forbidden).toBeGreaterThan(40);
    expect(tally.passes).toBeGreaterThan(150);
  });

  it('refuses to register a route that does not declare its access', async () => {
    const app = await buildApp({ db: engine().db });
    expect(() => app.get('/api/undeclared', { schema: {} }, async () => ({ ok: true }))).toThrow(
      'Route GET /api/undeclared does not declare config.access',
    );
    await app.close();
  });
});
