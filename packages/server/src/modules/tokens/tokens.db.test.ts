import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, tokenClient } from '../../test-support/app';

describeEachEngine('API tokens', (engine) => {
  it('shows the secret once, stores only its hash, records use, and stops working when revoked', async () => {
    let clock = new Date('2026-11-23T10:00:00.000Z');
    const { app, admin } = await setUpApp(engine().db, { now: () => clock });

    const created = await admin.request('POST', '/api/tokens', { name: 'ETL', scope: 'read' });
    expect(created.statusCode).toBe(201);
    const { secret, id, prefix } = created.json<{ secret: string; id: string; prefix: string }>();
    expect(secret).toMatch(/^vt_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(prefix)).toBe(true);

    const stored = await engine()
      .db.selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = await admin.request('GET', '/api/tokens');
    expect(JSON.stringify(listed.json())).not.toContain(secret);

    const machine = tokenClient(app, secret);
    clock = new Date('2026-11-23T10:05:00.000Z');
    expect((await machine.request('GET', '/api/workspace')).statusCode).toBe(200);
    const used = (await admin.request('GET', '/api/tokens')).json<{
      items: { id: string; lastUsedAt: string }[];
    }>();
    expect(used.items.find((t) => t.id === id)?.lastUsedAt).toBe('2026-11-23T10:05:00.000Z');

    // A read token cannot change anything, and a token never reaches admin routes.
    const patch = await machine.request('PATCH', '/api/workspace', { name: 'Hacked' });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().code).toBe('forbidden');

    expect((await admin.request('POST', `/api/tokens/${id}/revoke`)).json().revokedAt).toBe(
      clock.toISOString(),
    );
    const afterRevoke = await machine.request('GET', '/api/workspace');
    expect(afterRevoke.statusCode).toBe(401);
    expect(afterRevoke.json().code).toBe('unauthenticated');

    const expiring = await admin.request('POST', '/api/tokens', {
      name: 'Short-lived',
      scope: 'write',
      expiresAt: '2026-11-24T00:00:00.000Z',
    });
    const shortLived = tokenClient(app, expiring.json<{ secret: string }>().secret);
    expect((await shortLived.request('GET', '/api/workspace')).statusCode).toBe(200);
    clock = new Date('2026-11-24T00:00:00.001Z');
    expect((await shortLived.request('GET', '/api/workspace')).statusCode).toBe(401);

    const audit = await engine()
      .db.selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'revoke']);
    await app.close();
  });
});
