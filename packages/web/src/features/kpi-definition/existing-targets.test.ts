import { GregorianCalendar, type Kpi, type KpiTarget } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { draftFromKpi } from './draft';
import {
  existingTargetChanges,
  existingTargetDrafts,
  existingTargetErrors,
} from './existing-targets';
import { saveDefinition, type DefineApi } from './save';
import { validateDraft } from './validate';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const KPI_ID = uuid(900);
const at = '2026-11-23T10:00:00.000Z';

function stored(n: number, fields: Partial<KpiTarget>): KpiTarget {
  return {
    id: uuid(n),
    workspaceId: uuid(1),
    kpiId: KPI_ID,
    grain: 'month',
    periodKey: null,
    effectiveFrom: '2026-01-01',
    value: 100,
    phasing: null,
    basis: 'past_performance',
    note: '',
    createdAt: at,
    updatedAt: at,
    updatedBy: { kind: 'user', id: uuid(2), name: 'Ada' },
    ...fields,
  } as KpiTarget;
}

const standing = stored(11, { value: 120_000, note: 'last year + 10 %' });
const year = stored(12, {
  grain: 'month',
  periodKey: '2027',
  effectiveFrom: null,
  value: 1_500_000,
  phasing: { method: 'even' },
  basis: 'benchmark',
});
const override = stored(13, { periodKey: '2026-12', effectiveFrom: null, value: 90_000 });
const targets = [standing, year, override];

describe('existing targets in the form', () => {
  it('copies each stored target as text, with an editable phasing only for even or last year', () => {
    const drafts = existingTargetDrafts([
      ...targets,
      stored(14, { periodKey: '2028', effectiveFrom: null, phasing: { method: 'ramp', from: 1 } }),
    ]);
    expect(drafts.map((d) => [d.value, d.phasing, d.basis, d.note, d.deleted])).toEqual([
      ['120000', null, 'past_performance', 'last year + 10 %', false],
      ['1500000', 'even', 'benchmark', '', false],
      ['90000', null, 'past_performance', '', false],
      ['100', null, 'past_performance', '', false],
    ]);
    const band = existingTargetDrafts([stored(15, { value: { lower: 0.8, upper: 0.9 } })]);
    expect(band[0]).toMatchObject({ value: '', lower: '0.8', upper: '0.9' });
  });

  it('sends only what changed, deletions first, and skips targets no longer stored', () => {
    const [a, b, c] = existingTargetDrafts(targets);
    if (!a || !b || !c) throw new Error('three drafts expected');
    const drafts = [
      { ...a, value: '125000.5', note: 'last year + 14 %' },
      { ...b, phasing: 'last_year' as const },
      { ...c, deleted: true },
      { ...a, id: uuid(99), deleted: true },
    ];
    expect(existingTargetChanges(drafts, targets, false)).toEqual([
      { kind: 'delete', id: override.id },
      { kind: 'update', id: standing.id, update: { value: 125000.5, note: 'last year + 14 %' } },
      { kind: 'update', id: year.id, update: { phasing: { method: 'last_year' } } },
    ]);
    expect(existingTargetChanges(existingTargetDrafts(targets), targets, false)).toEqual([]);
  });

  it('leaves alone what someone else changed after the form opened', () => {
    const [a] = existingTargetDrafts([standing]);
    if (!a) throw new Error('one draft expected');
    // Someone else changes the note; this form changes only the value.
    const meanwhile = { ...standing, note: 'set by finance' };
    expect(existingTargetChanges([{ ...a, value: '130000' }], [meanwhile], false)).toEqual([
      { kind: 'update', id: standing.id, update: { value: 130000 } },
    ]);
  });

  it('names the field at fault under the target’s id', () => {
    const [a, b, c] = existingTargetDrafts(targets);
    if (!a || !b || !c) throw new Error('three drafts expected');
    const errors = existingTargetErrors(
      [
        { ...a, value: 'lots' },
        { ...b, note: 'x'.repeat(2001) },
        { ...c, value: '', deleted: true },
      ],
      false,
    );
    expect(Object.keys(errors)).toEqual([`targets/${a.id}/value`, `targets/${b.id}/note`]);
    expect(errors[`targets/${a.id}/value`]).toBe('Type the target as a number');
    const bands = existingTargetErrors([{ ...a, lower: '9', upper: '5' }], true);
    expect(bands).toEqual({
      [`targets/${a.id}/value/upper`]: 'The upper bound must not be below the lower',
    });
  });
});

describe('saving an edited KPI with its targets', () => {
  const calendar = new GregorianCalendar({ timeZone: 'UTC' });
  const now = new Date('2026-11-23T10:00:00Z');
  const kpi = {
    id: KPI_ID,
    metricId: uuid(5),
    name: 'Revenue',
    objective: 'Grow revenue',
    whyItMatters: 'It pays for everything',
    howToInfluence: '',
    ownerId: null,
    teamId: null,
    level: 'team',
    typeTags: { scope: 'strategic', timing: 'lagging', nature: 'quantitative' },
    reviewCadence: 'month',
    direction: 'higher_is_better',
    thresholds: { onTrack: 1, atRisk: 0.9 },
  } as unknown as Kpi;

  function api(refuseNote: boolean) {
    const calls: string[] = [];
    const fake: DefineApi = {
      fetchAllMetrics: async () => [],
      createMetric: async () => Promise.reject(new Error('no metric is created here')),
      createKpi: async () => Promise.reject(new Error('no KPI is created here')),
      updateKpi: async (id) => {
        calls.push(`update ${id}`);
        return kpi;
      },
      createTarget: async () => Promise.reject(new Error('no target is created here')),
      updateTarget: async (id, update) => {
        calls.push(`change ${id} ${JSON.stringify(update)}`);
        if (refuseNote && update.note !== undefined) {
          const message = 'must be at most 2000 characters';
          throw new ApiError(400, message, {
            type: '/api/problems/validation_failed',
            title: 'The request is not valid',
            status: 400,
            code: 'validation_failed',
            detail: message,
            errors: [{ pointer: '/body/note', message }],
          });
        }
        return standing;
      },
      deleteTarget: async (id) => {
        calls.push(`delete ${id}`);
      },
    };
    return { fake, calls };
  }

  it('deletes and changes stored targets after the KPI; a retry repeats none that were done', async () => {
    const draft = draftFromKpi(kpi, targets);
    const [a, b, c] = draft.existingTargets;
    if (!a || !b || !c) throw new Error('three drafts expected');
    const edited = {
      ...draft,
      existingTargets: [
        { ...a, note: 'revised' },
        { ...b, value: '1600000' },
        { ...c, deleted: true },
      ],
    };
    expect(validateDraft(edited, { calendar, now, kind: 'sum', metricKeys: new Set() })).toEqual(
      {},
    );
    const progress = {};
    const refused = api(true);
    const context = { calendar, now, kpiId: KPI_ID, targets };
    const failure = await saveDefinition(edited, { ...context, api: refused.fake }, progress).catch(
      (error: unknown) => error,
    );
    expect(refused.calls).toEqual([
      `update ${KPI_ID}`,
      `delete ${override.id}`,
      `change ${standing.id} {"note":"revised"}`,
    ]);
    // the server's message lands on the note of that target
    expect((failure as ApiError).fields).toEqual({
      [`targets/${standing.id}/note`]: 'must be at most 2000 characters',
    });
    const retry = api(false);
    const result = await saveDefinition(edited, { ...context, api: retry.fake }, progress);
    expect(retry.calls).toEqual([
      `update ${KPI_ID}`,
      `change ${standing.id} {"note":"revised"}`,
      `change ${year.id} {"value":1600000}`,
    ]);
    expect(result).toMatchObject({ targetsChanged: 2, targetsDeleted: 1, target: null });
  });
});
