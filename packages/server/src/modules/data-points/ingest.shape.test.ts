import { describe, expect, it } from 'vitest';
import { dataPointBatchItemSchema } from '@vitals/core';
import { ItemShapes } from './ingest.shape';

const ID = '0190a3d2-8b7c-7def-8123-456789abcdef';
const good = { metricId: ID, periodKey: '2026-01-01', components: { sum: 1 } };

/** Items the fast path must judge exactly as the contract's zod schema does. */
const CASES: unknown[] = [
  good,
  { ...good, dimensions: { region: 'EU', channel: 'web' }, source: 'manual', note: 'checked' },
  {
    metricKey: 'new_customers',
    periodKey: 'FY2027-Q1',
    components: { value: 3, at: '2026-01-01' },
  },
  { ...good, unknown: 1 },
  { ...good, metricKey: 'both' },
  { periodKey: '2026-01-01', components: { sum: 1 } },
  { ...good, metricId: 'not-a-uuid' },
  { ...good, metricId: 42 },
  { ...good, periodKey: 'last week' },
  { ...good, dimensions: { Region: 'EU' } },
  { ...good, dimensions: { region: '' } },
  { ...good, dimensions: { region: 7 } },
  { ...good, dimensions: [] },
  { ...good, components: {} },
  { ...good, components: { sum: 'x'.repeat(41) } },
  { ...good, components: { Sum: 1 } },
  { ...good, components: { sum: null } },
  { ...good, components: [1] },
  { ...good, source: 'fax' },
  { ...good, note: 'x'.repeat(2001) },
  { ...good, note: null },
  null,
  [good],
  'item',
];

describe('batch item shapes', () => {
  it.each(CASES.map((c, i) => [i, c]))('case %i agrees with the contract schema', (_i, item) => {
    const zod = dataPointBatchItemSchema.safeParse(item);
    const ours = new ItemShapes().parse(item);
    expect('data' in ours).toBe(zod.success);
    if (zod.success && 'data' in ours) expect(ours.data).toEqual(zod.data);
  });

  it('gives the same result for a string it has already judged', () => {
    const shapes = new ItemShapes();
    expect('data' in shapes.parse(good)).toBe(true);
    expect('issues' in shapes.parse({ ...good, metricId: 'nope' })).toBe(true);
    expect('issues' in shapes.parse({ ...good, metricId: 'nope' })).toBe(true);
    expect('data' in shapes.parse({ ...good, components: { sum: 2 } })).toBe(true);
  });
});
