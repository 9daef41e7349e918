import { afterAll, beforeAll, expect, it } from 'vitest';
import type { User } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { ADMIN, anonymous, setUpApp, type Client, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import {
  adminId,
  apiToken,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
  type SignedIn,
} from '../kpis/test-fixtures';

const TABLES = ['users', 'sessions', 'audit_log'] as const;
const PASSWORD = 'a perfectly long password';

async function create(admin: Client, body: object): Promise<User> {
  const res = await admin.request('POST', '/api/users', body);
  if (res.statusCode !== 201) throw new Error(`user not created: ${res.statusCode} ${res.body}`);
  return res.json<User>();
}

async function auditOf(admin: Client, id: string) {
  const res = await admin.request('GET', `/api/audit?entity=user&entityId=${id}`);
  return res.json<{ items: { action: string; before: unknown; after: unknown }[] }>().items;
}

describeEachEngine('users', (engine) => {
  let ctx: SetUpApp;
  let viewer: SignedIn;
  beforeAll(async () => {
    ctx = await setUpApp(engine().db);
    viewer = await signIn(ctx.app, await insertUser(engine().db, ctx.workspaceId, 'viewer'));
  });
  afterAll(() => ctx.app.close());

  it('creates users with or without a password, lists them for anyone and audits changes', async () => {
    const { app, admin } = ctx;
    const grace = await create(admin, {
      email: 'Grace@Example.com',
      name: 'Grace Hopper',
      role: 'editor',
      password: PASSWORD,
    });
    expect(grace).toMatchObject({ email: 'grace@example.com', role: 'editor', archivedAt: null });
    expect(grace).not.toHaveProperty('password');
    expect((await signIn(app, { ...grace, password: PASSWORD })).headers.cookie).toBeTruthy();

    const linus = await create(admin, { email: 'linus@example.com', name: 'linus' });
    expect(linus.role).toBe('viewer');
    const noPassword = await anonymous(app).request('POST', '/api/auth/sign-in', {
      email: linus.email,
      password: PASSWORD,
    });
    expectProblem(noPassword, { status: 401, code: 'unauthenticated' });

    const taken = await admin.request('POST', '/api/users', {
      email: 'GRACE@example.com',
      name: 'Impostor',
    });
    expectProblem(taken, { status: 409, code: 'conflict', pointer: '/body/email' });

    expect((await viewer.request('GET', `/api/users/${grace.id}`)).json()).toEqual(grace);
    const byName = await viewer.request('GET', '/api/users?sort=name&limit=2');
    const page = byName.json<{ items: User[]; nextCursor: string; total: number }>();
    expect(page.items.map((u) => u.name)).toEqual(['Ada Admin', 'Grace Hopper']);
    expect(page.total).toBe(4);
    const rest = await viewer.request(
      'GET',
      `/api/users?sort=name&limit=2&cursor=${page.nextCursor}`,
    );
    expect(rest.json<{ items: User[] }>().items.map((u) => u.name)).toEqual([
      'linus',
      expect.stringMatching(/^viewer /),
    ]);
    expect(rest.json().nextCursor).toBeNull();
    const editors = await viewer.request('GET', '/api/users?role=editor&sort=email&order=desc');
    expect(editors.json<{ items: User[] }>().items.map((u) => u.email)).toEqual([grace.email]);

    const renamed = await admin.request('PATCH', `/api/users/${linus.id}`, {
      name: 'Linus T.',
      role: 'editor',
    });
    expect(renamed.json()).toMatchObject({ name: 'Linus T.', role: 'editor' });
    const steal = await admin.request('PATCH', `/api/users/${linus.id}`, {
      email: 'Ada@example.com',
    });
    expectProblem(steal, { status: 409, code: 'conflict', pointer: '/body/email' });

    const log = await auditOf(admin, linus.id);
    expect(log.map((e) => e.action)).toEqual(['update', 'create']);
    expect(log[0]).toMatchObject({
      before: { name: 'linus', role: 'viewer' },
      after: { name: 'Linus T.', role: 'editor' },
    });
    // The log never holds a password or its hash.
    const all = await admin.request('GET', '/api/audit?entity=user');
    expect(all.body).not.toContain(PASSWORD);
    expect(all.body).not.toContain('$argon2');
  });

  it('archives a user: sessions end, sign-in and their tokens stop until restored', async () => {
    const { app, admin, workspaceId } = ctx;
    const { db } = engine();
    const other = await insertUser(db, workspaceId, 'admin');
    const otherAdmin = await signIn(app, other);
    const token = await apiToken(app, otherAdmin, 'read');
    expect((await token.request('GET', '/api/workspace')).statusCode).toBe(200);

    const archived = await admin.request('POST', `/api/users/${other.id}/archive`);
    expect(archived.json().archivedAt).not.toBeNull();
    expectProblem(await otherAdmin.request('GET', '/api/auth/session'), {
      status: 401,
      code: 'unauthenticated',
    });
    expectProblem(await token.request('GET', '/api/workspace'), {
      status: 401,
      code: 'unauthenticated',
    });
    const signInAgain = await anonymous(app).request('POST', '/api/auth/sign-in', {
      email: other.email,
      password: other.password,
    });
    expectProblem(signInAgain, { status: 401, code: 'unauthenticated' });
    const sessions = await db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', other.id)
      .execute();
    expect(sessions).toEqual([]);
    const listed = await viewer.request('GET', '/api/users?archived=true');
    expect(listed.json<{ items: User[] }>().items.map((u) => u.id)).toEqual([other.id]);
    expect(
      (await viewer.request('GET', '/api/users')).json<{ items: User[] }>().items.map((u) => u.id),
    ).not.toContain(other.id);

    const restored = await admin.request('POST', `/api/users/${other.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();
    expect((await token.request('GET', '/api/workspace')).statusCode).toBe(200);
    expect((await signIn(app, other)).headers.cookie).toBeTruthy();
    expect((await auditOf(admin, other.id)).map((e) => e.action)).toEqual(['restore', 'archive']);

    // Archiving again is a no-op answer, not a second entry.
    await admin.request('POST', `/api/users/${other.id}/archive`);
    expect((await admin.request('POST', `/api/users/${other.id}/archive`)).statusCode).toBe(200);
    expect((await auditOf(admin, other.id)).map((e) => e.action)).toEqual([
      'archive',
      'restore',
      'archive',
    ]);
  });

  it('keeps the last admin: no self-demotion or self-archive while no one else is admin', async () => {
    const { admin } = ctx;
    const { db } = engine();
    const me = await adminId(admin);
    const before = await snapshot(db, TABLES);
    const demote = await admin.request('PATCH', `/api/users/${me}`, { role: 'editor' });
    expectProblem(demote, {
      status: 409,
      code: 'conflict',
      pointer: '/body/role',
      says: 'last admin',
    });
    const archive = await admin.request('POST', `/api/users/${me}/archive`);
    expectProblem(archive, {
      status: 409,
      code: 'conflict',
      pointer: '/params/id',
      says: 'last admin',
    });
    expect(await snapshot(db, TABLES)).toEqual(before);

    // While another admin is in use, an admin may step down.
    const deputy = await create(admin, {
      email: 'deputy@example.com',
      name: 'Deputy',
      role: 'admin',
      password: PASSWORD,
    });
    const deputySession = await signIn(ctx.app, { ...deputy, password: PASSWORD });
    const stepDown = await deputySession.request('PATCH', `/api/users/${deputy.id}`, {
      role: 'editor',
    });
    expect(stepDown.json()).toMatchObject({ role: 'editor' });
    expectProblem(
      await deputySession.request('POST', '/api/users', { email: 'z@example.com', name: 'Z' }),
      {
        status: 403,
        code: 'forbidden',
      },
    );
  });

  it('lets a person change their own password with the current one, ending their other sessions', async () => {
    const { app, workspaceId } = ctx;
    const { db } = engine();
    const user = await insertUser(db, workspaceId, 'viewer');
    const here = await signIn(app, user);
    const elsewhere = await signIn(app, user);
    const url = '/api/users/me/password';
    const before = await snapshot(db, TABLES);

    const cases: [string, object, string, string][] = [
      [
        'wrong current password',
        { currentPassword: 'not it at all', newPassword: PASSWORD },
        '/body/currentPassword',
        'not your current password',
      ],
      ['missing current password', { newPassword: PASSWORD }, '/body/currentPassword', ''],
      [
        'short new password',
        { currentPassword: user.password, newPassword: 'short' },
        '/body/newPassword',
        'at least 12',
      ],
      [
        'new password of wrong type',
        { currentPassword: user.password, newPassword: 12345678901234 },
        '/body/newPassword',
        '',
      ],
      [
        'same password',
        { currentPassword: user.password, newPassword: user.password },
        '/body/newPassword',
        'must differ',
      ],
    ];
    for (const [what, body, pointer, says] of cases) {
      expectProblem(
        await here.request('POST', url, body),
        { status: 400, code: 'validation_failed', pointer, says },
        what,
      );
    }
    expectProblem(await malformed(app, here, 'POST', url), { status: 400, code: 'malformed_json' });
    const writeToken = await apiToken(app, ctx.admin, 'write');
    const byToken = await writeToken.request('POST', url, {
      currentPassword: ADMIN.password,
      newPassword: PASSWORD,
    });
    expectProblem(byToken, { status: 403, code: 'forbidden', says: 'not an API token' });
    const readToken = await apiToken(app, ctx.admin, 'read');
    expectProblem(
      await readToken.request('POST', url, {
        currentPassword: ADMIN.password,
        newPassword: PASSWORD,
      }),
      { status: 403, code: 'forbidden' },
    );
    const afterTokens = await snapshot(db, ['users', 'sessions'] as const);
    expect(afterTokens.users).toEqual(before.users);
    expect(afterTokens.sessions).toEqual(before.sessions);

    const changed = await here.request('POST', url, {
      currentPassword: user.password,
      newPassword: PASSWORD,
    });
    expect(changed.statusCode).toBe(204);
    expect((await here.request('GET', '/api/auth/session')).statusCode).toBe(200);
    expectProblem(await elsewhere.request('GET', '/api/auth/session'), {
      status: 401,
      code: 'unauthenticated',
    });
    const old = await anonymous(app).request('POST', '/api/auth/sign-in', {
      email: user.email,
      password: user.password,
    });
    expectProblem(old, { status: 401, code: 'unauthenticated' });
    expect((await signIn(app, { ...user, password: PASSWORD })).headers.cookie).toBeTruthy();
    const [entry] = await auditOf(ctx.admin, user.id);
    expect(entry).toMatchObject({ action: 'change_password', before: null, after: null });
  });

  it('answers bad input with problem+json naming the field, and changes nothing', async () => {
    const { app, admin, workspaceId } = ctx;
    const { db } = engine();
    const someone = await insertUser(db, workspaceId, 'editor');
    const adminSession = await signIn(app, await insertUser(db, workspaceId, 'admin'));
    const ghost = unknownId();
    const before = await snapshot(db, TABLES);

    const bodies: [string, 'POST' | 'PATCH', string, unknown, string, string][] = [
      ['missing email', 'POST', '/api/users', { name: 'X' }, '/body/email', ''],
      [
        'not an email',
        'POST',
        '/api/users',
        { email: 'nobody', name: 'X' },
        '/body/email',
        'must be an email',
      ],
      [
        'email too long',
        'POST',
        '/api/users',
        { email: `${'a'.repeat(250)}@example.com`, name: 'X' },
        '/body/email',
        'at most 254',
      ],
      ['missing name', 'POST', '/api/users', { email: 'x@example.com' }, '/body/name', ''],
      [
        'name of wrong type',
        'POST',
        '/api/users',
        { email: 'x@example.com', name: ['X'] },
        '/body/name',
        'must be text',
      ],
      [
        'unknown role',
        'POST',
        '/api/users',
        { email: 'x@example.com', name: 'X', role: 'owner' },
        '/body/role',
        'must be admin, editor or viewer',
      ],
      [
        'short password',
        'POST',
        '/api/users',
        { email: 'x@example.com', name: 'X', password: 'short' },
        '/body/password',
        'at least 12',
      ],
      [
        'empty name',
        'PATCH',
        `/api/users/${someone.id}`,
        { name: ' ' },
        '/body/name',
        'must not be empty',
      ],
      ['role of wrong type', 'PATCH', `/api/users/${someone.id}`, { role: true }, '/body/role', ''],
    ];
    for (const [what, method, url, body, pointer, says] of bodies) {
      expectProblem(
        await admin.request(method, url, body),
        { status: 400, code: 'validation_failed', pointer, says },
        what,
      );
    }
    for (const [method, url] of [
      ['GET', `/api/users/${ghost}`],
      ['PATCH', `/api/users/${ghost}`],
      ['POST', `/api/users/${ghost}/archive`],
      ['POST', `/api/users/${ghost}/restore`],
    ] as const) {
      const res = await admin.request(method, url, method === 'PATCH' ? { name: 'X' } : undefined);
      expectProblem(
        res,
        {
          status: 404,
          code: 'not_found',
          pointer: '/params/id',
          says: `No user with id "${ghost}"`,
        },
        url,
      );
    }
    expectProblem(await admin.request('GET', '/api/users/ada'), {
      status: 400,
      code: 'validation_failed',
      pointer: '/params/id',
    });
    for (const [query, pointer] of [
      ['limit=0', '/querystring/limit'],
      ['limit=x', '/querystring/limit'],
      ['sort=role', '/querystring/sort'],
      ['role=owner', '/querystring/role'],
      ['archived=yes', '/querystring/archived'],
      ['cursor=abc&offset=1', '/querystring/offset'],
    ] as const) {
      expectProblem(
        await viewer.request('GET', `/api/users?${query}`),
        { status: 400, code: 'validation_failed', pointer },
        query,
      );
    }
    for (const [method, url] of [
      ['POST', '/api/users'],
      ['PATCH', `/api/users/${someone.id}`],
    ] as const) {
      expectProblem(
        await malformed(app, adminSession, method, url),
        { status: 400, code: 'malformed_json' },
        url,
      );
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
  });

  it('lets only admins change people; tokens never do', async () => {
    const { app, admin, workspaceId } = ctx;
    const { db } = engine();
    const target = await insertUser(db, workspaceId, 'viewer');
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const readToken = await apiToken(app, admin, 'read');
    const writeToken = await apiToken(app, admin, 'write');
    const before = await snapshot(db, TABLES);
    expect((await readToken.request('GET', '/api/users')).statusCode).toBe(200);
    for (const [who, client] of [
      ['viewer', viewer],
      ['editor', editor],
      ['read token', readToken],
      ['write token', writeToken],
    ] as const) {
      for (const [method, url, body] of [
        ['POST', '/api/users', { email: 'eve@example.com', name: 'Eve', role: 'admin' }],
        ['PATCH', `/api/users/${target.id}`, { role: 'admin' }],
        ['POST', `/api/users/${target.id}/archive`, undefined],
        ['POST', `/api/users/${target.id}/restore`, undefined],
      ] as const) {
        expectProblem(
          await client.request(method, url, body),
          { status: 403, code: 'forbidden' },
          `${who} ${method} ${url}`,
        );
      }
    }
    expect(await snapshot(db, TABLES)).toEqual(before);
  });
});
