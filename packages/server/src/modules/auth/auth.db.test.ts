import { expect, it } from 'vitest';
import { buildApp } from '../../app';
import { describeEachEngine } from '../../test-support/engines';
import { ADMIN, anonymous, cookieFrom, sessionClient, setUpApp } from '../../test-support/app';

describeEachEngine('first start', (engine) => {
  it('answers only public routes until set up, then creates workspace and admin once', async () => {
    const app = await buildApp({ db: engine().db });
    const anon = anonymous(app);
    expect((await anon.request('GET', '/api/health')).statusCode).toBe(200);
    expect((await anon.request('GET', '/api/setup')).json()).toEqual({ setUp: false });
    const gated = await anon.request('GET', '/api/workspace');
    expect(gated.statusCode).toBe(503);
    expect(gated.headers['content-type']).toContain('application/problem+json');
    expect(gated.json()).toMatchObject({ code: 'setup_required', status: 503 });

    const workspace = { name: 'Acme', timeZone: 'Europe/Berlin', currency: 'EUR' };
    const wrong = await anon.request('POST', '/api/setup', {
      token: 'nope',
      workspace,
      admin: ADMIN,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().errors[0].pointer).toBe('/body/token');
    expect((await anon.request('GET', '/api/setup')).json()).toEqual({ setUp: false });

    const badZone = await anon.request('POST', '/api/setup', {
      token: await app.services.setup.setupToken(),
      workspace: { ...workspace, timeZone: 'Mars/Olympus' },
      admin: ADMIN,
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json()).toMatchObject({ code: 'validation_failed' });
    expect(badZone.json().errors[0].pointer).toBe('/body/workspace/timeZone');

    const token = await app.services.setup.setupToken();
    const ok = await anon.request('POST', '/api/setup', { token, workspace, admin: ADMIN });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().workspace).toMatchObject({
      name: 'Acme',
      timeZone: 'Europe/Berlin',
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
    });
    const again = await anon.request('POST', '/api/setup', { token, workspace, admin: ADMIN });
    expect(again.statusCode).toBe(409);

    const admin = sessionClient(app, cookieFrom(ok), ok.json().csrfToken);
    const session = await admin.request('GET', '/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect(session.json().user).not.toHaveProperty('passwordHash');
    await app.close();
  });
});

describeEachEngine('sign-in and sign-out', (engine) => {
  it('signs in with one answer for unknown emails and wrong passwords, and signs out', async () => {
    const { app } = await setUpApp(engine().db);
    const anon = anonymous(app);
    const unknown = await anon.request('POST', '/api/auth/sign-in', {
      email: 'eve@example.com',
      password: 'x'.repeat(12),
    });
    const wrong = await anon.request('POST', '/api/auth/sign-in', {
      email: ADMIN.email,
      password: 'x'.repeat(12),
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(unknown.cookies).toHaveLength(0);

    const ok = await anon.request('POST', '/api/auth/sign-in', {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    });
    expect(ok.statusCode).toBe(200);
    const cookie = cookieFrom(ok);
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);

    // A state-changing request without the CSRF token is refused.
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_failed');

    const client = sessionClient(app, cookie, ok.json().csrfToken);
    expect((await client.request('POST', '/api/auth/sign-out')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(401);
    await app.close();
  });

  it('rate-limits sign-in attempts per address and email', async () => {
    const app = await buildApp({ db: engine().db });
    const anon = anonymous(app);
    const codes: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await anon.request('POST', '/api/auth/sign-in', {
        email: 'mallory@example.com',
        password: 'y'.repeat(12),
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
    // Another email from the same address is not locked out.
    const other = await anon.request('POST', '/api/auth/sign-in', {
      email: 'trent@example.com',
      password: 'y'.repeat(12),
    });
    expect(other.statusCode).toBe(401);
    await app.close();
  });
});
