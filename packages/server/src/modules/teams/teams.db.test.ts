import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Team } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client, type SetUpApp } from '../../test-support/app';
import { expectProblem } from '../../test-support/problems';
import {
  apiToken,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
  type SignedIn,
  type TestUser,
} from '../kpis/test-fixtures';

const TABLES = ['teams', 'memberships', 'audit_log'] as const;

async function create(admin: Client, body: object): Promise<Team> {
  const res = await admin.request('POST', '/api/teams', body);
  if (res.statusCode !== 201) throw new Error(`team not created: ${res.statusCode} ${res.body}`);
  return res.json<Team>();
}

async function auditOf(admin: Client, id: string) {
  const res = await admin.request('GET', `/api/audit?entity=team&entityId=${id}`);
  return res.json<{ items: { action: string; before: unknown; after: unknown }[] }>().items;
}

describeEachEngine('teams', (engine) => {
  let ctx: SetUpApp;
  let viewerUser: TestUser;
  let viewer: SignedIn;
  beforeAll(async () => {
    ctx = await setUpApp(engine().db);
    viewerUser = await insertUser(engine().db, ctx.workspaceId, 'viewer');
    viewer = await signIn(ctx.app, viewerUser);
  });
  afterAll(() => ctx.app.close());

  it('builds, reads, renames, moves, archives and restores the tree, auditing each change', async () => {
    const { admin } = ctx;
    const acme = await create(admin, { name: 'Acme', level: 'company' });
    expect(acme).toMatchObject({ parentId: null, level: 'company', archivedAt: null });
    const sales = await create(admin, { name: 'Sales', level: 'department', parentId: acme.id });
    const ops = await create(admin, { name: 'operations', level: 'department', parentId: acme.id });
    const emea = await create(admin, { name: 'EMEA', parentId: sales.id });
    expect(emea.level).toBe('team');

    expect((await viewer.request('GET', `/api/teams/${emea.id}`)).json()).toEqual(emea);
    const departments = await viewer.request('GET', `/api/teams?parentId=${acme.id}&sort=name`);
    expect(departments.json()).toMatchObject({ total: 2, nextCursor: null });
    // Names sort case-insensitively.
    expect(departments.json<{ items: Team[] }>().items.map((t) => t.name)).toEqual([
      'operations',
      'Sales',
    ]);
    const firstPage = (await viewer.request('GET', '/api/teams?limit=2&sort=createdAt')).json<{
      items: Team[];
      nextCursor: string;
    }>();
    expect(firstPage.items.map((t) => t.name)).toEqual(['Acme', 'Sales']);
    const secondPage = await viewer.request(
      'GET',
      `/api/teams?limit=2&sort=createdAt&cursor=${firstPage.nextCursor}`,
    );
    expect(secondPage.json<{ items: Team[] }>().items.map((t) => t.name)).toEqual([
      'operations',
      'EMEA',
    ]);
    const teamsOnly = await viewer.request('GET', '/api/teams?level=team');
    expect(teamsOnly.json<{ items: Team[] }>().items.map((t) => t.id)).toEqual([emea.id]);

    const moved = await admin.request('PATCH', `/api/teams/${emea.id}`, {
      name: 'EMEA ops',
      parentId: ops.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ name: 'EMEA ops', parentId: ops.id, level: 'team' });
    const [update] = await auditOf(admin, emea.id);
    expect(update).toMatchObject({
      action: 'update',
      before: { name: 'EMEA', parentId: sales.id },
      after: { name: 'EMEA ops', parentId: ops.id },
    });

    // A department with a team under it cannot be archived until the team is.
    const busy = await admin.request('POST', `/api/teams/${ops.id}/archive`);
    expectProblem(busy, { status: 409, code: 'conflict', pointer: '/params/id', says: 'EMEA ops' });
    const archived = await admin.request('POST', `/api/teams/${emea.id}/archive`);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await admin.request('POST', `/api/teams/${ops.id}/archive`)).statusCode).toBe(200);
    const active = await viewer.request('GET', `/api/teams?parentId=${acme.id}`);
    expect(active.json<{ items: Team[] }>().items.map((t) => t.id)).toEqual([sales.id]);
    const onlyArchived = await viewer.request('GET', '/api/teams?archived=true&sort=name');
    expect(onlyArchived.json<{ items: Team[] }>().items.map((t) => t.id)).toEqual([
      emea.id,
      ops.id,
    ]);
    expect((await viewer.request('GET', '/api/teams?archived=all')).json().total).toBe(4);

    // A team comes back only under a parent in use.
    const orphan = await admin.request('POST', `/api/teams/${emea.id}/restore`);
    expectProblem(orphan, { status: 409, code: 'conflict', says: 'Restore "operations" first' });
    expect((await admin.request('POST', `/api/teams/${ops.id}/restore`)).statusCode).toBe(200);
    const restored = await admin.request('POST', `/api/teams/${emea.id}/restore`);
    expect(restored.json()).toMatchObject({ archivedAt: null, parentId: ops.id });
    expect((await auditOf(admin, emea.id)).map((e) => e.action)).toEqual([
      'restore',
      'archive',
      'update',
      'create',
    ]);
  });

  it('refuses cycles and levels out of order, naming the field, and changes nothing', async () => {
    const { admin } = ctx;
    const root = await create(admin, { name: 'Root Co', level: 'company' });
    const dept = await create(admin, {
      name: 'Engineering',
      level: 'department',
      parentId: root.id,
    });
    const sub = await create(admin, { name: 'Platform', level: 'department', parentId: dept.id });
    const team = await create(admin, { name: 'Storage', parentId: sub.id });
    const before = await snapshot(engine().db, TABLES);

    const cases: [string, string, object, number, string, string][] = [
      ['under itself', dept.id, { parentId: dept.id }, 409, '/body/parentId', 'its own parent'],
      ['under its child', dept.id, { parentId: sub.id }, 409, '/body/parentId', 'own sub-teams'],
      [
        'under a grandchild',
        dept.id,
        { parentId: team.id },
        409,
        '/body/parentId',
        'own sub-teams',
      ],
      [
        'department under a team',
        sub.id,
        { parentId: team.id },
        409,
        '/body/parentId',
        'own sub-teams',
      ],
      [
        'company with a parent',
        team.id,
        { level: 'company' },
        409,
        '/body/level',
        'root of the tree',
      ],
      [
        'a team holding departments',
        dept.id,
        { level: 'team' },
        409,
        '/body/level',
        '"Platform" (department)',
      ],
      [
        'unknown parent',
        team.id,
        { parentId: unknownId() },
        400,
        '/body/parentId',
        'no team with id',
      ],
    ];
    for (const [what, id, body, status, pointer, says] of cases) {
      const res = await admin.request('PATCH', `/api/teams/${id}`, body);
      expectProblem(
        res,
        { status, code: status === 409 ? 'conflict' : 'validation_failed', pointer, says },
        what,
      );
    }
    const deptUnderTeam = await admin.request('POST', '/api/teams', {
      name: 'Finance',
      level: 'department',
      parentId: team.id,
    });
    expectProblem(deptUnderTeam, {
      status: 409,
      code: 'conflict',
      pointer: '/body/parentId',
      says: 'A department cannot sit under a team',
    });
    expect(await snapshot(engine().db, TABLES)).toEqual(before);

    // Two moves at once that together would close a loop: one wins, the other sees the cycle.
    const left = await create(admin, { name: 'Left', level: 'department', parentId: root.id });
    const right = await create(admin, { name: 'Right', level: 'department', parentId: root.id });
    const answers = await Promise.all([
      admin.request('PATCH', `/api/teams/${left.id}`, { parentId: right.id }),
      admin.request('PATCH', `/api/teams/${right.id}`, { parentId: left.id }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('adds, changes and removes members, auditing each change on the team', async () => {
    const { admin, workspaceId } = ctx;
    const { db } = engine();
    const team = await create(admin, { name: 'Growth' });
    const ann = await insertUser(db, workspaceId, 'editor');
    const bob = await insertUser(db, workspaceId, 'viewer');
    const url = (userId: string) => `/api/teams/${team.id}/members/${userId}`;

    const added = await admin.request('PUT', url(ann.id), { role: 'lead' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      userId: ann.id,
      teamId: team.id,
      role: 'lead',
      email: ann.email,
    });
    expect((await admin.request('PUT', url(bob.id), {})).json().role).toBe('member');
    const unchanged = await admin.request('PUT', url(ann.id), { role: 'lead' });
    expect(unchanged.statusCode).toBe(200);
    const changed = await admin.request('PUT', url(bob.id), { role: 'lead' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().role).toBe('lead');

    const members = await viewer.request('GET', `/api/teams/${team.id}/members?sort=createdAt`);
    expect(members.json<{ items: { userId: string }[] }>().items.map((m) => m.userId)).toEqual([
      ann.id,
      bob.id,
    ]);
    expect(members.json().total).toBe(2);

    expect((await admin.request('DELETE', url(ann.id))).statusCode).toBe(204);
    const gone = await admin.request('DELETE', url(ann.id));
    expectProblem(gone, {
      status: 404,
      code: 'not_found',
      pointer: '/params/userId',
      says: 'not a member',
    });
    const leads = await viewer.request('GET', `/api/teams/${team.id}/members?role=lead`);
    expect(leads.json<{ items: { userId: string }[] }>().items.map((m) => m.userId)).toEqual([
      bob.id,
    ]);

    const log = await auditOf(admin, team.id);
    expect(log.map((e) => e.action)).toEqual([
      'remove_member',
      'change_member',
      'add_member',
      'add_member',
      'create',
    ]);
    expect(log[0]).toMatchObject({ before: { userId: ann.id, role: 'lead' }, after: null });
    expect(log[1]).toMatchObject({
      before: { role: 'member' },
      after: { userId: bob.id, role: 'lead' },
    });

    await db
      .updateTable('users')
      .set({ archived_at: '2026-01-01T00:00:00.000Z' })
      .where('id', '=', ann.id)
      .execute();
    const archivedUser = await admin.request('PUT', url(ann.id), { role: 'member' });
    expectProblem(archivedUser, {
      status: 409,
      code: 'conflict',
      pointer: '/params/userId',
      says: 'archived',
    });
  });

  it('answers bad input with problem+json naming the field, and changes nothing', async () => {
    const { app, admin, workspaceId } = ctx;
    const team = await create(admin, { name: 'Support' });
    const editor = await signIn(app, await insertUser(engine().db, workspaceId, 'editor'));
    const user = await insertUser(engine().db, workspaceId, 'viewer');
    const ghost = unknownId();
    const before = await snapshot(engine().db, TABLES);

    const bodies: [string, 'POST' | 'PATCH' | 'PUT', string, unknown, string, string][] = [
      ['missing name', 'POST', '/api/teams', { level: 'team' }, '/body/name', ''],
      ['empty name', 'POST', '/api/teams', { name: '  ' }, '/body/name', 'must not be empty'],
      ['name of wrong type', 'POST', '/api/teams', { name: 7 }, '/body/name', 'must be text'],
      [
        'name too long',
        'POST',
        '/api/teams',
        { name: 'x'.repeat(121) },
        '/body/name',
        'at most 120',
      ],
      [
        'unknown level',
        'POST',
        '/api/teams',
        { name: 'X', level: 'squad' },
        '/body/level',
        'must be company',
      ],
      [
        'parent not an id',
        'POST',
        '/api/teams',
        { name: 'X', parentId: 'acme' },
        '/body/parentId',
        'must be an id',
      ],
      [
        'unknown parent',
        'POST',
        '/api/teams',
        { name: 'X', parentId: ghost },
        '/body/parentId',
        'no team',
      ],
      [
        'rename to nothing',
        'PATCH',
        `/api/teams/${team.id}`,
        { name: '' },
        '/body/name',
        'must not be empty',
      ],
      ['level of wrong type', 'PATCH', `/api/teams/${team.id}`, { level: 2 }, '/body/level', ''],
      [
        'unknown member role',
        'PUT',
        `/api/teams/${team.id}/members/${user.id}`,
        { role: 'boss' },
        '/body/role',
        'must be lead or member',
      ],
      [
        'member body not an object',
        'PUT',
        `/api/teams/${team.id}/members/${user.id}`,
        [],
        '/body',
        '',
      ],
      [
        'user not an id',
        'PUT',
        `/api/teams/${team.id}/members/bob`,
        { role: 'lead' },
        '/params/userId',
        'must be an id',
      ],
    ];
    for (const [what, method, url, body, pointer, says] of bodies) {
      const res = await admin.request(method, url, body);
      expectProblem(res, { status: 400, code: 'validation_failed', pointer, says }, what);
    }

    for (const [method, url] of [
      ['GET', `/api/teams/${ghost}`],
      ['PATCH', `/api/teams/${ghost}`],
      ['POST', `/api/teams/${ghost}/archive`],
      ['POST', `/api/teams/${ghost}/restore`],
      ['GET', `/api/teams/${ghost}/members`],
      ['PUT', `/api/teams/${ghost}/members/${user.id}`],
      ['DELETE', `/api/teams/${ghost}/members/${user.id}`],
    ] as const) {
      const res = await admin.request(
        method,
        url,
        method === 'PATCH' || method === 'PUT' ? {} : undefined,
      );
      expectProblem(
        res,
        {
          status: 404,
          code: 'not_found',
          pointer: '/params/id',
          says: `No team with id "${ghost}"`,
        },
        url,
      );
    }
    const noUser = await admin.request('PUT', `/api/teams/${team.id}/members/${ghost}`, {});
    expectProblem(noUser, {
      status: 404,
      code: 'not_found',
      pointer: '/params/userId',
      says: 'No user',
    });
    expectProblem(await admin.request('GET', '/api/teams/42'), {
      status: 400,
      code: 'validation_failed',
      pointer: '/params/id',
    });

    for (const [query, pointer] of [
      ['limit=0', '/querystring/limit'],
      ['limit=501', '/querystring/limit'],
      ['offset=-1', '/querystring/offset'],
      ['sort=level', '/querystring/sort'],
      ['level=squad', '/querystring/level'],
      ['archived=maybe', '/querystring/archived'],
      ['parentId=acme', '/querystring/parentId'],
      ['cursor=xyz', '/querystring/cursor'],
    ] as const) {
      expectProblem(
        await admin.request('GET', `/api/teams?${query}`),
        { status: 400, code: 'validation_failed', pointer },
        query,
      );
    }

    for (const [method, url] of [
      ['POST', '/api/teams'],
      ['PATCH', `/api/teams/${team.id}`],
    ] as const) {
      expectProblem(
        await malformed(app, editor, method, url),
        { status: 400, code: 'malformed_json' },
        url,
      );
    }
    expect(await snapshot(engine().db, TABLES)).toEqual(before);
  });

  it('lets viewers and read tokens read but not change, and keeps tokens away from admin routes', async () => {
    const { app, admin, workspaceId } = ctx;
    const team = await create(admin, { name: 'Legal' });
    const editor = await signIn(app, await insertUser(engine().db, workspaceId, 'editor'));
    const readToken = await apiToken(app, admin, 'read');
    const writeToken = await apiToken(app, admin, 'write');
    const before = await snapshot(engine().db, TABLES);

    for (const client of [viewer, readToken]) {
      expect((await client.request('GET', `/api/teams/${team.id}`)).statusCode).toBe(200);
      expect((await client.request('GET', `/api/teams/${team.id}/members`)).statusCode).toBe(200);
    }
    for (const [who, client] of [
      ['viewer', viewer],
      ['editor', editor],
      ['read token', readToken],
      ['write token', writeToken],
    ] as const) {
      for (const [method, url, body] of [
        ['POST', '/api/teams', { name: 'Sneaky' }],
        ['PATCH', `/api/teams/${team.id}`, { name: 'Sneaky' }],
        ['POST', `/api/teams/${team.id}/archive`, undefined],
        ['PUT', `/api/teams/${team.id}/members/${viewerUser.id}`, { role: 'lead' }],
        ['DELETE', `/api/teams/${team.id}/members/${viewerUser.id}`, undefined],
      ] as const) {
        expectProblem(
          await client.request(method, url, body),
          { status: 403, code: 'forbidden' },
          `${who} ${method} ${url}`,
        );
      }
    }
    expect(await snapshot(engine().db, TABLES)).toEqual(before);
  });
});
