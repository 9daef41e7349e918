import { expect, it } from 'vitest';
import { targetFor, type KpiTarget, type Period, type TargetResolution } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';
import { createKpi, insertMetric } from '../kpis/test-fixtures';

async function setTarget(admin: Client, body: Record<string, unknown>): Promise<KpiTarget> {
  const res = await admin.request('POST', '/api/targets', body);
  if (res.statusCode !== 201) throw new Error(`target not set: ${res.statusCode} ${res.body}`);
  return res.json<KpiTarget>();
}

async function resolve(admin: Client, kpiId: string, grain: string, from: string, to: string) {
  const res = await admin.request(
    'GET',
    `/api/kpis/${kpiId}/targets/resolve?grain=${grain}&from=${from}&to=${to}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TargetResolution>().periods;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describeEachEngine('target resolution', (engine) => {
  it('resolves hand-worked targets: a phased year, standing values superseded, overrides', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const revenue = await insertMetric(db, workspaceId, { aggregation: 'sum' });

    // An annual total of 1,200,000 for 2026 phased evenly: 100,000 a month, 300,000 a quarter.
    const annual = await createKpi(admin, { metricId: revenue, name: 'Revenue' });
    const year = await setTarget(admin, {
      kpiId: annual.id,
      grain: 'month',
      periodKey: '2026',
      value: 1_200_000,
      phasing: { method: 'even' },
      basis: 'past_performance',
      note: '2025 + 20 %',
    });
    const months = await resolve(admin, annual.id, 'month', '2026-01', '2026-12');
    expect(months.map((p) => p.period.key)).toEqual(MONTHS);
    expect(months.map((p) => p.value)).toEqual(Array(12).fill(100_000));
    expect(months[0]).toMatchObject({
      period: { grain: 'month', key: '2026-01', start: '2026-01-01', end: '2026-02-01' },
      rule: 'direct',
      sources: [
        { targetId: year.id, rule: 'phased', periodKey: '2026-01', value: 100_000, share: 1 },
      ],
    });
    expect(months[0]?.explanation).toContain('phased from 2026 by even');
    expect(months[0]?.explanationParts).toEqual([
      { text: '2026-01 = ' },
      { value: 100_000 },
      { text: ' (phased from 2026 by even)' },
    ]);
    const quarters = await resolve(admin, annual.id, 'quarter', '2026-Q1', '2026-Q4');
    expect(quarters.map((p) => p.value)).toEqual([300_000, 300_000, 300_000, 300_000]);
    expect(quarters[0]?.rule).toBe('sum_of_sub_periods');
    expect(quarters[0]?.sources.map((s) => s.periodKey)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect((await resolve(admin, annual.id, 'year', '2026', '2026'))[0]?.value).toBe(1_200_000);

    // An override for one month beats the phased share, and the quarter adds it up.
    const feb = await setTarget(admin, {
      kpiId: annual.id,
      grain: 'month',
      periodKey: '2026-02',
      value: 120_000,
    });
    const q1 = (await resolve(admin, annual.id, 'quarter', '2026-Q1', '2026-Q1'))[0];
    expect(q1?.value).toBe(320_000);
    expect(q1?.sources.map((s) => [s.targetId, s.rule])).toEqual([
      [year.id, 'phased'],
      [feb.id, 'override'],
      [year.id, 'phased'],
    ]);

    // 50,000 a month from 2026-01-01, 60,000 from 2026-07-01, and September set to 70,000.
    const standing = await createKpi(admin, { metricId: revenue, name: 'Bookings' });
    const first = await setTarget(admin, {
      kpiId: standing.id,
      grain: 'month',
      effectiveFrom: '2026-01-01',
      value: 50_000,
    });
    const second = await setTarget(admin, {
      kpiId: standing.id,
      grain: 'month',
      effectiveFrom: '2026-07-01',
      value: 60_000,
    });
    const sep = await setTarget(admin, {
      kpiId: standing.id,
      grain: 'month',
      periodKey: '2026-09',
      value: 70_000,
    });
    const byMonth = await resolve(admin, standing.id, 'month', '2025-12', '2026-12');
    expect(byMonth.map((p) => p.value)).toEqual([
      null,
      ...Array(6).fill(50_000),
      60_000,
      60_000,
      70_000,
      60_000,
      60_000,
      60_000,
    ]);
    expect(byMonth[0]).toMatchObject({
      rule: 'none',
      sources: [],
      explanation: 'no target applies to 2025-12',
    });
    expect(byMonth[6]?.sources[0]?.targetId).toBe(first.id);
    expect(byMonth[7]?.sources[0]?.targetId).toBe(second.id);
    expect(byMonth[7]?.explanation).toContain('effective from 2026-07-01');
    expect(byMonth[9]).toMatchObject({
      value: 70_000,
      sources: [{ targetId: sep.id, rule: 'override' }],
    });
    const byQuarter = await resolve(admin, standing.id, 'quarter', '2026-Q1', '2026-Q4');
    expect(byQuarter.map((p) => p.value)).toEqual([150_000, 150_000, 190_000, 180_000]);
    expect((await resolve(admin, standing.id, 'year', '2026', '2026'))[0]?.value).toBe(670_000);
    // The ISO week 2026-W27 (29 June – 5 July) takes 2/30 of June's and 5/31 of July's target.
    const week = (await resolve(admin, standing.id, 'week', '2026-W27', '2026-W27'))[0];
    expect(week?.rule).toBe('pro_rated');
    expect(week?.value).toBeCloseTo((50_000 * 2) / 30 + (60_000 * 5) / 31, 6);
    expect(week?.sources.map((s) => s.share)).toEqual([2 / 30, 5 / 31]);
    await app.close();
  });
});

describeEachEngine('target resolution with last year', (engine) => {
  it('phases last_year evenly until actuals are connected, then by their shape', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId, { aggregation: 'sum' });
    const kpi = await createKpi(admin, { metricId, name: 'Orders', dimensionFilter: {} });
    const horizon = await setTarget(admin, {
      kpiId: kpi.id,
      grain: 'quarter',
      periodKey: '2026',
      value: 400,
      phasing: { method: 'last_year' },
    });
    const quarters = await resolve(admin, kpi.id, 'quarter', '2026-Q1', '2026-Q4');
    expect(quarters.map((p) => p.value)).toEqual([100, 100, 100, 100]);
    expect(quarters[0]?.explanation).toContain('by last_year');
    // No data last year (the app's own actuals lookup is connected): even shares, and it says so.
    expect(quarters[0]?.explanation).toContain('last year had no usable shape, so even');

    const asked: Period[][] = [];
    const stored = await app.services.targets.targetDefinitionFor(kpi.id, {
      lastYearActuals: async ({ periods }) => {
        asked.push(periods);
        return [10, 10, 10, 20];
      },
    });
    expect(asked.map((ps) => ps.map((p) => p.key))).toEqual([
      ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
    ]);
    expect(stored.targetIds.horizons).toEqual([horizon.id]);
    const calendar = await app.services.workspace.calendar(workspaceId);
    const valueOf = (key: string) =>
      targetFor(stored.definition, calendar.parseKey(key), calendar, { kind: stored.kind }).value;
    expect(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map(valueOf)).toEqual([80, 80, 80, 160]);
    expect(valueOf('2026')).toBe(400);
    await app.close();
  });
});

describeEachEngine('target resolution of bands', (engine) => {
  it('resolves a band target of a within_band KPI as the level in effect', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const metricId = await insertMetric(db, workspaceId, { aggregation: 'average' });
    const kpi = await createKpi(admin, { metricId, name: 'Utilisation', direction: 'within_band' });
    const band = await setTarget(admin, {
      kpiId: kpi.id,
      grain: 'month',
      effectiveFrom: '2026-01-01',
      value: { lower: 80, upper: 90 },
      basis: 'benchmark',
    });
    const [q1] = await resolve(admin, kpi.id, 'quarter', '2026-Q1', '2026-Q1');
    expect(q1).toMatchObject({
      value: { lower: 80, upper: 90 },
      rule: 'level_in_effect',
      sources: [{ targetId: band.id, periodKey: '2026-03' }],
    });
    const all = await admin.request('GET', `/api/kpis/${kpi.id}/targets`);
    expect(all.json()).toEqual({ items: [band] });
    await app.close();
  });
});
