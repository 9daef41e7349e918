import {
  GregorianCalendar,
  templateByKey,
  type Kpi,
  type KpiTarget,
  type Metric,
  type Problem,
} from '@vitals/core';
import { describe, expect, it } from 'vitest';
import type { MetricCreateInput } from '../../api/metrics';
import { ApiError } from '../../api/problem';
import { draftFromTemplate } from './draft';
import { saveDefinition, type DefineApi } from './save';
import { validateDraft } from './validate';

const calendar = new GregorianCalendar({ timeZone: 'UTC' });
const now = new Date('2026-11-23T10:00:00Z');
const at = '2026-11-23T10:00:00.000Z';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function problemAt(pointer: string, message: string): Problem {
  return {
    type: '/api/problems/validation_failed',
    title: 'Bad',
    status: 400,
    code: 'validation_failed',
    detail: message,
    errors: [{ pointer, message }],
  };
}

function fakeApi(stored: Metric[] = []) {
  const calls: string[] = [];
  let next = 100;
  const metrics = [...stored];
  let refuseTarget = false;
  const api: DefineApi = {
    fetchAllMetrics: async () => [...metrics],
    createMetric: async (input: MetricCreateInput) => {
      calls.push(`metric ${input.key}${input.formula ? ` = ${input.formula}` : ''}`);
      const metric = metricOf(input, uuid((next += 1)));
      metrics.push(metric);
      return metric;
    },
    createKpi: async (input) => {
      calls.push(`kpi ${input.name} on ${metrics.find((m) => m.id === input.metricId)?.key}`);
      return { id: uuid(900), ...input } as unknown as Kpi;
    },
    updateKpi: async (id) => {
      calls.push(`update ${id}`);
      return { id } as unknown as Kpi;
    },
    createTarget: async (input) => {
      calls.push(
        `target ${JSON.stringify(input.value)} ${input.grain} from ${input.effectiveFrom}`,
      );
      if (refuseTarget) {
        throw new ApiError(400, 'bad target', problemAt('/body/value', 'too big'));
      }
      return { id: uuid(901) } as unknown as KpiTarget;
    },
    updateTarget: async (id, update) => {
      calls.push(`change target ${id} ${JSON.stringify(update)}`);
      if (refuseTarget) throw new ApiError(400, 'bad note', problemAt('/body/note', 'too long'));
      return { id } as unknown as KpiTarget;
    },
    deleteTarget: async (id) => {
      calls.push(`delete target ${id}`);
    },
  };
  return { api, calls, metrics, refuse: (on: boolean) => (refuseTarget = on) };
}

function metricOf(input: MetricCreateInput, id: string): Metric {
  return {
    id,
    workspaceId: uuid(1),
    key: input.key,
    name: input.name,
    description: input.description ?? '',
    unit: input.unit,
    aggregation: input.aggregation,
    dimensions: input.dimensions ?? [],
    sourceKind: input.sourceKind ?? 'manual',
    formula: input.formula ?? null,
    baseGrain: input.baseGrain ?? 'day',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
  };
}

const conversionRate = () => {
  const template = templateByKey('conversion_rate');
  if (!template) throw new Error('the library lacks conversion_rate');
  const draft = draftFromTemplate(template);
  return { ...draft, target: { ...draft.target, value: '3.5' } };
};

describe('saveDefinition from a template', () => {
  it('creates the base metrics, the formula metric (a ratio), the KPI and its target, in order', async () => {
    const { api, calls, metrics } = fakeApi();
    const result = await saveDefinition(conversionRate(), { api, calendar, now }, {});
    expect(calls).toEqual([
      'metric conversions',
      'metric visitors',
      'metric conversion_rate = conversions / visitors * 100',
      'kpi Conversion rate on conversion_rate',
      'target 3.5 week from 2025-12-29',
    ]);
    expect(metrics.find((m) => m.key === 'conversion_rate')).toMatchObject({
      aggregation: 'ratio',
      sourceKind: 'formula',
      unit: { kind: 'percent' },
    });
    expect(result.createdMetrics.map((m) => m.key)).toEqual([
      'conversions',
      'visitors',
      'conversion_rate',
    ]);
  });

  it('reuses the metrics that exist by key', async () => {
    const visitors = metricOf(
      { key: 'visitors', name: 'Visitors', unit: { kind: 'count' }, aggregation: 'sum' },
      uuid(7),
    );
    const { api, calls } = fakeApi([visitors]);
    const result = await saveDefinition(conversionRate(), { api, calendar, now }, {});
    expect(calls.filter((c) => c.startsWith('metric'))).toEqual([
      'metric conversions',
      'metric conversion_rate = conversions / visitors * 100',
    ]);
    expect(result.reusedMetrics.map((m) => m.key)).toEqual(['visitors']);
  });

  it('after a refused target, retries only the target, with its errors under target/', async () => {
    const { api, calls, refuse } = fakeApi();
    const progress = {};
    refuse(true);
    const failure = await saveDefinition(conversionRate(), { api, calendar, now }, progress).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).fields).toEqual({ 'target/value': 'too big' });
    refuse(false);
    calls.length = 0;
    await saveDefinition(conversionRate(), { api, calendar, now }, progress);
    expect(calls).toEqual([`update ${uuid(900)}`, 'target 3.5 week from 2025-12-29']);
  });
});

describe('validateDraft', () => {
  const context = { calendar, now, kind: 'ratio' as const, metricKeys: new Set<string>() };

  it('accepts a template draft with a target', () => {
    expect(validateDraft(conversionRate(), context)).toEqual({});
  });

  it('names each field at fault with the core schemas’ messages', () => {
    const draft = conversionRate();
    const errors = validateDraft(
      {
        ...draft,
        name: ' ',
        onTrack: '90',
        atRisk: 'x',
        target: { ...draft.target, value: 'lots', mode: 'annual' },
      },
      context,
    );
    expect(errors).toMatchObject({
      name: 'must not be empty',
      'thresholds/atRisk': 'Type a percentage such as 90',
      'target/mode': expect.stringContaining('annual total fits metrics that add up'),
    });
  });

  it('refuses a new metric whose key is taken, and checks bands', () => {
    const draft = conversionRate();
    const errors = validateDraft(
      {
        ...draft,
        direction: 'within_band',
        metric: {
          mode: 'new',
          metric: {
            name: 'Visitors',
            key: 'visitors',
            keyEdited: false,
            description: '',
            unitKind: 'count',
            currency: '',
            decimals: '',
            aggregation: 'sum',
            baseGrain: 'day',
            dimensions: 'Region',
          },
        },
        target: { ...draft.target, lower: '9', upper: '5' },
      },
      { ...context, metricKeys: new Set(['visitors']) },
    );
    expect(errors['metric/key']).toContain('exists already');
    expect(errors['metric/dimensions/0']).toContain('must start with a letter');
    expect(errors['target/value/upper']).toBe('The upper bound must not be below the lower');
  });
});
