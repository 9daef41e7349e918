import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';

const admin = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };

/**
 * The newcomer's first minutes, in real Chromium against a real server on an empty store. The
 * tests share one browser page and run in order: each starts where the previous one left off.
 */
describe.skipIf(!chromiumAvailable())('web app foundation (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureWebAppBuilt();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  it('sets up the workspace from the printed setup link and lands on Home, signed in', async () => {
    await page.goto(server.setupLink);
    await heading('Set up Vitals').waitFor();
    await expectAccessible(page, 'the setup page');

    await page.getByLabel('Workspace name').fill('Acme Analytics');
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByLabel('Fiscal year starts in').selectOption({ label: 'April' });
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await screenshot(page, 'setup-form');

    // A too-short password is refused next to its field, and focus moves there.
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    const password = page.getByLabel('Password', { exact: true });
    await page.getByText('must be at least 12 characters').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'One field needs attention',
    );
    await expectAccessible(page, 'the setup page with an error');

    await password.fill(admin.password);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await heading('Home').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { name: 'No KPIs yet' }).waitFor();
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Acme Analytics');
    await expectAccessible(page, 'Home');
    await screenshot(page, 'setup-then-home');
  });

  it('signs out, refuses a wrong password, and signs in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in').waitFor();
    await page.getByText('You are signed out.').waitFor();

    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill('wrong password, twelve+');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or the password is wrong').waitFor();
    await expectAccessible(page, 'the sign-in page with an error');

    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Home').waitFor();
    await screenshot(page, 'signed-in-again');

    // A signed-out visitor of an inner page is sent to sign in (checked in a fresh context).
    const stranger = await browser.newPage();
    await stranger.goto(`${server.baseUrl}/settings`);
    await stranger.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await stranger.close();
  });

  it('changes the workspace time zone in Settings, and the change is kept', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await heading('Settings').waitFor();
    const zone = page.getByLabel('Time zone');
    expect(await zone.inputValue()).toBe('Europe/Berlin');
    await zone.selectOption('America/New_York');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await expectAccessible(page, 'Settings');

    await page.reload();
    await heading('Settings').waitFor();
    expect(await page.getByLabel('Time zone').inputValue()).toBe('America/New_York');
    const stored = await page.evaluate(async () => (await fetch('/api/workspace')).json());
    expect(stored).toMatchObject({ timeZone: 'America/New_York', fiscalYearStartMonth: 4 });
    await screenshot(page, 'settings-time-zone');
  });

  it('creates an API token, shows its secret once, the token works until revoked', async () => {
    await page.getByLabel('Token name').fill('Warehouse sync');
    await page.getByLabel('Access').selectOption('write');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secretField = page.getByLabel('Token secret');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Copy token' }).waitFor();
    await expectAccessible(page, 'Settings with a new token');
    await screenshot(page, 'api-token-created');

    const answer = await fetch(`${server.baseUrl}/api/workspace`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(answer.status).toBe(200);

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('list', { name: 'API tokens' }).getByText('Warehouse sync').waitFor();
    await page.reload();
    await heading('Settings').waitFor();
    await page.getByRole('list', { name: 'API tokens' }).getByText('Warehouse sync').waitFor();
    expect(await page.content()).not.toContain(secret);

    // Revoking asks once more (focus moves to the confirmation), then the token stops working.
    await page.getByRole('button', { name: 'Revoke Warehouse sync' }).click();
    const confirm = page.getByRole('button', { name: 'Revoke “Warehouse sync” now' });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await confirm.click();
    await page.getByText('Token “Warehouse sync” revoked.').waitFor();
    const afterRevoke = await fetch(`${server.baseUrl}/api/workspace`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(afterRevoke.status).toBe(401);
  });

  it('fits a 390 px phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await heading('Home').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Home on a phone');
    await screenshot(page, 'home-phone');
  });
});
