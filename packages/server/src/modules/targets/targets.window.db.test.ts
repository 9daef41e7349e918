import { expect, it } from 'vitest';
import { targetFor, type DateWindow, type Grain, type Period } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp, type Client } from '../../test-support/app';
import { createKpi, insertMetric } from '../kpis/test-fixtures';
import type { StoredTargetDefinition } from './target-definition';
import { targetIdOf } from './target-resolution';

async function setTarget(admin: Client, body: Record<string, unknown>): Promise<void> {
  const res = await admin.request('POST', '/api/targets', body);
  if (res.statusCode !== 201) throw new Error(`target not set: ${res.statusCode} ${res.body}`);
}

const WITHIN: DateWindow = { start: '2026-09-01', end: '2026-12-01' };
const GRAINS: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

describeEachEngine('targets read for a window', (engine) => {
  it('reads only the targets that decide periods inside the window, with the same results', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const calendar = await app.services.workspace.calendar(workspaceId);
    const revenue = await createKpi(admin, {
      metricId: await insertMetric(db, workspaceId, { aggregation: 'sum' }),
      name: 'Revenue',
    });
    const headcount = await createKpi(admin, {
      metricId: await insertMetric(db, workspaceId, { aggregation: 'last' }),
      name: 'Headcount',
    });
    const month = (kpiId: string, key: string, value: number) =>
      setTarget(admin, { kpiId, grain: 'month', periodKey: key, value });
    const from = (kpiId: string, grain: Grain, day: string, value: number) =>
      setTarget(admin, { kpiId, grain, effectiveFrom: day, value });
    await from(revenue.id, 'month', '2025-01-01', 50_000);
    await from(revenue.id, 'month', '2026-07-01', 60_000);
    await from(revenue.id, 'month', '2027-01-01', 90_000); // after the window
    await month(revenue.id, '2026-03', 10_000); // before the window
    await month(revenue.id, '2026-09', 70_000);
    await setTarget(admin, { kpiId: revenue.id, grain: 'quarter', periodKey: '2026-Q4', value: 1 });
    await setTarget(admin, {
      kpiId: revenue.id,
      grain: 'month',
      periodKey: '2025',
      value: 1_200_000,
      phasing: { method: 'even' },
    }); // a horizon that ended before the window
    await from(headcount.id, 'quarter', '2026-01-01', 100);
    await from(headcount.id, 'quarter', '2026-10-01', 130);
    await month(headcount.id, '2026-10', 120);
    await month(headcount.id, '2026-12', 140); // after the window
    // Keyed by a quarter that overlaps the window without lying inside it.
    await setTarget(admin, {
      kpiId: headcount.id,
      grain: 'quarter',
      periodKey: '2026-Q4',
      value: 125,
    });

    const ids = [revenue.id, headcount.id];
    const all = await app.services.targets.targetDefinitionsFor(ids, { workspaceId, calendar });
    const narrow = await app.services.targets.targetDefinitionsFor(ids, {
      workspaceId,
      calendar,
      within: WITHIN,
    });
    const r = narrow.get(revenue.id)?.definition;
    expect(r?.entries.map((e) => e.effectiveFrom)).toEqual(['2025-01-01', '2026-07-01']);
    expect(r?.overrides.map((o) => o.period)).toEqual(['2026-09', '2026-Q4']);
    expect(r?.horizons).toEqual([]);
    expect(all.get(revenue.id)?.definition.entries).toHaveLength(3);
    expect(narrow.get(headcount.id)?.definition.overrides.map((o) => o.period)).toEqual([
      '2026-10',
      '2026-Q4',
    ]);

    // Every period inside the window resolves as with all targets read, explanations included.
    const inside: Period[] = GRAINS.flatMap((grain) =>
      calendar
        .periodsIn(WITHIN.start, WITHIN.end, grain)
        .filter((p) => p.start >= WITHIN.start && p.end <= WITHIN.end),
    );
    expect(inside.length).toBe(91 + 12 + 3);
    const resolved = (defs: typeof all, kpiId: string, p: Period) => {
      const stored = defs.get(kpiId);
      if (!stored) throw new Error(`no definition for ${kpiId}`);
      return targetFor(stored.definition, p, calendar, { kind: stored.kind });
    };
    // Sources point into the definition's (shorter) lists by index: compare the stored targets.
    const comparable = (defs: typeof all, kpiId: string, p: Period) => {
      const { pieces, ...rest } = resolved(defs, kpiId, p);
      const stored = defs.get(kpiId) as StoredTargetDefinition;
      return {
        ...rest,
        pieces: pieces.map(({ source, ...piece }) => ({
          ...piece,
          targetId: targetIdOf(stored, source),
          source: { ...source, overrideIndex: 0, entryIndex: 0, horizonIndex: 0 },
        })),
      };
    };
    for (const kpiId of ids) {
      for (const p of inside) {
        expect(comparable(narrow, kpiId, p)).toEqual(comparable(all, kpiId, p));
      }
    }

    // Hand-worked: September's override; 60,000 a month from July; a November day is 1/30 of it.
    const value = (kpiId: string, key: string) =>
      resolved(narrow, kpiId, calendar.parseKey(key)).value;
    expect(value(revenue.id, '2026-09')).toBe(70_000);
    expect(value(revenue.id, '2026-10')).toBe(60_000);
    expect(value(revenue.id, '2026-11-10')).toBeCloseTo(2_000, 9);
    // ISO week 45 (2–8 November) is 7/30 of November's 60,000.
    expect(value(revenue.id, '2026-W45')).toBeCloseTo(14_000, 9);
    // Headcount: October's own level; November the level of its quarter, whose own target (125)
    // beats the quarterly standing value (130); September the standing value from January.
    expect(value(headcount.id, '2026-10')).toBe(120);
    expect(value(headcount.id, '2026-11')).toBe(125);
    expect(value(headcount.id, '2026-09')).toBe(100);
    await app.close();
  });
});
