import {
  addCivilDays,
  civilDaysBetween,
  type Dashboard,
  type DashboardSummary,
} from '@vitals/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app';
import { setUpApp, type Client } from '../../test-support/app';
import { describeEachEngine } from '../../test-support/engines';

/** Daily points of a metric: the same components every day from `from` up to `to` (exclusive). */
function daily(metricKey: string, from: string, to: string, components: Record<string, number>) {
  return Array.from({ length: civilDaysBetween(from, to) }, (_, i) => ({
    metricKey,
    periodKey: addCivilDays(from, i),
    components,
  }));
}

async function created(client: Client, url: string, body: unknown): Promise<string> {
  const res = await client.request('POST', url, body);
  if (res.statusCode !== 201 && res.statusCode !== 200) {
    throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  }
  return res.json<{ id: string }>().id;
}

// The end of 10 November 2026 in Berlin (CET): Nov 1–10 complete.
const NOV_11 = '2026-11-10T23:00:00.000Z';
// Monday 30 November 2026, 10:00 in Berlin: week 49 has just begun.
const MONDAY = '2026-11-30T09:00:00.000Z';

describeEachEngine('dashboard summary over ranges, and the last complete period', (engine) => {
  let app: App;
  let admin: Client;
  const ids: Record<string, string> = {};
  const cards = async (query: string) => {
    const res = await admin.request('GET', `/api/dashboard/summary?sparkline=0&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<DashboardSummary>().cards;
  };

  beforeAll(async () => {
    ({ app, admin } = await setUpApp(engine().db, { now: () => new Date(NOV_11) }));
    const metric = (key: string, aggregation: string, unit = 'count') =>
      created(admin, '/api/metrics', { key, name: key, unit: { kind: unit }, aggregation });
    const kpi = (metricId: string, name: string, reviewCadence: string) =>
      created(admin, '/api/kpis', { metricId, name, reviewCadence });
    const target = (kpiId: string, grain: string, effectiveFrom: string, value: number) =>
      created(admin, '/api/targets', { kpiId, grain, effectiveFrom, value });
    ids.revenue = await kpi(await metric('revenue', 'sum', 'currency'), 'Revenue', 'month');
    ids.conversion = await kpi(
      await metric('conversion', 'ratio', 'percent'),
      'Conversion',
      'month',
    );
    ids.signups = await kpi(await metric('signups', 'sum'), 'Sign-ups', 'week');
    ids.tickets = await kpi(await metric('tickets', 'sum'), 'Tickets', 'week');
    await target(ids.revenue, 'month', '2025-01-01', 30_000);
    await target(ids.conversion, 'month', '2026-01-01', 0.1);
    await target(ids.conversion, 'month', '2026-10-01', 0.12);
    await target(ids.signups, 'week', '2026-01-05', 70);
    await target(ids.tickets, 'week', '2026-01-05', 70);
    const items = [
      // Revenue a day: 800 from Aug to Nov 2025, 900 from May to Jul 2026, 1,000 from 1 Aug to 10 Nov 2026.
      ...daily('revenue', '2025-08-01', '2025-12-01', { sum: 800 }),
      ...daily('revenue', '2026-05-01', '2026-08-01', { sum: 900 }),
      ...daily('revenue', '2026-08-01', '2026-11-11', { sum: 1_000 }),
      // Conversion: 5/100 in Aug, 10/100 in Sep, 30/200 in Oct.
      {
        metricKey: 'conversion',
        periodKey: '2026-08-15',
        components: { numerator: 5, denominator: 100 },
      },
      {
        metricKey: 'conversion',
        periodKey: '2026-09-15',
        components: { numerator: 10, denominator: 100 },
      },
      {
        metricKey: 'conversion',
        periodKey: '2026-10-15',
        components: { numerator: 30, denominator: 200 },
      },
      // Sign-ups: 10 a day in weeks 45–48 (2–29 Nov), nothing yet in week 49.
      ...daily('signups', '2026-11-02', '2026-11-30', { sum: 10 }),
      // Tickets stopped in September: stale by the end of November.
      ...daily('tickets', '2026-09-07', '2026-09-14', { sum: 10 }),
    ];
    const res = await admin.request('POST', '/api/data-points', { items });
    if (res.statusCode !== 200) throw new Error(`ingest: ${res.statusCode} ${res.body}`);
  });

  afterAll(async () => {
    await app.close();
  });

  it('measures the last 3 complete months as one window against the sum of their targets', async () => {
    const [card] = await cards(`kpiIds=${ids.revenue}&grain=month&range=last&n=3`);
    const current = card?.current;
    if (!current || !('range' in current)) throw new Error('expected a range card');
    expect(current.range).toMatchObject({ key: '2026-08..2026-10', count: 3 });
    // Aug + Sep + Oct = 92 days × 1,000 = 92,000 against 3 × 30,000 = 90,000 → on track
    expect(current).toMatchObject({
      phase: 'complete',
      actual: 92_000,
      target: 90_000,
      status: 'on_track',
    });
    // vs May–Jul 2026: 92 × 900 = 82,800; vs Aug–Oct 2025: 92 × 800 = 73,600
    expect(current.changes.vsPrevious).toMatchObject({ base: 82_800, verdict: 'better' });
    expect(current.changes.vsLastYear).toMatchObject({ base: 73_600, verdict: 'better' });
    expect(current.targetExplanation).toContain('Σ of 3 month targets: 2026-08 = 30000');
    expect(card?.lastComplete).toBeNull();
  });

  it('paces a range that ends with the running month and compares like for like', async () => {
    const [card] = await cards(`kpiIds=${ids.revenue}&range=last&n=3&includeRunning=true`);
    const current = card?.current;
    if (!current || !('range' in current)) throw new Error('expected a range card');
    expect(current.range.key).toBe('2026-09..2026-11');
    // Sep 30 + Oct 31 + 10 Nov days = 71,000; expected 30,000 + 30,000 + 30,000 × 10/30 = 70,000
    expect(current).toMatchObject({ phase: 'running', actual: 71_000, pacing: 'phased' });
    expect(current.expected).toBeCloseTo(70_000, 6);
    expect(current.status).toBe('on_track');
    // Jun + Jul whole and 1–10 Aug: 61 × 900 + 10 × 1,000 = 64,900; 1 Sep–10 Nov 2025: 71 × 800
    expect(current.changes.vsPrevious.base).toBe(64_900);
    expect(current.changes.vsLastYear.base).toBe(56_800);
  });

  it('measures a ratio over a custom range as Σ numerators ÷ Σ denominators', async () => {
    const [card] = await cards(`kpiIds=${ids.conversion}&range=custom&from=2026-08&to=2026-10`);
    const current = card?.current;
    if (!current || !('range' in current)) throw new Error('expected a range card');
    // 45 / 400 = 0.1125, not the mean of 5 %, 10 % and 15 %; the level at the end, 0.12 → 93.75 %
    expect(current.actual).toBeCloseTo(0.1125, 12);
    expect(current).toMatchObject({ target: 0.12, status: 'at_risk' });
    expect(current.targetExplanation).toContain("level target of the range's last month, 2026-10");
    expect(card?.grain).toBe('month');
  });

  it('carries the last complete period beside a running one that has no data yet', async () => {
    const list = await cards(`kpiIds=${ids.signups},${ids.tickets}&asOf=${MONDAY}`);
    const [signups, tickets] = list;
    // Week 49 began today: no data yet. Week 48: 7 × 10 = 70 of 70 → on track.
    expect(signups?.current).toMatchObject({ phase: 'running', actual: null, status: 'no_data' });
    expect(signups?.lastComplete).toMatchObject({
      period: { key: '2026-W48' },
      phase: 'complete',
      actual: 70,
      status: 'on_track',
    });
    expect(signups?.stale).toBe(false);
    // Tickets' data stopped in September: stale, and its last week has no data either.
    expect(tickets?.stale).toBe(true);
    expect(tickets?.lastComplete).toMatchObject({ period: { key: '2026-W48' }, actual: null });
  });

  it('refuses bad ranges with the field and the reason', async () => {
    const cases: [string, string, string][] = [
      [`range=last&n=40`, '/querystring/n', 'n must be between 1 and 36'],
      [`range=last&n=0`, '/querystring/n', 'n must be between 1 and 36'],
      [`range=last`, '/querystring/n', 'give n'],
      [`range=custom&from=2026-11&to=2026-09`, '/querystring/from', 'from is after to'],
      [
        `range=custom&grain=month&from=2026-W40&to=2026-11`,
        '/querystring/from',
        '"2026-W40" is a week, not a month',
      ],
      [`range=custom&from=2026-01&to=2029-12`, '/querystring/to', 'at most 36 periods'],
      [`range=custom&from=2026-08`, '/querystring/to', 'give to'],
      [`n=3`, '/querystring/n', 'only for range=last'],
    ];
    for (const [query, pointer, message] of cases) {
      const res = await admin.request(
        'GET',
        `/api/dashboard/summary?kpiIds=${ids.revenue}&${query}`,
      );
      expect(res.statusCode, query).toBe(400);
      const problem = res.json<{ errors: { pointer: string; message: string }[] }>();
      expect(problem.errors, query).toContainEqual(
        expect.objectContaining({ pointer, message: expect.stringContaining(message) }),
      );
    }
  });
});

describeEachEngine('dashboard period settings', (engine) => {
  it('stores last-N and custom ranges, reads the older plain names as before, and refuses bad keys', async () => {
    const { app, admin } = await setUpApp(engine().db);
    const post = async (period: unknown) => {
      const res = await admin.request('POST', '/api/dashboards', { name: 'Board', period });
      return { status: res.statusCode, body: res.json<Dashboard & { errors?: unknown }>() };
    };
    const last = await post({ kind: 'last', grain: 'month', n: 3 });
    expect(last.status).toBe(201);
    expect(last.body.period).toEqual({ kind: 'last', grain: 'month', n: 3, includeRunning: false });
    const read = await admin.request('GET', `/api/dashboards/${last.body.id}`);
    expect(read.json<Dashboard>().period).toEqual(last.body.period);
    expect((await post('this_quarter')).body.period).toEqual({ kind: 'this_quarter' });
    const custom = { kind: 'custom', grain: 'month', from: '2026-09', to: '2026-11' };
    const patched = await admin.request('PATCH', `/api/dashboards/${last.body.id}`, {
      period: custom,
    });
    expect(patched.json<Dashboard>().period).toEqual(custom);
    const again = await admin.request('GET', `/api/dashboards/${last.body.id}`);
    expect(again.json<Dashboard>().period).toEqual(custom);

    const bad: [unknown, string, string][] = [
      [{ kind: 'last', grain: 'month', n: 37 }, '/body/period/n', 'n must be between 1 and 36'],
      [{ ...custom, from: '2026-12' }, '/body/period/from', 'from is after to'],
      [{ ...custom, to: '2026-Q4' }, '/body/period/to', '"2026-Q4" is a quarter, not a month'],
      ['weekly', '/body/period', 'must be this_month'],
      [{ kind: 'decade' }, '/body/period/kind', 'kind must be'],
    ];
    for (const [period, pointer, message] of bad) {
      const res = await admin.request('POST', '/api/dashboards', { name: 'Bad', period });
      expect(res.statusCode, JSON.stringify(period)).toBe(400);
      expect(res.json<{ errors: unknown[] }>().errors).toContainEqual(
        expect.objectContaining({ pointer, message: expect.stringContaining(message) }),
      );
    }
    await app.close();
  });
});
