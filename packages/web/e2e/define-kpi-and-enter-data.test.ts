import { GregorianCalendar, type Kpi, type Metric } from '@vitals/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, callApi, expectFitsPhone, open, pasteInto, setUpWorkspace } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';

/** The last `n` complete days in the workspace's time zone, oldest first. */
function lastDays(n: number): string[] {
  const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
  let day = calendar.previous(calendar.periodAt(new Date(), 'day'));
  const days: string[] = [];
  for (let i = 0; i < n; i += 1) {
    days.unshift(day.key);
    day = calendar.previous(day);
  }
  return days;
}

/**
 * An editor's path from nothing to numbers: define "Conversion rate" from the template library
 * (base metrics, formula metric, KPI and target are created), then paste a week of conversions
 * and visitors from a spreadsheet into the grid and save it in one batch.
 */
describe.skipIf(!chromiumAvailable())(
  'define a KPI from a template, then enter data (browser)',
  { timeout: 90_000 },
  () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

    beforeAll(async () => {
      ensureWebAppBuilt();
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await setUpWorkspace(page, server.setupLink);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('finds “Conversion rate” in the template library and walks the SMART steps', async () => {
      await open(page, server.baseUrl, '/kpis/new', 'Define a KPI');
      await expectAccessible(page, 'the template library');
      await page.getByLabel('Search the templates').fill('conversion rate');
      await page.getByText(/templates? match/).waitFor();
      const card = page.getByRole('listitem').filter({ hasText: 'CVR' });
      await expect(card.textContent()).resolves.toContain('conversions / visitors * 100');
      await screenshot(page, 'define-kpi-library');
      await page.getByRole('button', { name: 'Use “Conversion rate”' }).click();

      // Outcome: filled from the template; a name emptied is flagged as you type.
      await page.getByRole('heading', { name: /Step 2 of 8/ }).waitFor();
      const name = page.getByLabel('Name', { exact: true });
      expect(await name.inputValue()).toBe('Conversion rate');
      await name.fill('');
      await page.getByText('must not be empty').waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: /Step 2 of 8/ }).waitFor();
      await name.fill('Conversion rate');
      await expectAccessible(page, 'the outcome step');
      await page.getByRole('button', { name: 'Next' }).click();

      // Measure: the template's base metrics are explained, kind and trap, and will be created.
      await page.getByRole('heading', { name: /Step 3 of 8/ }).waitFor();
      const metrics = page.getByRole('list', { name: 'Base metrics' });
      await expect(metrics.textContent()).resolves.toContain('will be created');
      await expect(metrics.textContent()).resolves.toContain('Trap:');
      await expectAccessible(page, 'the measure step');
      await screenshot(page, 'define-kpi-measure');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();

      // Owner: the admin owns it.
      await page
        .getByLabel('Owner', { exact: true })
        .selectOption({ label: `${ADMIN.name} (${ADMIN.email})` });
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: /Step 6 of 8/ }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();

      // Target: validated as typed; an annual total does not fit a rate.
      await page.getByRole('heading', { name: /Step 7 of 8/ }).waitFor();
      expect(await page.getByLabel('An annual total, spread over the months').isDisabled()).toBe(
        true,
      );
      const target = page.getByLabel('Target value');
      await target.fill('lots');
      await page.getByText('Type the target as a number').waitFor();
      await target.fill('3.5');
      await expectAccessible(page, 'the target step');
      await page.getByRole('button', { name: 'Next' }).click();

      await page.getByRole('heading', { name: /Step 8 of 8/ }).waitFor();
      await screenshot(page, 'define-kpi-summary');
      await page.getByRole('button', { name: 'Save KPI' }).click();
      await page.getByRole('heading', { name: '“Conversion rate” is defined' }).waitFor();
      await expect(page.getByRole('main').textContent()).resolves.toContain(
        'Metrics created: Conversions, Visitors, Conversion rate',
      );
      await expectAccessible(page, 'the saved KPI');
      await screenshot(page, 'define-kpi-saved');

      const stored = await callApi<{ items: Metric[] }>(page, 'GET', '/api/metrics?limit=50');
      const byKey = new Map(stored.body.items.map((m) => [m.key, m]));
      expect(byKey.get('conversion_rate')).toMatchObject({
        sourceKind: 'formula',
        formula: 'conversions / visitors * 100',
        aggregation: 'ratio',
      });
      expect(byKey.get('conversions')?.aggregation).toBe('sum');
      expect(byKey.get('visitors')?.aggregation).toBe('sum');
    });

    it('pastes a week of conversions and visitors, flags a bad cell, and saves the batch', async () => {
      await page.getByRole('link', { name: 'Enter its data' }).click();
      await heading('Enter data').waitFor();
      await page.getByText('is computed as').waitFor();
      const days = lastDays(7);
      const rows = days.map((day, i) => `${day}\t${i === 2 ? '12%' : 10 + i}\t${400 + i * 10}`);
      await pasteInto(
        page,
        'input[data-cell="0:0"]',
        `Date\tConversions\tVisitors\n${rows.join('\n')}\n`,
      );
      await page.getByText(/Pasted 14 values into 7 periods, matched by the period/).waitFor();

      // The percent sign does not fit a count: flagged at its cell at once.
      const bad = page.getByLabel(`Conversions, ${days[2]}`);
      expect(await bad.getAttribute('aria-invalid')).toBe('true');
      await page.getByText('A percent sign fits only percentages').waitFor();
      await expectAccessible(page, 'the grid with a flagged cell');
      await screenshot(page, 'enter-data-pasted');
      await bad.fill('1,234');
      expect(await bad.getAttribute('aria-invalid')).toBeNull();
      expect(await page.getByLabel(`Visitors, ${days[6]}`).inputValue()).toBe('460');

      await page.getByRole('button', { name: 'Save 14 values' }).click();
      await page.getByText('Saved: 14 values applied, 0 unchanged.').waitFor();
      await expect(
        page.getByRole('list', { name: 'What was saved' }).textContent(),
      ).resolves.toContain('14 new values');
      await expectAccessible(page, 'the saved report');
      await screenshot(page, 'enter-data-saved');

      // A correction is a revision; the same value written another way changes nothing.
      await page.getByLabel(`Visitors, ${days[0]}`).fill('401');
      await page.getByLabel(`Conversions, ${days[2]}`).fill('1,234.0');
      await page.getByRole('button', { name: 'Save 2 values' }).click();
      await page.getByText('Saved: 1 value applied, 1 unchanged.').waitFor();
      await expect(
        page.getByRole('list', { name: 'What was saved' }).textContent(),
      ).resolves.toContain('1 revised value');
    });

    it('refuses a half-filled value before sending and keeps the rest as typed', async () => {
      const metrics = await callApi<{ items: Metric[] }>(page, 'GET', '/api/metrics?limit=50');
      const conversions = metrics.body.items.find((m) => m.key === 'conversions');
      expect(conversions).toBeDefined();
      const day = lastDays(1)[0] ?? '';
      const points = await callApi<{ items: unknown[] }>(
        page,
        'GET',
        `/api/metrics/${conversions?.id}/data-points?from=${lastDays(7)[0]}&to=${day}`,
      );
      expect(points.body.items).toHaveLength(7);

      await page.getByLabel(`Conversions, ${day}`).fill('');
      await page.getByRole('button', { name: 'Save 1 value' }).click();
      await page.getByText('cannot be removed here').first().waitFor();
      await page.getByRole('button', { name: 'Discard changes' }).click();
    });

    it('changes the definition later: the edit form opens at any step', async () => {
      const kpis = await callApi<{ items: Kpi[] }>(page, 'GET', '/api/kpis');
      const kpi = kpis.body.items[0];
      expect(kpi?.name).toBe('Conversion rate');
      await open(page, server.baseUrl, `/kpis/${kpi?.id}/edit`, 'Edit “Conversion rate”');
      await page.getByLabel('Name', { exact: true }).fill('Website conversion rate');
      await page.getByRole('button', { name: /Check and save/ }).click();
      await page.getByRole('heading', { name: /Step 7 of 7/ }).waitFor();
      await expectAccessible(page, 'the edit summary');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { name: '“Website conversion rate” is saved' }).waitFor();
      const stored = await callApi<Kpi>(page, 'GET', `/api/kpis/${kpi?.id}`);
      expect(stored.body.name).toBe('Website conversion rate');
    });

    it('adds a column per dimension value for a metric with dimensions', async () => {
      const sessions = await callApi<Metric>(page, 'POST', '/api/metrics', {
        key: 'web_sessions',
        name: 'Sessions',
        unit: { kind: 'count' },
        aggregation: 'sum',
        dimensions: ['source'],
      });
      await open(page, server.baseUrl, `/enter-data?metric=${sessions.body.id}`, 'Enter data');
      await page.getByText('Add a column for the dimension values').waitFor();
      await page.getByLabel('Sessions: source').fill('newsletter');
      await page.getByRole('button', { name: 'Add column' }).click();
      const day = lastDays(1)[0] ?? '';
      await page.getByLabel(`Sessions (source newsletter), ${day}`).fill('120');
      await page.getByRole('button', { name: 'Save 1 value' }).click();
      await page.getByText('Saved: 1 value applied, 0 unchanged.').waitFor();
      await expectAccessible(page, 'a grid with a dimension column');
      const points = await callApi<{ items: { dimensions: Record<string, string> }[] }>(
        page,
        'GET',
        `/api/metrics/${sessions.body.id}/data-points?from=${day}&to=${day}`,
      );
      expect(points.body.items.map((p) => p.dimensions)).toEqual([{ source: 'newsletter' }]);
    });

    it('fits a 390 px phone screen: the grid scrolls inside its frame', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const metrics = await callApi<{ items: Metric[] }>(page, 'GET', '/api/metrics?limit=50');
      const rate = metrics.body.items.find((m) => m.key === 'conversion_rate');
      await open(page, server.baseUrl, `/enter-data?metric=${rate?.id}`, 'Enter data');
      await page
        .getByLabel(/^Conversions, /)
        .first()
        .waitFor();
      expect(await expectFitsPhone(page, 'Enter data')).toBeLessThanOrEqual(0);
      await screenshot(page, 'enter-data-phone');
      await open(page, server.baseUrl, '/kpis/new', 'Define a KPI');
      expect(await expectFitsPhone(page, 'Define a KPI')).toBeLessThanOrEqual(0);
      await screenshot(page, 'define-kpi-phone');
    });
  },
);
