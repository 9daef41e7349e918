import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combine,
  combineAcrossDimensions,
  DistinctRollUpError,
  finalize,
  rollUp,
  totalAcrossDimensions,
} from './combine';
import type { Components } from './components';
import type { AggregationKind } from './kind';

describe('combine and rollUp (hand-worked)', () => {
  it('adds ratio parts instead of averaging the ratios', () => {
    // 2/10 = 20 % and 8/90 ≈ 8.9 %: together 10/100 = 10 %, not (20 + 8.9) / 2 ≈ 14.4 %.
    const both = combine(
      'ratio',
      { numerator: 2, denominator: 10 },
      { numerator: 8, denominator: 90 },
    );
    expect(both).toEqual({ numerator: 10, denominator: 100 });
    expect(finalize('ratio', both)).toEqual({ value: 0.1 });
  });

  it('weights an average by its counts', () => {
    // 10 calls of 300 s and 90 calls of 150 s: (3000 + 13500) / 100 = 165 s, not (300 + 150) / 2 = 225 s.
    const total = rollUp('average', [
      { sum: 3000, count: 10 },
      { sum: 13500, count: 90 },
    ]);
    expect(finalize('average', total)).toEqual({ value: 165 });
  });

  it('keeps the latest and the earliest observation, whatever the order given', () => {
    const obs = [
      { value: 45, at: '2026-03-31' },
      { value: 40, at: '2026-01-31' },
      { value: 42, at: '2026-02-28' },
    ];
    expect(rollUp('last', obs)).toEqual({ value: 45, at: '2026-03-31' });
    expect(rollUp('first', obs)).toEqual({ value: 40, at: '2026-01-31' });
    expect(rollUp('min', [{ value: 3 }, { value: -1 }, { value: 2 }])).toEqual({ value: -1 });
    expect(rollUp('max', [{ value: 3 }, { value: -1 }, { value: 2 }])).toEqual({ value: 3 });
  });

  it('adds stocks across dimension values', () => {
    // EU has 40 people, US 12: the company has 52.
    expect(
      combineAcrossDimensions(
        'last',
        { value: 40, at: '2026-03-31' },
        { value: 12, at: '2026-03-30' },
      ),
    ).toEqual({ value: 52, at: '2026-03-31' });
    expect(
      totalAcrossDimensions('first', [
        { value: 40, at: '2026-01-02' },
        { value: 12, at: '2026-01-01' },
      ]),
    ).toEqual({ value: 52, at: '2026-01-01' });
  });

  it('gives no value, never Infinity or NaN, for a zero count or denominator', () => {
    expect(finalize('ratio', { numerator: 5, denominator: 0 })).toEqual({
      value: null,
      reason: 'the denominator is 0',
    });
    expect(finalize('average', { sum: 0, count: 0 })).toEqual({
      value: null,
      reason: 'no observations to average (count is 0)',
    });
    // 1e308 / 1e-308 overflows to Infinity: no value instead.
    expect(finalize('ratio', { numerator: 1e308, denominator: 1e-308 })).toEqual({
      value: null,
      reason: 'the ratio is not a finite number',
    });
  });

  it('refuses to roll up distinct values', () => {
    expect(rollUp('distinct', [{ value: 7 }])).toEqual({ value: 7 });
    expect(() => rollUp('distinct', [{ value: 7 }, { value: 9 }])).toThrow(DistinctRollUpError);
    expect(() => rollUp('distinct', [{ value: 7 }, { value: 9 }])).toThrow(
      /distinct values cannot be rolled up/,
    );
    expect(() => combine('distinct', { value: 1 }, { value: 2 })).toThrow(/cannot be rolled up/);
    expect(() => totalAcrossDimensions('distinct', [{ value: 1 }, { value: 2 }])).toThrow(
      /distinct values cannot be rolled up/,
    );
  });

  it('names the kind and field of malformed components, and refuses an empty list', () => {
    expect(() =>
      combine('ratio', { sum: 1 } as unknown as Components<'ratio'>, {
        numerator: 1,
        denominator: 2,
      }),
    ).toThrow(/ratio components need a finite number "numerator"/);
    expect(() => rollUp('sum', [])).toThrow(/nothing to roll up/);
  });
});

const int = fc.integer({ min: -1_000_000, max: 1_000_000 });
const nat = fc.integer({ min: 0, max: 1_000 });
const at = fc.constantFrom('2026-01-01', '2026-01-02', '2026-01-02T08:00:00Z', '2026-01-03');
const arbitraries: { [K in Exclude<AggregationKind, 'distinct'>]: fc.Arbitrary<Components<K>> } = {
  sum: int.map((sum) => ({ sum })),
  average: fc.tuple(int, nat).map(([sum, count]) => ({ sum: count === 0 ? 0 : sum, count })),
  ratio: fc.tuple(int, nat).map(([numerator, denominator]) => ({ numerator, denominator })),
  last: fc.record({ value: int, at }),
  first: fc.record({ value: int, at }),
  min: int.map((value) => ({ value })),
  max: int.map((value) => ({ value })),
};

describe('combine (properties)', () => {
  for (const [kind, arb] of Object.entries(arbitraries) as [
    Exclude<AggregationKind, 'distinct'>,
    fc.Arbitrary<Components>,
  ][]) {
    it(`${kind}: combine is associative and commutative`, () => {
      fc.assert(
        fc.property(arb, arb, arb, (a, b, c) => {
          expect(combine(kind, combine(kind, a, b), c)).toEqual(
            combine(kind, a, combine(kind, b, c)),
          );
          expect(combine(kind, a, b)).toEqual(combine(kind, b, a));
        }),
      );
    });

    it(`${kind}: the total across dimension values does not depend on their order`, () => {
      fc.assert(
        fc.property(fc.array(arb, { minLength: 1, maxLength: 8 }), (list) => {
          const reversed = [...list].reverse();
          expect(totalAcrossDimensions(kind, list)).toEqual(totalAcrossDimensions(kind, reversed));
          expect(rollUp(kind, list)).toEqual(rollUp(kind, reversed));
        }),
      );
    });
  }
});
