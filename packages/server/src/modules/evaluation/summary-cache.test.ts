import {
  dashboardSummaryQuerySchema,
  type DashboardSummary,
  type DashboardSummaryQuery,
} from '@vitals/core';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../http/access';
import { AS_OF_TTL_MS, SUMMARY_TTL_MS, SummaryCache } from './summary-cache';

/*
 * The cache's rules with a counted computation in place of the evaluation: what makes a key, when
 * an entry is reused, and that concurrent misses compute once.
 */

const caller = (workspaceId: string): Caller =>
  ({ kind: 'session', userId: 'u', workspaceId, role: 'viewer' }) as Caller;
const K1 = '01900000-0000-7000-8000-000000000001';
const K2 = '01900000-0000-7000-8000-000000000002';
const K3 = '01900000-0000-7000-8000-000000000003';
/** A query as the route parses it (defaults filled in). */
const query = (
  extra: { kpiIds?: string[]; sparkline?: number; asOf?: string } = {},
): DashboardSummaryQuery =>
  dashboardSummaryQuerySchema.parse({ ...extra, kpiIds: (extra.kpiIds ?? [K1, K2]).join(',') });

function setUp() {
  let clock = Date.parse('2026-11-10T12:00:00.000Z');
  const versions = new Map<string, number>();
  const computed: string[] = [];
  const cache = new SummaryCache({
    now: () => new Date(clock),
    version: async (workspaceId) => versions.get(workspaceId) ?? 0,
    compute: async (c, q): Promise<DashboardSummary> => {
      computed.push(`${c.workspaceId}:${q.kpiIds.map((id) => id.slice(-1)).join(',')}`);
      await new Promise((resolve) => setImmediate(resolve));
      return { asOf: new Date(clock).toISOString(), cards: [] };
    },
  });
  const read = async (workspaceId: string, q = query()) =>
    JSON.parse((await cache.body(caller(workspaceId), q)).toString()) as DashboardSummary;
  return {
    cache,
    read,
    computed,
    bump: (workspaceId: string) => versions.set(workspaceId, (versions.get(workspaceId) ?? 0) + 1),
    advance: (ms: number) => (clock += ms),
  };
}

describe('SummaryCache', () => {
  it('reuses an answer until the workspace’s version moves', async () => {
    const t = setUp();
    await t.read('w1');
    await t.read('w1');
    expect(t.computed).toEqual(['w1:1,2']);
    t.bump('w1');
    await t.read('w1');
    expect(t.computed).toHaveLength(2);
  });

  it('keys by workspace and by every field of the query, order of KPIs included', async () => {
    const t = setUp();
    await t.read('w1');
    await t.read('w2');
    await t.read('w1', query({ kpiIds: [K2, K1] }));
    await t.read('w1', query({ sparkline: 90 }));
    await t.read('w1', query({ asOf: '2026-11-01T00:00:00.000Z' }));
    expect(t.computed).toHaveLength(5);
    t.bump('w2');
    await t.read('w1');
    expect(t.computed).toHaveLength(5);
  });

  it('computes once for concurrent misses of one key', async () => {
    const t = setUp();
    const answers = await Promise.all([t.read('w1'), t.read('w1'), t.read('w1')]);
    expect(t.computed).toEqual(['w1:1,2']);
    expect(new Set(answers.map((a) => a.asOf)).size).toBe(1);
  });

  it('expires an answer after the TTL by the passed-in clock', async () => {
    const t = setUp();
    const first = await t.read('w1');
    t.advance(SUMMARY_TTL_MS / 2);
    expect((await t.read('w1')).asOf).toBe(first.asOf);
    t.advance(SUMMARY_TTL_MS / 2 + 1);
    expect((await t.read('w1')).asOf).not.toBe(first.asOf);
    expect(t.computed).toHaveLength(2);
  });

  it('keeps an answer for an asked-for asOf longer: it does not depend on the clock', async () => {
    const t = setUp();
    const q = query({ asOf: '2026-11-01T00:00:00.000Z' });
    await t.read('w1', q);
    t.advance(SUMMARY_TTL_MS * 2);
    await t.read('w1', q);
    expect(t.computed).toHaveLength(1);
    t.advance(AS_OF_TTL_MS);
    await t.read('w1', q);
    expect(t.computed).toHaveLength(2);
  });

  it('renews an answer read late in its life while still serving it', async () => {
    const t = setUp();
    const first = await t.read('w1');
    t.advance(SUMMARY_TTL_MS - 1_000);
    // Still the first answer, and a recomputation started behind it.
    expect((await t.read('w1')).asOf).toBe(first.asOf);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(t.computed).toHaveLength(2);
    // Past the first answer's expiry the renewed one is served without computing again.
    t.advance(2_000);
    const renewed = await t.read('w1');
    expect(renewed.asOf).toBe(
      new Date(Date.parse(first.asOf) + SUMMARY_TTL_MS - 1_000).toISOString(),
    );
    expect(t.computed).toHaveLength(2);
  });

  it('refresh recomputes the workspace’s recently read summaries at the new version', async () => {
    const t = setUp();
    await t.read('w1');
    await t.read('w1', query({ kpiIds: [K3] }));
    t.bump('w1');
    await t.cache.refresh('w1');
    expect(t.computed).toEqual(['w1:1,2', 'w1:3', 'w1:1,2', 'w1:3']);
    // The reads after the write are hits.
    await t.read('w1');
    await t.read('w1', query({ kpiIds: [K3] }));
    expect(t.computed).toHaveLength(4);
    // Summaries not read within the TTL are left to the next reader.
    t.advance(SUMMARY_TTL_MS + 1);
    t.bump('w1');
    await t.cache.refresh('w1');
    expect(t.computed).toHaveLength(4);
  });

  it('does not keep a failed computation', async () => {
    let fail = true;
    const cache = new SummaryCache({
      now: () => new Date(),
      version: async () => 1,
      compute: async () => {
        if (fail) throw new Error('unknown KPI');
        return { asOf: '2026-11-10T12:00:00.000Z', cards: [] };
      },
    });
    await expect(cache.body(caller('w1'), query())).rejects.toThrow('unknown KPI');
    fail = false;
    expect(JSON.parse((await cache.body(caller('w1'), query())).toString())).toEqual({
      asOf: '2026-11-10T12:00:00.000Z',
      cards: [],
    });
  });
});
