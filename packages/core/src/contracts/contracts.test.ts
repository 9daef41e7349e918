import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  annotationCreateSchema,
  dataPointWriteSchema,
  idSchema,
  kpiCreateSchema,
  kpiUpdateSchema,
  listQuerySchema,
  metricCreateSchema,
  metricUpdateSchema,
  paginationQuerySchema,
  kpiTargetCreateSchema,
  userCreateSchema,
  workspaceCreateSchema,
  workspaceUpdateSchema,
} from './index';

const ID = '7f1c2a9e-4b3d-4c8e-9a1f-2b3c4d5e6f70';
const OTHER = '0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c6b';

/** The messages of a failed parse, keyed by path. */
function problems(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('workspace contracts', () => {
  it('fills calendar, currency and locale defaults on create', () => {
    expect(workspaceCreateSchema.parse({ name: 'Acme' })).toEqual({
      name: 'Acme',
      timeZone: 'UTC',
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
      currency: 'USD',
      locale: 'en-US',
    });
  });

  it('names the field at fault', () => {
    const result = workspaceCreateSchema.safeParse({
      name: ' ',
      timeZone: 'Mars/Olympus',
      currency: 'EURO',
      locale: 'not a locale',
    });
    expect(Object.keys(problems(result)).sort()).toEqual([
      'currency',
      'locale',
      'name',
      'timeZone',
    ]);
    expect(problems(workspaceCreateSchema.safeParse({ name: 'A', currency: 'XYZ' }))).toEqual({
      currency: 'is not a known ISO 4217 currency code',
    });
  });

  it('never resets a field an update leaves out', () => {
    expect(workspaceUpdateSchema.parse({ name: 'Acme EU' })).toEqual({ name: 'Acme EU' });
  });
});

describe('metric contracts', () => {
  const base = {
    key: 'new_customers',
    name: 'New customers',
    unit: { kind: 'count' },
    aggregation: 'sum',
  };

  it('defaults to a manual daily metric without dimensions', () => {
    expect(metricCreateSchema.parse(base)).toMatchObject({
      baseGrain: 'day',
      dimensions: [],
      sourceKind: 'manual',
      formula: null,
      description: '',
    });
  });

  it('requires a formula exactly for formula metrics', () => {
    expect(problems(metricCreateSchema.safeParse({ ...base, sourceKind: 'formula' }))).toEqual({
      formula: 'a formula metric needs a formula',
    });
    expect(
      metricCreateSchema.safeParse({ ...base, sourceKind: 'push', formula: 'a / b' }).success,
    ).toBe(false);
    expect(metricUpdateSchema.parse({ formula: 'spend / new_customers' })).toEqual({
      formula: 'spend / new_customers',
    });
  });

  it('checks keys, units and dimensions', () => {
    const result = metricCreateSchema.safeParse({
      ...base,
      key: 'New Customers',
      unit: { kind: 'count', currency: 'EUR' },
      dimensions: ['region', 'region'],
    });
    expect(Object.keys(problems(result)).sort()).toEqual(['dimensions', 'key', 'unit.currency']);
  });
});

describe('KPI contracts', () => {
  it('needs only a metric and a name, and defaults the rest', () => {
    const kpi = kpiCreateSchema.parse({ metricId: ID, name: 'Revenue EU' });
    expect(kpi).toMatchObject({
      dimensionFilter: {},
      direction: 'higher_is_better',
      reviewCadence: 'month',
      thresholds: { onTrack: 1, atRisk: 0.9 },
      typeTags: { scope: 'operational', timing: 'lagging', nature: 'quantitative' },
      guardrailKpiIds: [],
      ownerId: null,
    });
  });

  it('rejects thresholds out of order and repeated links', () => {
    const result = kpiCreateSchema.safeParse({
      metricId: ID,
      name: 'x',
      thresholds: { onTrack: 0.8, atRisk: 0.9 },
      leadingKpiIds: [OTHER, OTHER],
    });
    expect(Object.keys(problems(result)).sort()).toEqual(['leadingKpiIds', 'thresholds.atRisk']);
    expect(kpiUpdateSchema.parse({ name: 'y' })).toEqual({ name: 'y' });
  });
});

describe('target, data point and annotation contracts', () => {
  it('places a target in exactly one way', () => {
    const target = { kpiId: ID, grain: 'month', value: 100 };
    expect(kpiTargetCreateSchema.safeParse(target).success).toBe(false);
    expect(
      kpiTargetCreateSchema.safeParse({
        ...target,
        periodKey: '2026-11',
        effectiveFrom: '2026-11-01',
      }).success,
    ).toBe(false);
    expect(
      kpiTargetCreateSchema.safeParse({
        ...target,
        effectiveFrom: '2026-11-01',
        phasing: { method: 'even' },
      }).success,
    ).toBe(false);
    expect(
      kpiTargetCreateSchema.parse({
        ...target,
        periodKey: 'FY2027',
        phasing: { method: 'weights', weights: [1, 2] },
      }),
    ).toMatchObject({ phasing: { method: 'weights', weights: [1, 2] } });
    expect(kpiTargetCreateSchema.parse({ ...target, periodKey: '2026-11' })).toMatchObject({
      effectiveFrom: null,
      phasing: null,
      basis: 'other',
      note: '',
    });
    expect(
      kpiTargetCreateSchema.safeParse({
        ...target,
        periodKey: '2026-11',
        value: { lower: 9, upper: 1 },
      }).success,
    ).toBe(false);
  });

  it('takes components as an open record and defaults dimensions', () => {
    expect(
      dataPointWriteSchema.parse({ metricId: ID, periodKey: '2026-11-21', components: { sum: 3 } }),
    ).toEqual({
      metricId: ID,
      periodKey: '2026-11-21',
      dimensions: {},
      components: { sum: 3 },
      source: 'push',
      note: '',
    });
    expect(
      dataPointWriteSchema.safeParse({ metricId: ID, periodKey: 'last week', components: {} })
        .success,
    ).toBe(false);
  });

  it('ties an annotation to a metric or a KPI, not both, and orders its dates', () => {
    expect(
      annotationCreateSchema.safeParse({ from: '2026-11-27', text: 'Black Friday' }).success,
    ).toBe(false);
    expect(
      problems(
        annotationCreateSchema.safeParse({
          kpiId: ID,
          from: '2026-11-27',
          to: '2026-11-20',
          text: 'x',
        }),
      ),
    ).toEqual({ to: 'to must not be before from' });
  });
});

describe('common and paging contracts', () => {
  it('explains ids, emails and paging', () => {
    expect(problems(idSchema.safeParse('k1'))).toEqual({ '': 'must be an id (a UUID)' });
    expect(userCreateSchema.parse({ email: 'Ada@Example.com', name: 'Ada' })).toMatchObject({
      email: 'ada@example.com',
      role: 'viewer',
    });
    expect(paginationQuerySchema.parse({ limit: '20' })).toMatchObject({ limit: 20, order: 'asc' });
    expect(problems(paginationQuerySchema.safeParse({ limit: '501' }))).toEqual({
      limit: 'limit must be at most 500',
    });
    expect(paginationQuerySchema.safeParse({ cursor: 'abc', offset: '10' }).success).toBe(false);
    const kpiList = listQuerySchema(['name', 'createdAt'], { teamId: idSchema.optional() });
    expect(kpiList.parse({})).toEqual({ limit: 50, order: 'asc', sort: 'name' });
    expect(kpiList.safeParse({ sort: 'password' }).success).toBe(false);
  });
});
