import { GregorianCalendar, type Kpi, type Metric } from '@vitals/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, open, setUpWorkspace } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';

/**
 * Two open pages of one person: a value entered in one shows on the other's Home card without a
 * reload, through the server's change stream.
 */
describe.skipIf(!chromiumAvailable())('live updates (browser)', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let writer: Page;
  let watcher: Page;
  let watcherContext: BrowserContext;
  let metric: Metric;
  const today = new GregorianCalendar({ timeZone: 'Europe/Berlin' }).periodAt(new Date(), 'day');

  beforeAll(async () => {
    ensureWebAppBuilt();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    writer = await context.newPage();
    await setUpWorkspace(writer, server.setupLink);
    metric = (
      await callApi<Metric>(writer, 'POST', '/api/metrics', {
        key: 'orders',
        name: 'Orders',
        unit: { kind: 'count' },
        aggregation: 'sum',
      })
    ).body;
    const kpi = await callApi<Kpi>(writer, 'POST', '/api/kpis', {
      metricId: metric.id,
      name: 'Orders',
      reviewCadence: 'month',
    });
    expect(kpi.status).toBe(201);
    // The same person in a second window (the same session cookie), which can go offline alone.
    watcherContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      storageState: await context.storageState(),
    });
    watcher = await watcherContext.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('updates the Home card of the other page when a value is entered', async () => {
    await open(watcher, server.baseUrl, '/', 'Home');
    const card = watcher.locator('[data-kpi-card]').filter({ hasText: 'Orders' });
    await card.waitFor();
    const banner = watcher.getByRole('banner');
    await banner.getByText('Live', { exact: true }).waitFor();
    expect(await card.textContent()).not.toContain('4,321');
    // A reload would lose this mark.
    await watcher.evaluate(() => {
      (window as unknown as { mark: string }).mark = 'still here';
    });

    const batch = await callApi(writer, 'POST', '/api/data-points', {
      items: [{ metricId: metric.id, periodKey: today.key, components: { sum: 4321 } }],
    });
    expect(batch.status).toBe(200);

    await card.getByText('4,321').waitFor({ timeout: 15_000 });
    expect(await watcher.evaluate(() => (window as unknown as { mark?: string }).mark)).toBe(
      'still here',
    );
    await expectAccessible(watcher, 'Home with the live status');
    await screenshot(watcher, 'live-home');
  });

  it('follows a correction entered in the data entry grid of the other page', async () => {
    await open(writer, server.baseUrl, `/enter-data?metric=${metric.id}`, 'Enter data');
    await writer.getByLabel(`Orders, ${today.key}`).fill('5000');
    await writer.getByRole('button', { name: 'Save 1 value' }).click();
    await writer.getByText(/Saved: 1 value/).waitFor();
    const card = watcher.locator('[data-kpi-card]').filter({ hasText: 'Orders' });
    await card.getByText('5,000').waitFor({ timeout: 15_000 });
  });

  it('says Reconnecting… while the stream is down, and catches up on what changed meanwhile', async () => {
    const banner = watcher.getByRole('banner');
    const card = watcher.locator('[data-kpi-card]').filter({ hasText: 'Orders' });
    // Cut the open stream and refuse new ones, as a dropped network would.
    await watcherContext.route('**/api/events', (route) => route.abort('internetdisconnected'));
    await watcher.evaluate(() => window.stop());
    await banner.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor();
    const batch = await callApi(writer, 'POST', '/api/data-points', {
      items: [{ metricId: metric.id, periodKey: today.key, components: { sum: 6000 } }],
    });
    expect(batch.status).toBe(200);
    await watcherContext.unroute('**/api/events');
    await banner.getByRole('status').filter({ hasText: 'Live' }).waitFor({ timeout: 40_000 });
    await card.getByText('6,000').waitFor({ timeout: 15_000 });
    await expectAccessible(watcher, 'Home after reconnecting');
  });
});
