import { expect, it } from 'vitest';
import type { CheckIn } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { anonymous, setUpApp } from '../../test-support/app';
import {
  adminId,
  apiToken,
  createKpi,
  insertMetric,
  insertUser,
  signIn,
  snapshot,
} from '../kpis/test-fixtures';

describeEachEngine('check-ins', (engine) => {
  it('records, reads, corrects and lists check-ins newest first, with their history', async () => {
    const { db } = engine();
    let clock = new Date('2026-04-02T09:00:00.000Z');
    const { app, admin, workspaceId } = await setUpApp(db, { now: () => clock });
    const me = await adminId(admin);
    const metricId = await insertMetric(db, workspaceId);
    const kpi = await createKpi(admin, { metricId, name: 'Revenue', reviewCadence: 'month' });

    const created = await admin.request('POST', '/api/check-ins', {
      kpiId: kpi.id,
      periodKey: '2026-03',
      statusCall: 'at_risk',
      commentary: 'The EU launch slipped two weeks; we learned to book QA earlier.',
      nextActions: 'Book QA for the next launch now.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const checkIn = created.json<CheckIn>();
    expect(checkIn).toEqual({
      id: checkIn.id,
      kpiId: kpi.id,
      periodKey: '2026-03',
      statusCall: 'at_risk',
      commentary: 'The EU launch slipped two weeks; we learned to book QA earlier.',
      nextActions: 'Book QA for the next launch now.',
      authorId: me,
      createdAt: clock.toISOString(),
      updatedAt: clock.toISOString(),
    });
    expect((await admin.request('GET', `/api/check-ins/${checkIn.id}`)).json()).toEqual(checkIn);

    clock = new Date('2026-04-03T09:00:00.000Z');
    const corrected = await admin.request('PATCH', `/api/check-ins/${checkIn.id}`, {
      statusCall: 'off_track',
    });
    expect(corrected.json()).toMatchObject({
      statusCall: 'off_track',
      commentary: checkIn.commentary,
      updatedAt: clock.toISOString(),
      createdAt: checkIn.createdAt,
    });
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'check_in')
      .where('entity_id', '=', checkIn.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['create', `user:${me}`],
      ['update', `user:${me}`],
    ]);
    expect(JSON.parse(audit[1]?.before ?? '{}')).toMatchObject({ statusCall: 'at_risk' });
    expect(JSON.parse(audit[1]?.after ?? '{}')).toMatchObject({ statusCall: 'off_track' });

    const ids = [checkIn.id];
    for (const [day, period] of [
      ['04', '2026-02'],
      ['05', '2026-04'],
    ] as const) {
      clock = new Date(`2026-04-${day}T09:00:00.000Z`);
      const res = await admin.request('POST', '/api/check-ins', {
        kpiId: kpi.id,
        periodKey: period,
        statusCall: 'on_track',
      });
      ids.unshift(res.json<CheckIn>().id);
    }
    const page1 = (await admin.request('GET', `/api/kpis/${kpi.id}/check-ins?limit=2`)).json<{
      items: CheckIn[];
      nextCursor: string;
    }>();
    expect(page1.items.map((c) => c.id)).toEqual(ids.slice(0, 2));
    expect(page1.items[1]?.commentary).toBe('');
    const page2 = (
      await admin.request('GET', `/api/kpis/${kpi.id}/check-ins?limit=2&cursor=${page1.nextCursor}`)
    ).json();
    expect(page2).toEqual({ items: [corrected.json()], nextCursor: null });
    await app.close();
  });
});

describeEachEngine('check-in access', (engine) => {
  it("lets editors and a KPI's owner check in, authors correct their own, and read tokens only read", async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId);
    const ownerUser = await insertUser(db, workspaceId, 'viewer');
    const owned = await createKpi(admin, {
      metricId,
      name: 'Tickets solved',
      ownerId: ownerUser.id,
    });
    const notOwned = await createKpi(admin, { metricId, name: 'Revenue' });
    const owner = await signIn(app, ownerUser);
    const otherViewer = await signIn(app, await insertUser(db, workspaceId, 'viewer'));
    const editorUser = await insertUser(db, workspaceId, 'editor');
    const editor = await signIn(app, editorUser);
    const reader = await apiToken(app, admin, 'read');
    const body = (kpiId: string) => ({ kpiId, periodKey: '2026-03', statusCall: 'on_track' });

    const byOwner = await owner.request('POST', '/api/check-ins', body(owned.id));
    expect(byOwner.statusCode, byOwner.body).toBe(201);
    expect(byOwner.json().authorId).toBe(ownerUser.id);
    const ownerCheckIn = byOwner.json<CheckIn>();
    const byEditor = (
      await editor.request('POST', '/api/check-ins', body(notOwned.id))
    ).json<CheckIn>();
    expect(byEditor.authorId).toBe(editorUser.id);

    const before = await snapshot(db, ['check_ins', 'audit_log']);
    const denied = [
      [otherViewer, 'POST', '/api/check-ins', body(owned.id)],
      [owner, 'POST', '/api/check-ins', body(notOwned.id)],
      [otherViewer, 'PATCH', `/api/check-ins/${ownerCheckIn.id}`, { statusCall: 'off_track' }],
      [owner, 'PATCH', `/api/check-ins/${byEditor.id}`, { statusCall: 'off_track' }],
      [reader, 'POST', '/api/check-ins', body(owned.id)],
      [reader, 'PATCH', `/api/check-ins/${ownerCheckIn.id}`, { commentary: 'x' }],
    ] as const;
    for (const [client, method, url, payload] of denied) {
      const res = await client.request(method, url, payload);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    const anon = await anonymous(app).request('POST', '/api/check-ins', body(owned.id));
    expect(anon.statusCode).toBe(401);
    expect(await snapshot(db, ['check_ins', 'audit_log'])).toEqual(before);

    // Everyone signed in reads; the author and editors correct.
    for (const client of [otherViewer, reader]) {
      expect((await client.request('GET', `/api/check-ins/${ownerCheckIn.id}`)).statusCode).toBe(
        200,
      );
      expect(
        (await client.request('GET', `/api/kpis/${owned.id}/check-ins`)).json().items,
      ).toHaveLength(1);
    }
    const ownFix = await owner.request('PATCH', `/api/check-ins/${ownerCheckIn.id}`, {
      commentary: 'More context',
    });
    expect(ownFix.statusCode).toBe(200);
    const editorFix = await editor.request('PATCH', `/api/check-ins/${ownerCheckIn.id}`, {
      nextActions: 'Follow up',
    });
    expect(editorFix.json()).toMatchObject({
      commentary: 'More context',
      nextActions: 'Follow up',
      authorId: ownerUser.id,
    });
    const writer = await apiToken(app, admin, 'write');
    const byToken = await writer.request('POST', '/api/check-ins', body(owned.id));
    expect(byToken.statusCode).toBe(201);
    expect(byToken.json().authorId).toBe(await adminId(admin));
    await app.close();
  });
});
