import { expect, it } from 'vitest';
import type { Kpi, KpiTarget, Metric, TargetResolution } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const mm = (m: number) => String(m).padStart(2, '0');

async function created<T>(admin: Client, url: string, body: unknown): Promise<T> {
  const res = await admin.request('POST', url, body);
  if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

async function resolved(admin: Client, kpiId: string, grain: string, from: string, to: string) {
  const url = `/api/kpis/${kpiId}/targets/resolve?grain=${grain}&from=${from}&to=${to}`;
  const res = await admin.request('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TargetResolution>().periods;
}

describeEachEngine('targets phased by last year', (engine) => {
  it("follows last year's monthly shape of the KPI's own slice (dimension filter)", async () => {
    const { app, admin } = await setUpApp(engine().db, {
      now: () => new Date('2026-02-10T09:00:00.000Z'),
    });
    const metric = await created<Metric>(admin, '/api/metrics', {
      key: 'orders',
      name: 'Orders',
      unit: { kind: 'number' },
      aggregation: 'sum',
      dimensions: ['region'],
    });
    // 2025: EU grows 1, 2, …, 12 a month (two points a month); US shrinks 12, 11, …, 1, so the
    // metric as a whole is flat (13 a month) and only the filtered slice has a shape.
    const items = MONTHS.flatMap((m) => [
      {
        metricId: metric.id,
        periodKey: `2025-${mm(m)}-03`,
        dimensions: { region: 'EU' },
        components: { sum: m / 2 },
      },
      {
        metricId: metric.id,
        periodKey: `2025-${mm(m)}-20`,
        dimensions: { region: 'EU' },
        components: { sum: m / 2 },
      },
      {
        metricId: metric.id,
        periodKey: `2025-${mm(m)}-10`,
        dimensions: { region: 'US' },
        components: { sum: 13 - m },
      },
    ]);
    const write = await admin.request('POST', '/api/data-points', { items });
    expect(write.statusCode, write.body).toBe(200);

    const kpiOf = (name: string, dimensionFilter: Record<string, string>) =>
      created<Kpi>(admin, '/api/kpis', { metricId: metric.id, name, dimensionFilter });
    const yearTarget = (kpiId: string) =>
      created<KpiTarget>(admin, '/api/targets', {
        kpiId,
        grain: 'month',
        periodKey: '2026',
        value: 780,
        phasing: { method: 'last_year' },
      });
    const eu = await kpiOf('EU orders', { region: 'EU' });
    const all = await kpiOf('All orders', {});
    const apac = await kpiOf('APAC orders', { region: 'APAC' });
    const euTarget = await yearTarget(eu.id);
    for (const kpi of [all, apac]) await yearTarget(kpi.id);

    // 780 in the shape 1 : 2 : … : 12 (sum 78) is 10, 20, …, 120.
    const months = await resolved(admin, eu.id, 'month', '2026-01', '2026-12');
    MONTHS.forEach((m, i) => expect(months[i]?.value).toBeCloseTo(m * 10, 9));
    expect(months[11]).toMatchObject({
      rule: 'direct',
      sources: [{ targetId: euTarget.id, rule: 'phased', periodKey: '2026-12' }],
    });
    expect(months[11]?.sources[0]?.value).toBeCloseTo(120, 9);
    expect(months[11]?.explanation).toContain('by last_year');
    expect(months[11]?.explanation).not.toContain('no usable shape');
    const quarters = await resolved(admin, eu.id, 'quarter', '2026-Q1', '2026-Q4');
    [60, 150, 240, 330].forEach((v, i) => expect(quarters[i]?.value).toBeCloseTo(v, 9));

    // The whole metric was flat last year: even months. A slice without data falls back to even
    // and says why.
    const flat = await resolved(admin, all.id, 'month', '2026-01', '2026-12');
    flat.forEach((p) => expect(p.value).toBeCloseTo(65, 9));
    expect(flat[0]?.explanation).not.toContain('no usable shape');
    const empty = await resolved(admin, apac.id, 'month', '2026-01', '2026-02');
    expect(empty.map((p) => p.value)).toEqual([65, 65]);
    expect(empty[0]?.explanation).toContain('last year had no usable shape, so even');

    // A correction of last year's data reshapes this year's phasing on the next read.
    const fix = await admin.request('POST', '/api/data-points', {
      items: [
        {
          metricId: metric.id,
          periodKey: '2025-01-03',
          dimensions: { region: 'EU' },
          components: { sum: 6.5 },
        },
      ],
    });
    expect(fix.json()).toMatchObject({ revised: 1 });
    // January is now 7 of 84: 780 × 7 / 84 = 65.
    const after = await resolved(admin, eu.id, 'month', '2026-01', '2026-01');
    expect(after[0]?.value).toBeCloseTo(65, 9);
    await app.close();
  });
});

describeEachEngine('targets phased by last year of a formula', (engine) => {
  it('measures a formula KPI from its operands', async () => {
    const { app, admin } = await setUpApp(engine().db);
    const metric = (body: object) =>
      created<Metric>(admin, '/api/metrics', {
        unit: { kind: 'number' },
        aggregation: 'sum',
        ...body,
      });
    const returns = await metric({ key: 'returns', name: 'Returns' });
    const doubled = await metric({
      key: 'returns_doubled',
      name: 'Returns ×2',
      sourceKind: 'formula',
      formula: 'returns * 2',
    });
    const items = MONTHS.map((m) => ({
      metricId: returns.id,
      periodKey: `2025-${mm(m)}-15`,
      components: { sum: m },
    }));
    expect((await admin.request('POST', '/api/data-points', { items })).statusCode).toBe(200);
    const kpi = await created<Kpi>(admin, '/api/kpis', { metricId: doubled.id, name: 'Returns' });
    await created(admin, '/api/targets', {
      kpiId: kpi.id,
      grain: 'month',
      periodKey: '2026',
      value: 780,
      phasing: { method: 'last_year' },
    });
    const months = await resolved(admin, kpi.id, 'month', '2026-01', '2026-12');
    MONTHS.forEach((m, i) => expect(months[i]?.value).toBeCloseTo(m * 10, 9));
    await app.close();
  });
});
