import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';
import { days, insertMetric, post, problemOf } from './test-fixtures';

interface Row {
  periodKey: string;
  dimensions: Record<string, string | null>;
  value: number | null;
  components: Record<string, number | string>;
  pointCount: number;
  operands?: Record<string, number | null>;
}

describeEachEngine('series', (engine) => {
  let app: App;
  let admin: Client;
  const ids: Record<string, string> = {};

  const series = (key: string, query: string) =>
    admin.request('GET', `/api/metrics/${ids[key]}/series?${query}`);
  const rows = async (key: string, query: string): Promise<Row[]> => {
    const res = await series(key, query);
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    return res.json<{ rows: Row[] }>().rows;
  };
  const brief = (list: Row[]) =>
    list.map((r) => ({ periodKey: r.periodKey, dimensions: r.dimensions, value: r.value }));

  beforeAll(async () => {
    let workspaceId: string;
    ({ app, admin, workspaceId } = await setUpApp(engine().db));
    const db = engine().db;
    const define = async (key: string, m: Parameters<typeof insertMetric>[2]) => {
      ids[key] = await insertMetric(db, workspaceId, m);
    };
    await define('conversion', { key: 'conversion', aggregation: 'ratio' });
    await define('headcount', { key: 'headcount', aggregation: 'last', dimensions: ['region'] });
    await define('signups', { key: 'signups', dimensions: ['region', 'channel'] });
    await define('response_time', { key: 'response_time', aggregation: 'average' });
    await define('peak', { key: 'peak', aggregation: 'max' });
    await define('spend', { key: 'spend' });
    await define('new_customers', { key: 'new_customers', baseGrain: 'month' });
    await define('cac', { key: 'cac', formula: 'spend / new_customers' });
    await define('weekly', { key: 'weekly', baseGrain: 'week' });
    await define('users', { key: 'users', aggregation: 'distinct', dimensions: ['region'] });

    // 30 days at 1/10 and one day at 90/100: the month is 120/400 = 0.3 (the mean of the daily
    // rates would be 3.9/31 ≈ 0.126).
    const january = days('2026-01-01', 31).map((d, i) => ({
      metricKey: 'conversion',
      periodKey: d,
      components: i < 30 ? { numerator: 1, denominator: 10 } : { numerator: 90, denominator: 100 },
    }));
    const h = (periodKey: string, region: string, value: number) => ({
      metricKey: 'headcount',
      periodKey,
      dimensions: { region },
      components: { value },
    });
    const s = (periodKey: string, region: string, channel: string, sum: number) => ({
      metricKey: 'signups',
      periodKey,
      dimensions: { region, channel },
      components: { sum },
    });
    const res = await post(admin, [
      ...january,
      {
        metricKey: 'conversion',
        periodKey: '2026-02-01',
        components: { numerator: 5, denominator: 10 },
      },
      h('2025-12-31', 'US', 18),
      h('2026-01-31', 'EU', 20),
      h('2026-03-15', 'EU', 25),
      h('2026-02-28', 'US', 22),
      s('2026-01-01', 'EU', 'web', 5),
      s('2026-01-02', 'EU', 'app', 3),
      s('2026-01-01', 'US', 'web', 7),
      s('2026-02-01', 'US', 'web', 4),
      { metricKey: 'response_time', periodKey: '2026-01-01', components: { sum: 10, count: 2 } },
      { metricKey: 'response_time', periodKey: '2026-01-02', components: { sum: 30, count: 3 } },
      { metricKey: 'peak', periodKey: '2026-01-01', components: { value: 7 } },
      { metricKey: 'peak', periodKey: '2026-01-09', components: { value: 11 } },
      { metricKey: 'spend', periodKey: '2026-01-01', components: { sum: 1000 } },
      { metricKey: 'spend', periodKey: '2026-02-10', components: { sum: 2000 } },
      { metricKey: 'spend', periodKey: '2026-03-05', components: { sum: 3000 } },
      { metricKey: 'new_customers', periodKey: '2026-01', components: { sum: 5 } },
      { metricKey: 'new_customers', periodKey: '2026-02', components: { sum: 25 } },
      { metricKey: 'new_customers', periodKey: '2026-03', components: { sum: 30 } },
      {
        metricKey: 'users',
        periodKey: '2026-01-01',
        dimensions: { region: 'EU' },
        components: { value: 9 },
      },
      {
        metricKey: 'users',
        periodKey: '2026-01-01',
        dimensions: { region: 'US' },
        components: { value: 4 },
      },
    ]);
    if (res.statusCode !== 200) throw new Error(res.body);
  });
  afterAll(async () => {
    await app.close();
  });

  it('rolls a ratio up as Σnumerator / Σdenominator, not the mean of daily rates', async () => {
    const month = await rows('conversion', 'grain=month&from=2026-01-01&to=2026-02-28');
    expect(month).toEqual([
      expect.objectContaining({
        periodKey: '2026-01',
        value: 0.3,
        components: { numerator: 120, denominator: 400 },
        pointCount: 31,
      }),
      expect.objectContaining({ periodKey: '2026-02', value: 0.5, pointCount: 1 }),
    ]);
    const daily = await rows('conversion', 'from=2026-01-30&to=2026-01-31');
    expect(brief(daily).map((r) => r.value)).toEqual([0.1, 0.9]);
  });

  it('rolls an average up as Σsum / Σcount and max as the largest value', async () => {
    expect(brief(await rows('response_time', 'grain=month&from=2026-01-01&to=2026-01-31'))).toEqual(
      [{ periodKey: '2026-01', dimensions: {}, value: 8 }],
    );
    expect((await rows('peak', 'grain=year&from=2026-01-01&to=2026-01-01'))[0]?.value).toBe(11);
  });

  it('takes the last headcount of a quarter per region and adds the regions', async () => {
    const range = 'grain=quarter&from=2025-10-01&to=2026-03-31';
    expect(brief(await rows('headcount', range))).toEqual([
      { periodKey: '2025-Q4', dimensions: {}, value: 18 },
      { periodKey: '2026-Q1', dimensions: {}, value: 47 },
    ]);
    expect(brief(await rows('headcount', `${range}&breakdown=region`))).toEqual([
      { periodKey: '2025-Q4', dimensions: { region: 'US' }, value: 18 },
      { periodKey: '2026-Q1', dimensions: { region: 'EU' }, value: 25 },
      { periodKey: '2026-Q1', dimensions: { region: 'US' }, value: 22 },
    ]);
    expect(brief(await rows('headcount', `${range}&filter[region]=EU`))).toEqual([
      { periodKey: '2026-Q1', dimensions: {}, value: 25 },
    ]);
  });

  it('breaks a sum down by region, filtered by channel', async () => {
    const range = 'grain=month&from=2026-01-01&to=2026-02-28';
    expect(brief(await rows('signups', range)).map((r) => r.value)).toEqual([15, 4]);
    expect(brief(await rows('signups', `${range}&breakdown=region`))).toEqual([
      { periodKey: '2026-01', dimensions: { region: 'EU' }, value: 8 },
      { periodKey: '2026-01', dimensions: { region: 'US' }, value: 7 },
      { periodKey: '2026-02', dimensions: { region: 'US' }, value: 4 },
    ]);
    const web = await rows('signups', `${range}&breakdown=region&filter[channel]=web`);
    expect(brief(web).map((r) => r.value)).toEqual([5, 7, 4]);
    const both = await rows(
      'signups',
      `${range}&filter[region]=EU&filter[region]=US&filter[channel]=app`,
    );
    expect(brief(both)).toEqual([{ periodKey: '2026-01', dimensions: {}, value: 3 }]);
  });

  it("evaluates a formula after rolling each operand up by its own kind (a quarter's CAC)", async () => {
    const quarter = await rows('cac', 'grain=quarter&from=2026-01-01&to=2026-03-31');
    expect(quarter).toEqual([
      expect.objectContaining({
        periodKey: '2026-Q1',
        value: 100,
        operands: { spend: 6000, new_customers: 60 },
        pointCount: 6,
      }),
    ]);
    const months = await rows('cac', 'grain=month&from=2026-01-01&to=2026-03-31');
    expect(months.map((r) => r.value)).toEqual([200, 80, 100]);
  });

  it('refuses grains and roll-ups the values do not allow, saying why', async () => {
    const finer = await series('new_customers', 'grain=day&from=2026-01-01&to=2026-01-31');
    expect(finer.statusCode).toBe(400);
    expect(problemOf(finer).errors?.[0]?.pointer).toBe('/querystring/grain');
    expect(problemOf(finer).detail).toContain('finer');
    const weeks = await series('weekly', 'grain=month&from=2026-01-01&to=2026-01-31');
    expect(weeks.statusCode).toBe(400);
    expect(problemOf(weeks).detail).toContain('does not always lie inside one month');
    const distinct = await series('users', 'grain=month&from=2026-01-01&to=2026-01-31');
    expect(distinct.statusCode).toBe(400);
    expect(problemOf(distinct).detail).toContain('distinct');
    const across = await series('users', 'from=2026-01-01&to=2026-01-01');
    expect(across.statusCode).toBe(400);
    expect(problemOf(across).detail).toContain('distinct values cannot be rolled up');
    const perRegion = await rows('users', 'from=2026-01-01&to=2026-01-01&breakdown=region');
    expect(perRegion.map((r) => r.value)).toEqual([9, 4]);
    const formulaFiner = await series('cac', 'grain=day&from=2026-01-01&to=2026-01-31');
    expect(formulaFiner.statusCode).toBe(400);
    expect(problemOf(formulaFiner).detail).toContain('new_customers');
  });

  it('refuses unknown dimensions, parameters and metrics by name', async () => {
    const dim = await series('signups', 'from=2026-01-01&to=2026-01-31&filter[team]=a');
    expect(dim.statusCode).toBe(400);
    expect(problemOf(dim).errors?.[0]?.pointer).toBe('/querystring/filter[team]');
    const breakdown = await series('signups', 'from=2026-01-01&to=2026-01-31&breakdown=team');
    expect(problemOf(breakdown).detail).toContain('"team"');
    const param = await series('signups', 'from=2026-01-01&to=2026-01-31&grian=month');
    expect(param.statusCode).toBe(400);
    expect(problemOf(param).errors?.[0]?.pointer).toBe('/querystring/grian');
    const backwards = await series('signups', 'from=2026-02-01&to=2026-01-31');
    expect(problemOf(backwards).errors?.[0]?.pointer).toBe('/querystring/to');
    const unknown = await admin.request(
      'GET',
      '/api/metrics/0badc0de-0000-4000-8000-000000000009/series?from=2026-01-01&to=2026-01-02',
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('lists raw points page by page, filtered and ranged', async () => {
    const url = `/api/metrics/${ids['conversion']}/data-points?from=2026-01-10&to=2026-01-14&limit=3`;
    const first = await admin.request('GET', url);
    expect(first.json().items.map((p: { periodKey: string }) => p.periodKey)).toEqual([
      '2026-01-10',
      '2026-01-11',
      '2026-01-12',
    ]);
    const next = await admin.request('GET', `${url}&cursor=${first.json().nextCursor}`);
    expect(next.json().items.map((p: { periodKey: string }) => p.periodKey)).toEqual([
      '2026-01-13',
      '2026-01-14',
    ]);
    expect(next.json().nextCursor).toBeNull();
    const eu = await admin.request(
      'GET',
      `/api/metrics/${ids['signups']}/data-points?filter[region]=EU&filter[channel]=app`,
    );
    expect(eu.json().items).toEqual([
      expect.objectContaining({
        periodKey: '2026-01-02',
        dimensions: { channel: 'app', region: 'EU' },
        components: { sum: 3 },
        revision: 1,
        source: 'push',
      }),
    ]);
  });
});
