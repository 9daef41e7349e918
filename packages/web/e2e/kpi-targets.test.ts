import { GregorianCalendar, type Kpi, type KpiTarget, type Metric } from '@vitals/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, open, setUpWorkspace } from './support/app';
import { chromiumAvailable, expectAccessible, launchBrowser, screenshot } from './support/browser';
import { ensureWebAppBuilt } from './support/build';
import { startServer, type RunningServer } from './support/server';

/**
 * A KPI's stored targets in the edit form: changed and deleted there, saved with the definition,
 * kept in the target history; and the target explained in the KPI's unit on its page.
 */
describe.skipIf(!chromiumAvailable())(
  'edit and delete targets (browser)',
  { timeout: 90_000 },
  () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let kpi: Kpi;
    const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
    const year = calendar.periodAt(new Date(), 'year');
    const month = calendar.periodAt(new Date(), 'month');
    const nextYear = calendar.next(year);

    beforeAll(async () => {
      ensureWebAppBuilt();
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await setUpWorkspace(page, server.setupLink);
      const metric = await callApi<Metric>(page, 'POST', '/api/metrics', {
        key: 'revenue',
        name: 'Revenue',
        unit: { kind: 'currency' },
        aggregation: 'sum',
      });
      kpi = (
        await callApi<Kpi>(page, 'POST', '/api/kpis', {
          metricId: metric.body.id,
          name: 'Revenue',
          reviewCadence: 'month',
        })
      ).body;
      // 1,087,315.53 a year, evenly: 90,609.6275 a month
      const phased = await callApi(page, 'POST', '/api/targets', {
        kpiId: kpi.id,
        grain: 'month',
        periodKey: year.key,
        value: 1_087_315.53,
        phasing: { method: 'even' },
        basis: 'past_performance',
      });
      expect(phased.status).toBe(201);
      const standing = await callApi(page, 'POST', '/api/targets', {
        kpiId: kpi.id,
        grain: 'month',
        effectiveFrom: nextYear.start,
        value: 100_000,
        basis: 'benchmark',
        note: 'industry median',
      });
      expect(standing.status).toBe(201);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('explains the target in the KPI’s unit', async () => {
      await open(page, server.baseUrl, `/kpis/${kpi.id}`, 'Revenue');
      const explain = page.getByRole('region', { name: 'Explain this number' });
      await explain
        .getByText(`${month.key} = $90,609.63 (phased from ${year.key} by even)`, { exact: false })
        .waitFor();
      expect(await explain.textContent()).not.toContain('90609.6275');
    });

    it('changes one target and deletes another after a confirmation', async () => {
      await open(page, server.baseUrl, `/kpis/${kpi.id}/edit`, 'Edit “Revenue”');
      await page
        .getByRole('navigation', { name: 'Steps of the definition' })
        .getByRole('button', { name: /Target/ })
        .click();
      const current = page.getByRole('region', { name: 'Current targets' });
      await current.getByText('$1,087,315.53').waitFor();
      await current.getByText('“industry median”', { exact: false }).waitFor();

      await current
        .getByRole('button', { name: `Change the target ${year.key}, spread by month (even)` })
        .click();
      const fields = current.getByRole('group', {
        name: `Change the target ${year.key}, spread by month (even)`,
      });
      await fields.getByLabel('Value').fill('lots');
      await fields.getByText('Type the target as a number').waitFor();
      await fields.getByLabel('Value').fill('1200000');
      await fields.getByLabel('Note').fill('board plan');

      const place = `Per month from ${nextYear.start}`;
      await current.getByRole('button', { name: `Delete the target ${place}` }).click();
      const confirm = current.getByRole('group', { name: `Delete the target ${place}?` });
      await confirm.getByRole('button', { name: 'Keep it' }).click();
      await current.getByRole('button', { name: `Delete the target ${place}` }).click();
      await confirm.getByRole('button', { name: 'Delete target' }).click();
      await current.getByText('Deleted when you save.').waitFor();
      await expectAccessible(page, 'the edit form’s current targets');
      await screenshot(page, 'edit-kpi-targets');

      await page
        .getByRole('navigation', { name: 'Steps of the definition' })
        .getByRole('button', { name: /Check and save/ })
        .click();
      const summary = page.getByRole('definition').filter({ hasText: '1 changed, 1 deleted' });
      await summary.waitFor();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { name: '“Revenue” is saved' }).waitFor();
      await page.getByText('Targets deleted: 1.').waitFor();

      const stored = await callApi<{ items: KpiTarget[] }>(
        page,
        'GET',
        `/api/kpis/${kpi.id}/targets`,
      );
      expect(stored.body.items.map((t) => [t.periodKey, t.value, t.note])).toEqual([
        [year.key, 1_200_000, 'board plan'],
      ]);
      const history = await callApi<{ items: { action: string }[] }>(
        page,
        'GET',
        `/api/kpis/${kpi.id}/targets/history`,
      );
      expect(history.body.items.map((h) => h.action).sort()).toEqual([
        'create',
        'create',
        'delete',
        'update',
      ]);
    });
  },
);
