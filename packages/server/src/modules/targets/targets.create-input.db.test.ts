import { expect, it } from 'vitest';
import type { KpiTarget } from '@vitals/core';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import {
  createKpi,
  expectProblem,
  insertMetric,
  insertUser,
  malformed,
  signIn,
  snapshot,
  unknownId,
} from '../kpis/test-fixtures';

/** [what, body (merged into a month target of the revenue KPI), status, pointer, message]. */
type Case = [string, Record<string, unknown>, number, string, string];

describeEachEngine('target creation bad input', (engine) => {
  it('answers each bad new target with problem+json naming the field, and changes nothing', async () => {
    const { db } = engine();
    const { app, admin, workspaceId } = await setUpApp(db);
    const sum = await insertMetric(db, workspaceId, { aggregation: 'sum' });
    const average = await insertMetric(db, workspaceId, { aggregation: 'average' });
    const kpi = await createKpi(admin, { metricId: sum, name: 'Revenue' });
    const bandKpi = await createKpi(admin, {
      metricId: average,
      name: 'Utilisation',
      direction: 'within_band',
    });
    const archived = await createKpi(admin, { metricId: sum, name: 'Old' });
    const set = async (body: Record<string, unknown>) =>
      (await admin.request('POST', '/api/targets', { kpiId: kpi.id, ...body })).json<KpiTarget>();
    const march = await set({ grain: 'month', periodKey: '2026-03', value: 10 });
    await set({ grain: 'month', effectiveFrom: '2026-01-01', value: 5 });
    const even = { method: 'even' };
    const y2027 = await set({ grain: 'quarter', periodKey: '2027', value: 400, phasing: even });
    await admin.request('POST', `/api/kpis/${archived.id}/archive`);
    const editor = await signIn(app, await insertUser(db, workspaceId, 'editor'));
    const before = await snapshot(db, ['targets', 'audit_log']);

    const ghost = unknownId();
    const band = (lower: number, upper: number) => ({ lower, upper });
    const year = (phasing: unknown) => ({ periodKey: '2026', value: 12, phasing });
    const weights = (w: number[]) => year({ method: 'weights', weights: w });
    const cases: Case[] = [
      ['nothing', { kpiId: undefined, grain: undefined }, 400, '/body/kpiId', 'must be an id'],
      ['no grain', { grain: undefined, periodKey: '2026-01', value: 1 }, 400, '/body/grain', ''],
      ['no value', { periodKey: '2026-01' }, 400, '/body/value', 'must be a finite number'],
      ['value of wrong type', { periodKey: '2026-01', value: 'lots' }, 400, '/body/value', ''],
      ['unknown grain', { grain: 'fortnight', value: 1 }, 400, '/body/grain', 'must be day, week'],
      [
        'both placements',
        { periodKey: '2026-01', effectiveFrom: '2026-01-01', value: 1 },
        400,
        '/body/effectiveFrom',
        'exactly one',
      ],
      ['no placement', { value: 1 }, 400, '/body/periodKey', 'exactly one'],
      [
        'phasing a standing value',
        { effectiveFrom: '2026-01-01', value: 1, phasing: even },
        400,
        '/body/phasing',
        'horizon',
      ],
      [
        'unknown KPI',
        { kpiId: ghost, periodKey: '2026-01', value: 1 },
        400,
        '/body/kpiId',
        `no KPI with id "${ghost}"`,
      ],
      [
        'a week that does not exist',
        { grain: 'week', periodKey: '2025-W53', value: 1 },
        400,
        '/body/periodKey',
        '"2025-W53" is not a period key',
      ],
      ['month 13', { periodKey: '2026-13', value: 1 }, 400, '/body/periodKey', '"2026-13"'],
      ['not a key', { periodKey: 'banana', value: 1 }, 400, '/body/periodKey', 'a period key'],
      [
        'key of another grain',
        { periodKey: '2026-Q1', value: 1 },
        400,
        '/body/periodKey',
        'is a quarter, not a month',
      ],
      [
        'mid-month start',
        { effectiveFrom: '2026-01-15', value: 1 },
        400,
        '/body/effectiveFrom',
        'not the first day of a month (that month starts 2026-01-01)',
      ],
      [
        'no such day',
        { effectiveFrom: '2026-02-30', value: 1 },
        400,
        '/body/effectiveFrom',
        'real',
      ],
      [
        'band for a higher_is_better KPI',
        { periodKey: '2026-01', value: band(1, 2) },
        400,
        '/body/value',
        'needs a single number',
      ],
      [
        'number for a within_band KPI',
        { kpiId: bandKpi.id, periodKey: '2026-01', value: 85 },
        400,
        '/body/value',
        'needs a band',
      ],
      [
        'upside-down band',
        { kpiId: bandKpi.id, periodKey: '2026-01', value: band(90, 80) },
        400,
        '/body/value/upper',
        'upper must be greater',
      ],
      [
        'too few weights',
        weights([1, 2, 3]),
        400,
        '/body/phasing/weights',
        'has 3 weights; needs 12',
      ],
      ['negative weight', weights([1, -1]), 400, '/body/phasing/weights/1', 'negative'],
      ['zero weights', weights([0, 0]), 400, '/body/phasing/weights', 'all zero'],
      [
        'ramp of a sum',
        year({ method: 'ramp', from: 0 }),
        400,
        '/body/phasing/method',
        'does not fit a sum metric',
      ],
      [
        'last_year of an average',
        { kpiId: bandKpi.id, ...year({ method: 'last_year' }), value: band(1, 2) },
        400,
        '/body/phasing/method',
        'does not fit an average metric',
      ],
      [
        'horizon not coarser',
        { grain: 'quarter', periodKey: '2026-Q1', value: 1, phasing: even },
        400,
        '/body/grain',
        'not finer',
      ],
      [
        'weeks do not nest in a year',
        { grain: 'week', ...year(even) },
        400,
        '/body/grain',
        'do not nest',
      ],
      ['unknown method', year({ method: 'random' }), 400, '/body/phasing/method', 'must be even'],
      ['unknown basis', { basis: 'gut feeling', value: 1 }, 400, '/body/basis', 'must be past_'],
      ['note too long', { note: 'x'.repeat(2001), value: 1 }, 400, '/body/note', 'at most 2000'],
      ['same period twice', { periodKey: '2026-03', value: 1 }, 409, '/body/periodKey', march.id],
      [
        'same start twice',
        { effectiveFrom: '2026-01-01', value: 1 },
        409,
        '/body/effectiveFrom',
        'already has a month target from 2026-01-01',
      ],
      [
        'overlapping horizons',
        { periodKey: '2027-Q2', value: 1, phasing: even },
        409,
        '/body/periodKey',
        `overlaps the phased target for 2027 (target ${y2027.id})`,
      ],
      [
        'archived KPI',
        { kpiId: archived.id, periodKey: '2026-01', value: 1 },
        409,
        '',
        'KPI "Old" is archived',
      ],
    ];
    for (const [what, body, status, pointer, message] of cases) {
      const res = await admin.request('POST', '/api/targets', {
        kpiId: kpi.id,
        grain: 'month',
        ...body,
      });
      expectProblem(res, [what, status, pointer, message]);
    }
    const broken = await malformed(app, editor, 'POST', '/api/targets');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('malformed_json');
    expect(await snapshot(db, ['targets', 'audit_log'])).toEqual(before);
    await app.close();
  });
});
