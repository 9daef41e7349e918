import { GregorianCalendar, type Kpi, type Metric, type Session } from '@vitals/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectFitsPhone, open, setUpWorkspace } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';

/** The owner of a monthly KPI reviews last month, notes an outage, and sees both in the history. */
describe.skipIf(!chromiumAvailable())('record a check-in (browser)', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let kpi: Kpi;
  const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
  const lastMonth = calendar.previous(calendar.periodAt(new Date(), 'month'));

  beforeAll(async () => {
    ensureWebAppBuilt();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await setUpWorkspace(page, server.setupLink);
    const me = await callApi<Session>(page, 'GET', '/api/auth/session');
    const metric = await callApi<Metric>(page, 'POST', '/api/metrics', {
      key: 'new_customers',
      name: 'New customers',
      unit: { kind: 'count' },
      aggregation: 'sum',
    });
    const created = await callApi<Kpi>(page, 'POST', '/api/kpis', {
      metricId: metric.body.id,
      name: 'New customers',
      reviewCadence: 'month',
      ownerId: me.body.user.id,
    });
    expect(created.status).toBe(201);
    kpi = created.body;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reviews the last complete month with a status call, what happened and what comes next', async () => {
    await open(page, server.baseUrl, `/kpis/${kpi.id}/check-in`, 'Check in: New customers');
    await expect(page.getByRole('main').textContent()).resolves.toContain('blame-free');
    await page.getByText('No check-ins yet.').waitFor();
    expect(await page.getByLabel('Period reviewed').inputValue()).toBe(lastMonth.key);
    await expectAccessible(page, 'the check-in page');

    await page.getByLabel('At risk').check();
    await page.getByLabel('What happened').fill('Two big deals slipped into next month.');
    await page
      .getByLabel('What we will do next')
      .fill('Review the pipeline weekly until quarter end.');
    await page.getByRole('button', { name: 'Record check-in' }).click();
    await page.getByText(/Check-in for .+ recorded\./).waitFor();

    const timeline = page.getByRole('list', { name: 'Check-ins, newest first' });
    await timeline.getByText('Two big deals slipped into next month.').waitFor();
    const entry = await timeline.getByRole('listitem').first().textContent();
    expect(entry).toContain('At risk');
    expect(entry).toContain('Review the pipeline weekly until quarter end.');
    expect(entry).toContain('Ada Admin');
    await expectAccessible(page, 'the check-in page with a check-in');
    await screenshot(page, 'check-in-recorded');

    const stored = await callApi<{ items: { periodKey: string; statusCall: string }[] }>(
      page,
      'GET',
      `/api/kpis/${kpi.id}/check-ins`,
    );
    expect(stored.body.items).toEqual([
      expect.objectContaining({ periodKey: lastMonth.key, statusCall: 'at_risk' }),
    ]);
  });

  it('records the running month on track; the newest check-in comes first', async () => {
    const running = calendar.periodAt(new Date(), 'month');
    await page.getByLabel('Period reviewed').selectOption(running.key);
    await page.getByLabel('On track').check();
    await page.getByLabel('What happened').fill('The slipped deals closed in week one.');
    await page.getByRole('button', { name: 'Record check-in' }).click();
    const timeline = page.getByRole('list', { name: 'Check-ins, newest first' });
    await timeline.getByText('The slipped deals closed in week one.').waitFor();
    const first = await timeline.getByRole('listitem').first().textContent();
    expect(first).toContain('On track');
    expect(await timeline.getByRole('listitem').count()).toBe(2);
  });

  it('adds an annotation for a range of days, listed beside the check-ins', async () => {
    const day = calendar.previous(calendar.periodAt(new Date(), 'day')).key;
    await page.getByLabel('Day (or first day)').fill(day);
    await page.getByLabel('Last day').fill(day);
    await page.getByLabel('Note').fill('Checkout outage, 3 hours');
    await page.getByRole('button', { name: 'Add annotation' }).click();
    await page.getByText('Annotation added.').waitFor();
    await page
      .getByRole('list', { name: 'Annotations, latest first' })
      .getByText('Checkout outage, 3 hours')
      .waitFor();

    // A range whose end is before its start is refused at the field.
    await page
      .getByLabel('Last day')
      .fill(calendar.previous(calendar.periodAt(new Date(day), 'day')).key);
    await page.getByLabel('Note').fill('Backwards');
    await page.getByRole('button', { name: 'Add annotation' }).click();
    await page.getByText('to must not be before from').waitFor();
    await expectAccessible(page, 'the annotation form with an error');
    await screenshot(page, 'check-in-annotations');
  });

  it('fits a 390 px phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Check in: New customers' }).waitFor();
    await page.getByRole('list', { name: 'Check-ins, newest first' }).waitFor();
    expect(await expectFitsPhone(page, 'the check-in page')).toBeLessThanOrEqual(0);
    await screenshot(page, 'check-in-phone');
  });
});
