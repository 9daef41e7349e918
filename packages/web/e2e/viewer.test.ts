import type { Kpi, Metric, Session, User } from '@vitals/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectFitsPhone, open, setUpWorkspace } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';

const VIEWER = { name: 'Vera Viewer', email: 'vera@example.com', password: 'viewer password 1' };

/**
 * Settings as an admin (people, roles, teams), then a viewer who can read but not change:
 * edit controls are absent, and what the browser cannot stop — a direct request, or a right
 * lost while a form is open — the server refuses with a message the page shows.
 */
describe.skipIf(!chromiumAvailable())(
  'settings, and a viewer who cannot edit (browser)',
  { timeout: 90_000 },
  () => {
    let server: RunningServer;
    let browser: Browser;
    let admin: Page;
    let viewer: Page;
    let kpi: Kpi;
    let ownedKpi: Kpi;

    beforeAll(async () => {
      ensureWebAppBuilt();
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      admin = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage();
      viewer = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage();
      await setUpWorkspace(admin, server.setupLink);
      const me = await callApi<Session>(admin, 'GET', '/api/auth/session');
      const metric = await callApi<Metric>(admin, 'POST', '/api/metrics', {
        key: 'revenue',
        name: 'Revenue',
        unit: { kind: 'currency' },
        aggregation: 'sum',
      });
      const vera = await callApi<User>(admin, 'POST', '/api/users', { ...VIEWER, role: 'viewer' });
      expect(vera.status).toBe(201);
      const orders = await callApi<Metric>(admin, 'POST', '/api/metrics', {
        key: 'orders',
        name: 'Orders',
        unit: { kind: 'count' },
        aggregation: 'sum',
      });
      const define = (metricId: string, name: string, ownerId: string) =>
        callApi<Kpi>(admin, 'POST', '/api/kpis', { metricId, name, ownerId });
      kpi = (await define(metric.body.id, 'Revenue', me.body.user.id)).body;
      // Vera owns a KPI on another metric: its data and check-ins are hers to write.
      ownedKpi = (await define(orders.body.id, 'Orders', vera.body.id)).body;
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('invites a person by link: they choose a password and land signed in; roles, archive', async () => {
      await open(admin, server.baseUrl, '/settings', 'Settings');
      await admin.getByRole('link', { name: 'Users and roles' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
      await admin.getByLabel('Name', { exact: true }).fill('Eddie Editor');
      await admin.getByLabel('Email', { exact: true }).fill('eddie@example.com');
      await admin.getByLabel('Role', { exact: true }).selectOption('editor');
      await admin.getByRole('button', { name: 'Add and invite' }).click();
      await admin.getByRole('heading', { name: 'Eddie Editor is invited' }).waitFor();
      const link = await admin.getByLabel('Invitation link').inputValue();
      expect(link).toMatch(new RegExp(`^${server.baseUrl}/invite\\?token=vi_[\\w-]{43}$`));
      await expectAccessible(admin, 'Users with a new invitation');
      await screenshot(admin, 'settings-users-invited');
      await admin.getByRole('button', { name: 'Done' }).click();

      const eddie = await (await browser.newContext()).newPage();
      await eddie.goto(link);
      await eddie.getByRole('heading', { level: 1, name: 'Join Acme Analytics' }).waitFor();
      expect(await eddie.getByLabel('Email').inputValue()).toBe('eddie@example.com');
      await expectAccessible(eddie, 'the invitation page');
      await eddie.getByLabel('Password', { exact: true }).fill('eddie chooses this one');
      await eddie.getByLabel('Repeat the password').fill('eddie chooses this');
      await eddie.getByText('does not match the password above').waitFor();
      await eddie.getByLabel('Repeat the password').fill('eddie chooses this one');
      await eddie.getByRole('button', { name: 'Set password and sign in' }).click();
      await eddie.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
      await screenshot(eddie, 'invitation-accepted');
      // The link worked once.
      const again = await (await browser.newContext()).newPage();
      await again.goto(link);
      await again.getByText('it was used already').waitFor();
      await again.context().close();
      await eddie.context().close();

      await admin.getByRole('button', { name: 'New sign-in link for Eddie Editor' }).click();
      await admin.getByRole('heading', { name: 'A new sign-in link for Eddie Editor' }).waitFor();
      expect(await admin.getByLabel('Invitation link').inputValue()).not.toBe(link);
      await admin.getByRole('button', { name: 'Done' }).click();

      await admin.getByLabel('Role of Eddie Editor').selectOption('viewer');
      await admin.getByText('Eddie Editor is now viewer.').waitFor();
      await admin.getByRole('button', { name: 'Archive Eddie Editor' }).click();
      await admin.getByText('Eddie Editor is archived').waitFor();
      await admin.getByRole('button', { name: 'Restore Eddie Editor' }).waitFor();
      // Nobody archives themselves out of the workspace.
      expect(await admin.getByRole('button', { name: 'Archive Ada Admin' }).isDisabled()).toBe(
        true,
      );
    });

    it('builds the teams tree: create, rename, move, members', async () => {
      await open(admin, server.baseUrl, '/settings/teams', 'Teams');
      await admin.getByLabel('Team name').fill('Acme');
      await admin.getByLabel('Level').selectOption('company');
      await admin.getByRole('button', { name: 'Create team' }).click();
      await admin.getByText('Team “Acme” created.').waitFor();
      for (const name of ['Sales', 'Marketing']) {
        await admin.getByLabel('Team name').fill(name);
        await admin.getByLabel('Level').selectOption('department');
        await admin.getByLabel('Part of', { exact: true }).selectOption({ label: 'Acme' });
        await admin.getByRole('button', { name: 'Create team' }).click();
        await admin.getByText(`Team “${name}” created.`).waitFor();
      }
      await admin.getByRole('button', { name: 'Rename Sales' }).click();
      await admin.getByLabel('New name').fill('Sales EMEA');
      await admin.getByRole('button', { name: 'Rename', exact: true }).click();
      await admin.getByText('“Sales” is now “Sales EMEA”.').waitFor();

      await admin.getByRole('button', { name: 'Move Marketing' }).click();
      await admin.getByLabel('Move under').selectOption({ label: 'Acme › Sales EMEA' });
      await admin.getByRole('button', { name: 'Move', exact: true }).click();
      await admin.getByText('“Marketing” moved.').waitFor();
      await admin
        .getByRole('list', { name: 'Part of Sales EMEA' })
        .getByText('Marketing')
        .waitFor();

      await admin.getByRole('button', { name: 'Members of Sales EMEA' }).click();
      await admin.getByLabel('Add person').selectOption({ label: VIEWER.name });
      await admin.getByLabel('As').selectOption('lead');
      await admin.getByRole('button', { name: 'Add to Sales EMEA' }).click();
      await admin.getByText(`${VIEWER.name} is a lead of Sales EMEA.`).waitFor();
      await admin
        .getByRole('list', { name: 'Members of Sales EMEA' })
        .getByText(VIEWER.name)
        .waitFor();
      await expectAccessible(admin, 'the teams tree');
      await screenshot(admin, 'settings-teams');
    });

    it('signs the viewer in, with the email from the address filled in', async () => {
      await viewer.goto(`${server.baseUrl}/sign-in?email=${encodeURIComponent(VIEWER.email)}`);
      await viewer.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await viewer.getByLabel('Email').inputValue()).toBe(VIEWER.email);
      await viewer.getByLabel('Password').fill(VIEWER.password);
      await viewer.getByRole('button', { name: 'Sign in' }).click();
      await viewer.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    });

    it('shows the viewer no edit controls on the pages that change things', async () => {
      await open(viewer, server.baseUrl, '/kpis/new', 'Define a KPI');
      await viewer.getByText('Only editors and admins define and change KPIs').waitFor();
      expect(await viewer.getByRole('button', { name: 'Start blank' }).count()).toBe(0);
      await expectAccessible(viewer, 'Define a KPI as a viewer');

      await open(viewer, server.baseUrl, `/kpis/${kpi.id}/edit`, /Edit/);
      expect(await viewer.getByRole('button', { name: 'Save changes' }).count()).toBe(0);

      await open(viewer, server.baseUrl, `/kpis/${kpi.id}/check-in`, 'Check in: Revenue');
      await viewer.getByText('Only editors, admins and the KPI’s owner record check-ins').waitFor();
      expect(await viewer.getByRole('button', { name: 'Record check-in' }).count()).toBe(0);
      expect(await viewer.getByRole('button', { name: 'Add annotation' }).count()).toBe(0);
      await expectAccessible(viewer, 'a check-in page as a viewer');
      await screenshot(viewer, 'viewer-check-in');

      await open(viewer, server.baseUrl, `/enter-data?metric=${kpi.metricId}`, 'Enter data');
      await viewer
        .getByText('Only editors, admins and the owner of a KPI on this metric')
        .waitFor();
      const cell = viewer.getByLabel(/^Revenue, /).first();
      expect(await cell.getAttribute('readonly')).not.toBeNull();
      expect(await viewer.getByRole('button', { name: /^Save/ }).count()).toBe(0);
      await expectAccessible(viewer, 'Enter data as a viewer');

      await open(viewer, server.baseUrl, '/settings/users', 'Users and roles');
      await viewer.getByText('Only admins add people and change roles.').waitFor();
      expect(await viewer.getByRole('button', { name: 'Add person' }).count()).toBe(0);
      expect(await viewer.getByRole('combobox', { name: /^Role of/ }).count()).toBe(0);
      await expectAccessible(viewer, 'Users as a viewer');

      await open(viewer, server.baseUrl, '/settings/teams', 'Teams');
      await viewer.getByText('Sales EMEA').waitFor();
      expect(await viewer.getByRole('button', { name: 'Create team' }).count()).toBe(0);
      expect(await viewer.getByRole('button', { name: /^Rename/ }).count()).toBe(0);
    });

    it('refuses a direct request from the viewer, saying why', async () => {
      const checkIn = await callApi<{ detail: string }>(viewer, 'POST', '/api/check-ins', {
        kpiId: kpi.id,
        periodKey: '2026-10',
        statusCall: 'on_track',
      });
      expect(checkIn.status).toBe(403);
      expect(checkIn.body.detail).toContain('Only editors, admins and the owner of KPI "Revenue"');
      const define = await callApi<{ detail: string }>(viewer, 'POST', '/api/kpis', {
        metricId: kpi.metricId,
        name: 'Sneaky',
      });
      expect(define.status).toBe(403);
      expect(define.body.detail).toContain('needs the editor role');
      const data = await callApi<{ detail: string }>(viewer, 'POST', '/api/data-points', {
        items: [{ metricId: kpi.metricId, periodKey: '2026-11-01', components: { sum: 1 } }],
      });
      expect(data.status).toBe(403);
      expect(data.body.detail).toContain('You may not write data of metric "revenue"');
    });

    it('shows the server’s refusal in the form when the right is lost while it is open', async () => {
      await open(viewer, server.baseUrl, `/kpis/${ownedKpi.id}/check-in`, 'Check in: Orders');
      await viewer.getByLabel('What happened').fill('A good month.');
      // Meanwhile an admin hands the KPI to someone else.
      const me = await callApi<Session>(admin, 'GET', '/api/auth/session');
      const moved = await callApi(admin, 'PATCH', `/api/kpis/${ownedKpi.id}`, {
        ownerId: me.body.user.id,
      });
      expect(moved.status).toBe(200);
      // The change reaches the open page live: the draft stays, with a notice.
      await viewer.getByText('You are no longer the KPI’s owner').waitFor();
      expect(await viewer.getByLabel('What happened').inputValue()).toBe('A good month.');
      await viewer.getByRole('button', { name: 'Record check-in' }).click();
      const alert = viewer.getByRole('alert').filter({ hasText: 'may check in on it' });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain(
        'Only editors, admins and the owner of KPI',
      );
      await expectAccessible(viewer, 'a refused check-in');
      await screenshot(viewer, 'viewer-refused');
    });

    it('fits a 390 px phone screen: users and teams', async () => {
      await admin.setViewportSize({ width: 390, height: 844 });
      await open(admin, server.baseUrl, '/settings/users', 'Users and roles');
      await admin.getByRole('table').waitFor();
      expect(await expectFitsPhone(admin, 'Users and roles')).toBeLessThanOrEqual(0);
      await screenshot(admin, 'settings-users-phone');
      await open(admin, server.baseUrl, '/settings/teams', 'Teams');
      await admin.getByRole('list', { name: 'Teams' }).waitFor();
      expect(await expectFitsPhone(admin, 'Teams')).toBeLessThanOrEqual(0);
      await screenshot(admin, 'settings-teams-phone');
    });
  },
);
