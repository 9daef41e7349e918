import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InvitationCreated, User } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { anonymous, cookieFrom, setUpApp, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import { insertUser, signIn, snapshot, type SignedIn } from '../kpis/test-fixtures';

const PASSWORD = 'my very own passphrase';
const TABLES = ['users', 'sessions', 'invitations', 'audit_log'] as const;

describeEachEngine('invitation links', (engine) => {
  let ctx: SetUpApp;
  let clock = new Date('2026-12-04T09:00:00.000Z');
  let editor: SignedIn;
  beforeAll(async () => {
    ctx = await setUpApp(engine().db, { now: () => clock });
    editor = await signIn(ctx.app, await insertUser(engine().db, ctx.workspaceId, 'editor'));
  });
  afterAll(() => ctx.app.close());

  const person = async (email: string): Promise<User> => {
    const res = await ctx.admin.request('POST', '/api/users', { email, name: 'Grace Hopper' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<User>();
  };
  const invite = async (userId: string): Promise<InvitationCreated> => {
    const res = await ctx.admin.request('POST', `/api/users/${userId}/invitations`);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<InvitationCreated>();
  };
  const accept = (token: string, password = PASSWORD) =>
    anonymous(ctx.app).request('POST', '/api/invitations/accept', { token, password });
  const signInWith = (email: string, password: string) =>
    anonymous(ctx.app).request('POST', '/api/auth/sign-in', { email, password });

  it('lets a new person choose a password, signs them in, and works only once', async () => {
    const grace = await person('grace@example.com');
    const link = await invite(grace.id);
    expect(link.path).toBe(`/invite?token=${link.token}`);
    expect(Date.parse(link.expiresAt) - clock.getTime()).toBe(7 * 86_400_000);

    const preview = await anonymous(ctx.app).request('GET', `/api/invitations/${link.token}`);
    expect(preview.json()).toEqual({
      email: 'grace@example.com',
      name: 'Grace Hopper',
      workspaceName: 'Acme',
      expiresAt: link.expiresAt,
    });

    const accepted = await accept(link.token);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const session = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: cookieFrom(accepted) },
    });
    expect(session.json<{ user: User }>().user.id).toBe(grace.id);
    expect((await signInWith(grace.email, PASSWORD)).statusCode).toBe(200);

    const before = await snapshot(engine().db, TABLES);
    expectProblem(await accept(link.token, 'another long password'), {
      status: 404,
      code: 'not_found',
      pointer: '/body/token',
      says: 'used already',
    });
    expect(await snapshot(engine().db, TABLES)).toEqual(before);

    // Only the hash is stored, and the log never holds the secret.
    const rows = await engine().db.selectFrom('invitations').selectAll().execute();
    expect(rows.some((r) => r.token_hash === link.token)).toBe(false);
    const audit = await ctx.admin.request('GET', `/api/audit?entity=user&entityId=${grace.id}`);
    expect(audit.body).not.toContain(link.token);
    const actions = audit.json<{ items: { action: string }[] }>().items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['invite', 'accept_invitation']));
  });

  it('serves as a password reset: a newer link replaces the older, old sessions end', async () => {
    const known = await insertUser(engine().db, ctx.workspaceId, 'viewer');
    const signedIn = await signIn(ctx.app, known);
    const first = await invite(known.id);
    const second = await invite(known.id);
    expectProblem(await accept(first.token), { status: 404, code: 'not_found' });

    expect((await accept(second.token)).statusCode).toBe(200);
    expect((await signedIn.request('GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await signInWith(known.email, known.password)).statusCode).toBe(401);
    expect((await signInWith(known.email, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a short password, naming the field, and leaves the link usable', async () => {
    const ada = await person('ada.l@example.com');
    const link = await invite(ada.id);
    const before = await snapshot(engine().db, TABLES);
    expectProblem(await accept(link.token, 'short'), {
      status: 400,
      code: 'validation_failed',
      pointer: '/body/password',
    });
    expectProblem(await anonymous(ctx.app).request('GET', '/api/invitations/not-a-token'), {
      status: 400,
      code: 'validation_failed',
      pointer: '/params/token',
    });
    expect(await snapshot(engine().db, TABLES)).toEqual(before);
    expect((await accept(link.token)).statusCode).toBe(200);
  });

  it('expires after seven days, and dies with an archived person', async () => {
    const late = await person('late@example.com');
    const link = await invite(late.id);
    clock = new Date(clock.getTime() + 7 * 86_400_000 + 1000);
    expectProblem(await accept(link.token), { status: 404, code: 'not_found', says: 'expired' });

    const gone = await person('gone@example.com');
    const goneLink = await invite(gone.id);
    expect((await ctx.admin.request('POST', `/api/users/${gone.id}/archive`)).statusCode).toBe(200);
    expectProblem(await anonymous(ctx.app).request('GET', `/api/invitations/${goneLink.token}`), {
      status: 404,
      code: 'not_found',
    });
    expectProblem(await ctx.admin.request('POST', `/api/users/${gone.id}/invitations`), {
      status: 400,
      code: 'validation_failed',
      pointer: '/params/id',
      says: 'archived',
    });
  });

  it('is made by admins only', async () => {
    const someone = await person('someone@example.com');
    const res = await editor.request('POST', `/api/users/${someone.id}/invitations`);
    expectProblem(res, { status: 403, code: 'forbidden' });
    expect(
      await engine()
        .db.selectFrom('invitations')
        .selectAll()
        .where('user_id', '=', someone.id)
        .execute(),
    ).toEqual([]);
  });
});
