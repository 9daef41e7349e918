import type { Dashboard, DashboardSummary, Kpi } from '@vitals/core';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectFitsPhone, open, setUpWorkspace } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';
import { formatCardValue } from '../src/features/cards/card-model';
import { formatRange } from '../src/format/period-range';

/**
 * Dashboards and TV mode in real Chromium against a real server with the sample workspace: make a
 * dashboard and order its cards with the keyboard, then show it in TV mode, which refreshes on
 * its own and moves on through the chosen dashboards. The tests share one page and run in order.
 */
describe.skipIf(!chromiumAvailable())('dashboards and TV mode (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let kpis: Kpi[];
  let mine: Dashboard;
  const summaries: string[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request: Request) => {
      if (request.url().includes('/api/dashboard/summary')) summaries.push(request.url());
    });
    await setUpWorkspace(page, server.setupLink);
    expect((await callApi(page, 'POST', '/api/sample-workspace')).status).toBe(201);
    kpis = (await callApi<{ items: Kpi[] }>(page, 'GET', '/api/kpis?limit=500&sort=name')).body
      .items;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const chosenNames = () =>
    page
      .getByRole('region', { name: 'KPI cards' })
      .locator('ol > li')
      .evaluateAll((items) => items.map((li) => li.querySelector('span + span')?.textContent));

  it('lists the dashboards and makes a new one', async () => {
    await open(page, server.baseUrl, '/dashboards', 'Dashboards');
    await page.getByRole('link', { name: 'Company overview' }).waitFor();
    await expectAccessible(page, 'Dashboards');
    await screenshot(page, 'dashboards-list');

    await page.getByLabel('Dashboard name').fill('Ops screen');
    await page.getByLabel('Description').fill('For the wall in the operations room.');
    await page.getByRole('button', { name: 'Create and choose KPIs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Ops screen' }).waitFor();
  });

  it('chooses three KPIs and orders them with the keyboard only', async () => {
    const [a, b, c] = kpis as [Kpi, Kpi, Kpi];
    for (const kpi of [a, b, c]) {
      await page.getByRole('button', { name: `Add ${kpi.name}`, exact: true }).click();
    }
    expect(await chosenNames()).toEqual([a.name, b.name, c.name]);

    // Move the third card to the top: focus stays on it, and each move is announced.
    await page.getByRole('button', { name: `Move ${c.name} up` }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'moved to' }).textContent(),
    ).resolves.toBe(`${c.name} moved to position 2 of 3.`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Move ${c.name} up`,
    );
    await page.keyboard.press('Enter');
    // At the top "up" is disabled, so focus moves to its "down" button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Move ${c.name} down`,
    );
    expect(await chosenNames()).toEqual([c.name, a.name, b.name]);
    await expectAccessible(page, 'the dashboard editor');

    await page.getByLabel('Period').selectOption('this_month');
    await page.getByLabel('Sparkline length').fill('12');
    await page.getByLabel('TV refresh (seconds)').fill('10');
    await screenshot(page, 'dashboard-editor');
    await page.getByRole('button', { name: 'Save dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ops screen' }).waitFor();
    await page.locator('[data-kpi-card]').nth(2).waitFor();
    const names = await page
      .locator('[data-kpi-card] h3')
      .evaluateAll((els) => els.map((el) => el.textContent));
    expect(names).toEqual([c.name, a.name, b.name]);
    const dashboards = await callApi<{ items: Dashboard[] }>(page, 'GET', '/api/dashboards');
    mine = dashboards.body.items.find((d) => d.name === 'Ops screen') as Dashboard;
    expect(mine).toMatchObject({
      period: { kind: 'this_month' },
      sparkline: 12,
      refreshSeconds: 10,
    });
    expect(mine.kpiIds).toEqual([c.id, a.id, b.id]);
    await expectAccessible(page, 'a dashboard');
    await screenshot(page, 'dashboard-view');
  });

  it('shows the last 3 months: the setting, the range of each card and its value over the range', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Ops screen' }).waitFor();
    await page.getByLabel('Period').selectOption('last');
    await page.getByLabel('How many').fill('3');
    await page.getByLabel('Of', { exact: true }).selectOption('month');
    await page.getByRole('button', { name: 'Save dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ops screen' }).waitFor();
    await page.getByText('Last 3 months · refreshes every 10 s').waitFor();

    const session = await callApi<{ workspace: { locale: string; currency: string } }>(
      page,
      'GET',
      '/api/auth/session',
    );
    const context = {
      locale: session.body.workspace.locale,
      currency: session.body.workspace.currency,
    };
    const ids = mine.kpiIds.join(',');
    const summary = await callApi<DashboardSummary>(
      page,
      'GET',
      `/api/dashboard/summary?kpiIds=${ids}&range=last&n=3&grain=month&sparkline=0`,
    );
    expect(summary.body.cards).toHaveLength(3);
    for (const [i, card] of summary.body.cards.entries()) {
      const current = card.current;
      if (!('range' in current)) throw new Error(`${card.name}: expected a range`);
      // The last 3 complete months, measured as one window.
      expect(current.range.count).toBe(3);
      const line = page.locator('[data-kpi-card]').nth(i).locator('p').first();
      const label = formatRange(current.range.first, current.range.last, context.locale);
      await line.getByText(label, { exact: true }).waitFor();
      const value = formatCardValue(current.actual, card.unit, context);
      expect(await line.locator('span').first().textContent(), card.name).toBe(value);
    }
    mine = (await callApi<Dashboard>(page, 'GET', `/api/dashboards/${mine.id}`)).body;
    expect(mine.period).toEqual({ kind: 'last', grain: 'month', n: 3, includeRunning: false });
    await expectAccessible(page, 'a dashboard of the last 3 months');
  });

  it('shows the dashboard in TV mode in large type and refreshes it on its own', async () => {
    await page.getByRole('link', { name: 'TV mode' }).click();
    await page.waitForURL(/\/tv$/);
    await page.getByRole('link', { name: 'Leave TV mode' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Ops screen' }).waitFor();
    await page.getByText('Last 3 months', { exact: true }).waitFor();
    await page.locator('[data-kpi-card]').nth(2).waitFor();
    // No app navigation in TV mode, and the numbers are large.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const valueSize = await page
      .locator('[data-kpi-card] p span')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(valueSize).toBeGreaterThanOrEqual(40);
    await page.getByRole('button', { name: 'Full screen' }).waitFor();
    await expectAccessible(page, 'TV mode');
    await screenshot(page, 'tv-mode');

    const before = summaries.length;
    await page.waitForRequest((r) => r.url().includes('/api/dashboard/summary'), {
      timeout: 20_000,
    });
    expect(summaries.length).toBeGreaterThan(before);
    await page.locator('[data-kpi-card]').nth(2).waitFor();
  });

  it('cycles through the chosen dashboards', async () => {
    const all = (await callApi<{ items: Dashboard[] }>(page, 'GET', '/api/dashboards')).body.items;
    const next = all.find((d) => d.name === 'Company overview') as Dashboard;
    await page.goto(`${server.baseUrl}/dashboards/${mine.id}/tv?cycle=${mine.id},${next.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ops screen' }).waitFor();
    await page.getByText('dashboard 1 of 2').waitFor();
    // After Ops screen's 10 seconds, TV mode moves on to Company overview.
    await page.getByRole('heading', { level: 1, name: 'Company overview' }).waitFor({
      timeout: 20_000,
    });
    expect(new URL(page.url()).pathname).toBe(`/dashboards/${next.id}/tv`);
    await page.getByText('dashboard 2 of 2').waitFor();
    await page.locator('[data-kpi-card]').first().waitFor();
    await screenshot(page, 'tv-mode-cycled');
  });

  it('fits a 390 px phone: Dashboards and TV mode', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, server.baseUrl, '/dashboards', 'Dashboards');
    expect(await expectFitsPhone(page, 'Dashboards')).toBeLessThanOrEqual(0);
    await page.goto(`${server.baseUrl}/dashboards/${mine.id}/tv`);
    await page.locator('[data-kpi-card]').first().waitFor();
    expect(await expectFitsPhone(page, 'TV mode')).toBeLessThanOrEqual(0);
    await screenshot(page, 'tv-mode-phone');
  });
});
