import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DashboardSummary, Kpi, KpiCard } from '@vitals/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorkspace, callApi, expectFitsPhone } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { repoRoot } from './support/paths';
import { startServer, type RunningServer } from './support/server';

/** The README's screenshots are written only when asked, so a test run leaves the tree clean. */
const README_SHOTS = process.env.VITALS_README_SCREENSHOTS === '1';
const readmeShotDir = join(repoRoot, 'docs', 'screenshots');

/** Sums layout shifts not caused by input, from the first paint on (CLS). */
const RECORD_LAYOUT_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/**
 * The newcomer's journey in real Chromium against a real server: set up → load the sample
 * workspace → Home shows the cards → open an off-track KPI → change its target → its status
 * changes, on the KPI page and on Home. The tests share one page and run in order.
 */
describe.skipIf(!chromiumAvailable())('the newcomer journey (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let chosen: KpiCard;

  beforeAll(async () => {
    ensureWebAppBuilt();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(RECORD_LAYOUT_SHIFTS);
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cards = () => page.locator('[data-kpi-card]');

  it('sets up, loads the sample workspace from the empty Home, and shows the cards', async () => {
    await setUpWorkspace(page, server.setupLink);
    await page.getByRole('heading', { name: 'No KPIs yet' }).waitFor();
    await page.getByRole('link', { name: 'Define your first KPI' }).waitFor();
    await expectAccessible(page, 'the empty Home');

    await page.getByRole('button', { name: 'Load the sample workspace' }).click();
    await cards().first().waitFor({ timeout: 60_000 });
    expect(await cards().count()).toBeGreaterThanOrEqual(15);

    const offTrack = page.locator('[data-kpi-card][data-status="off_track"]');
    expect(await offTrack.count()).toBeGreaterThanOrEqual(1);
    await expect(offTrack.first().textContent()).resolves.toContain('Off track');
    // The status counts above the cards say it too, in words.
    await expect(page.getByRole('list', { name: 'KPIs by status' }).textContent()).resolves.toMatch(
      /\d+\s*Off track/,
    );
    await expectAccessible(page, 'Home with the sample workspace');
    await screenshot(page, 'journey-home');
  });

  it('renders every card of a reload without layout shift', async () => {
    await page.reload();
    const total = (await callApi<{ items: Kpi[] }>(page, 'GET', '/api/kpis?limit=500')).body.items
      .length;
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-kpi-card]').length === n,
      total,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(300);
    const shift = await page.evaluate(
      () => (window as unknown as { __layoutShift: number }).__layoutShift,
    );
    expect(total).toBeGreaterThanOrEqual(15);
    expect(shift).toBeLessThan(0.05);
    if (README_SHOTS) {
      mkdirSync(readmeShotDir, { recursive: true });
      await page.screenshot({
        path: join(readmeShotDir, 'dashboard.png'),
        clip: { x: 0, y: 0, width: 1280, height: 1400 },
        fullPage: true,
      });
    }
  });

  it('filters by status and groups by level', async () => {
    await page
      .getByRole('button', { name: /Off track/ })
      .first()
      .click();
    await page.waitForURL(/status=off_track/);
    const statuses = await cards().evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-status')),
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['off_track']));
    // The choice goes into the address (a router transition), so wait for that, not the radio.
    await page.getByRole('radio', { name: 'Level' }).click();
    await page.waitForURL(/group=level/);
    await page
      .getByRole('heading', { level: 2, name: /Company|Department|Team|Individual/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'Home, filtered and grouped by level');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForURL((url) => !url.search.includes('status='));
  });

  it('opens an off-track KPI: chart, explanation, definition, data and check-ins', async () => {
    const kpis = (await callApi<{ items: Kpi[] }>(page, 'GET', '/api/kpis?limit=500')).body.items;
    const summary = await callApi<DashboardSummary>(
      page,
      'GET',
      `/api/dashboard/summary?kpiIds=${kpis.map((k) => k.id).join(',')}&sparkline=0`,
    );
    // A KPI judged against its target as it is (not paced from an opening balance), so a new
    // target moves its status predictably.
    const found = summary.body.cards.find(
      (c) =>
        c.current.status === 'off_track' &&
        c.current.pacing !== 'from_opening' &&
        c.current.actual !== null,
    );
    expect(found, 'the sample workspace has an off-track KPI').toBeDefined();
    chosen = found as KpiCard;

    await page.locator(`[data-kpi-card] a[href="/kpis/${chosen.kpiId}"]`).click();
    await page.getByRole('heading', { level: 1, name: chosen.name }).waitFor();
    const headline = page.getByRole('region', { name: 'Current status' });
    await expect(headline.textContent()).resolves.toContain('Off track');
    await page.getByRole('img', { name: /Chart of actual against target/ }).waitFor();
    await page.locator('[role="img"] svg').first().waitFor();
    const explain = page.getByRole('region', { name: 'Explain this number' });
    for (const term of ['Actual', 'Target', 'Thresholds', 'Zones', 'Status']) {
      await explain.getByText(term, { exact: true }).waitFor();
    }
    await expect(explain.textContent()).resolves.toMatch(/data points?/);
    await page.getByRole('region', { name: 'Definition' }).getByText('Why it matters').waitFor();
    await page
      .getByRole('region', { name: 'Check-ins' })
      .getByRole('link', { name: 'Record a check-in' })
      .waitFor();
    await page.waitForTimeout(500);
    await expectAccessible(page, 'the KPI page');
    await screenshot(page, 'journey-kpi-page');
    if (README_SHOTS) {
      await page.screenshot({
        path: join(readmeShotDir, 'kpi-page.png'),
        clip: { x: 0, y: 0, width: 1280, height: 1500 },
        fullPage: true,
      });
    }
  });

  it("changes the KPI's target, and its status changes on the page and on Home", async () => {
    const actual = chosen.current.actual as number;
    const direction = chosen.direction;
    const form = page.getByRole('form', { name: 'Change the target' });
    if (direction === 'within_band') {
      await form.getByLabel('Band lower bound').fill(String(actual - Math.abs(actual) * 0.5 - 1));
      await form.getByLabel('Band upper bound').fill(String(actual + Math.abs(actual) * 0.5 + 1));
    } else {
      // Generous either way: half the actual when higher is better, four times it when lower is
      // (a phased target is for the whole period: scaled up by the share still to come).
      const pace = chosen.current.pacing === 'phased' ? Math.max(chosen.current.fraction, 0.01) : 1;
      const target = direction === 'higher_is_better' ? actual * 0.5 : (actual * 4 + 1) / pace;
      await form.getByLabel('New target').fill(String(Math.round(target * 100) / 100));
    }
    await form.getByLabel('Basis').selectOption('benchmark');
    await form.getByLabel('Note').fill('Reset after the quarterly review');
    await form.getByRole('button', { name: 'Save target' }).click();
    await page.getByText('Target saved').waitFor();
    const headline = page.getByRole('region', { name: 'Current status' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-kpi-status]')?.getAttribute('data-kpi-status') === 'on_track',
      undefined,
      { timeout: 15_000 },
    );
    await expect(headline.textContent()).resolves.toContain('On track');
    await expect(headline.textContent()).resolves.not.toContain('Off track');
    await expectAccessible(page, 'the KPI page after changing the target');
    await screenshot(page, 'journey-target-changed');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    const card = page.locator('[data-kpi-card]', {
      has: page.locator(`a[href="/kpis/${chosen.kpiId}"]`),
    });
    await card.waitFor();
    // Home shows its cached cards at once and refreshes them, as the target changed meanwhile.
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`a[href="/kpis/${id}"]`)
          ?.closest('[data-kpi-card]')
          ?.getAttribute('data-status') === 'on_track',
      chosen.kpiId,
      { timeout: 15_000 },
    );
    await expect(card.textContent()).resolves.toContain('On track');
  });

  it('fits a 390 px phone: Home and the KPI page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await cards().first().waitFor();
    expect(await expectFitsPhone(page, 'Home')).toBeLessThanOrEqual(0);
    await screenshot(page, 'journey-home-phone');
    await page.goto(`${server.baseUrl}/kpis/${chosen.kpiId}`);
    await page.getByRole('img', { name: /Chart of actual against target/ }).waitFor();
    await page.waitForTimeout(500);
    expect(await expectFitsPhone(page, 'the KPI page')).toBeLessThanOrEqual(0);
    await screenshot(page, 'journey-kpi-phone');
  });
});
