import { describe, expect, it } from 'vitest';
import { numberMarksOf } from './cell-value';
import { cellKey, makeGroup, type GridMetric } from './grid-model';
import { batchErrorsToCells, gridToBatch, type GridText } from './to-batch';

const en = numberMarksOf('en-US');
const metric = (over: Partial<GridMetric>): GridMetric => ({
  id: '00000000-0000-4000-8000-000000000001',
  key: 'm',
  name: 'M',
  aggregation: 'sum',
  unit: { kind: 'count' },
  dimensions: [],
  ...over,
});
const conversions = makeGroup(metric({ key: 'conversions', name: 'Conversions' }));
const rate = makeGroup(
  metric({
    id: '00000000-0000-4000-8000-000000000002',
    key: 'signup_rate',
    name: 'Sign-up rate',
    aggregation: 'ratio',
    unit: { kind: 'percent' },
  }),
);
const eu = makeGroup(
  metric({ id: '00000000-0000-4000-8000-000000000003', key: 'sales', dimensions: ['region'] }),
  { region: 'EU' },
);
const col = (group: { id: string }, part: string) => `${group.id}#${part}`;

function grid(cells: Record<string, string>, loaded: Record<string, string> = {}): GridText {
  return { rowKeys: ['2026-11-02', '2026-11-01'], groups: [conversions, rate, eu], cells, loaded };
}

describe('gridToBatch', () => {
  it('sends one item per edited row and group, with the components of the metric’s kind', () => {
    const plan = gridToBatch(
      grid({
        [cellKey('2026-11-02', col(conversions, 'sum'))]: '1,234',
        [cellKey('2026-11-02', col(rate, 'numerator'))]: '12',
        [cellKey('2026-11-02', col(rate, 'denominator'))]: '400',
        [cellKey('2026-11-01', col(eu, 'sum'))]: '7.5',
      }),
      en,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.items).toEqual([
      {
        metricId: conversions.metric.id,
        periodKey: '2026-11-02',
        dimensions: {},
        components: { sum: 1234 },
        source: 'manual',
      },
      {
        metricId: rate.metric.id,
        periodKey: '2026-11-02',
        dimensions: {},
        components: { numerator: 12, denominator: 400 },
        source: 'manual',
      },
      {
        metricId: eu.metric.id,
        periodKey: '2026-11-01',
        dimensions: { region: 'EU' },
        components: { sum: 7.5 },
        source: 'manual',
      },
    ]);
    expect(plan.origins.map((o) => [o.row, o.group.metric.key])).toEqual([
      ['2026-11-02', 'conversions'],
      ['2026-11-02', 'signup_rate'],
      ['2026-11-01', 'sales'],
    ]);
  });

  it('leaves out cells as they were loaded, and sends a group when any of its parts changed', () => {
    const loaded = {
      [cellKey('2026-11-02', col(conversions, 'sum'))]: '5',
      [cellKey('2026-11-02', col(rate, 'numerator'))]: '1',
      [cellKey('2026-11-02', col(rate, 'denominator'))]: '10',
    };
    const plan = gridToBatch(
      grid({ ...loaded, [cellKey('2026-11-02', col(rate, 'denominator'))]: '20' }, loaded),
      en,
    );
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]?.components).toEqual({ numerator: 1, denominator: 20 });
  });

  it('names the cell of each problem: unreadable values, a ratio half filled, a value emptied', () => {
    const loaded = { [cellKey('2026-11-01', col(conversions, 'sum'))]: '9' };
    const plan = gridToBatch(
      grid(
        {
          [cellKey('2026-11-02', col(conversions, 'sum'))]: 'lots',
          [cellKey('2026-11-02', col(rate, 'numerator'))]: '3',
          [cellKey('2026-11-01', col(conversions, 'sum'))]: '',
        },
        loaded,
      ),
      en,
    );
    expect(plan.items).toEqual([]);
    expect(plan.changed).toBe(3);
    expect(plan.issues).toEqual([
      {
        row: '2026-11-02',
        column: col(conversions, 'sum'),
        message: '“lots” is not a number (type it like 1,234.5)',
      },
      { row: '2026-11-02', column: col(rate, 'denominator'), message: 'Give the denominator too' },
      {
        row: '2026-11-01',
        column: col(conversions, 'sum'),
        message: 'A stored value cannot be removed here; type the value it should have',
      },
    ]);
  });

  it('sends nothing when nothing changed', () => {
    expect(gridToBatch(grid({}), en)).toEqual({ items: [], origins: [], issues: [], changed: 0 });
  });
});

describe('batchErrorsToCells', () => {
  const origins = [
    { row: '2026-11-02', group: conversions },
    { row: '2026-11-02', group: rate },
  ];

  it('puts a component’s error on its cell and other item errors on the item’s first cell', () => {
    const mapped = batchErrorsToCells(
      [
        {
          item: 1,
          pointer: '/body/items/1/components/denominator',
          message: 'denominator must be ≥ 0',
        },
        { item: 0, pointer: '/body/items/0/periodKey', message: 'not a day' },
        { pointer: '/body/items', message: 'too many' },
      ],
      origins,
    );
    expect(mapped.cells).toEqual([
      { row: '2026-11-02', column: col(rate, 'denominator'), message: 'denominator must be ≥ 0' },
      { row: '2026-11-02', column: col(conversions, 'sum'), message: 'not a day' },
    ]);
    expect(mapped.other).toEqual(['too many']);
  });

  it('finds the item from the pointer when the error carries no index', () => {
    const mapped = batchErrorsToCells(
      [{ pointer: '/body/items/1/components/numerator', message: 'bad' }],
      origins,
    );
    expect(mapped.cells).toEqual([
      { row: '2026-11-02', column: col(rate, 'numerator'), message: 'bad' },
    ]);
  });
});
