import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCivilDays } from '../calendar/civil-date';
import { GregorianCalendar } from '../calendar/gregorian-calendar';
import type { Grain } from '../calendar/period';
import type { Components } from './components';
import type { AggregationKind } from './kind';
import { rollUpByPeriod, type AggregationPoint, type PeriodRollUp } from './roll-up';

type RollUpKind = Exclude<AggregationKind, 'distinct'>;

const int = fc.integer({ min: -1_000_000, max: 1_000_000 });
const positive = fc.double({ min: 0, max: 1e6, noNaN: true });
const number = fc.oneof(int, positive);
const count = fc.integer({ min: 0, max: 500 });

/** Components of one day; `at` is a moment inside that day (`date` is filled in later). */
const componentsOf: { [K in RollUpKind]: fc.Arbitrary<(date: string) => Components<K>> } = {
  sum: number.map((sum) => () => ({ sum })),
  average: fc.tuple(number, count).map(([sum, n]) => () => ({ sum: n === 0 ? 0 : sum, count: n })),
  ratio: fc.tuple(number, fc.oneof(count, positive)).map(([numerator, denominator]) => () => ({
    numerator,
    denominator,
  })),
  last: fc.tuple(int, fc.integer({ min: 0, max: 23 })).map(([value, hour]) => (date) => ({
    value,
    at: `${date}T${String(hour).padStart(2, '0')}:00:00Z`,
  })),
  first: fc.tuple(int, fc.boolean()).map(([value, noon]) => (date) => ({
    value,
    at: noon ? `${date}T12:00:00+02:00` : date,
  })),
  min: number.map((value) => () => ({ value })),
  max: number.map((value) => () => ({ value })),
};

const settings = fc.record({
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  weekStartsOn: fc.integer({ min: 0, max: 6 }),
});

/** Sparse daily points over up to ~15 months, each day in some of the regions. */
function dailyPoints<K extends RollUpKind>(kind: K): fc.Arbitrary<AggregationPoint<K>[]> {
  const day = fc.record({
    offset: fc.integer({ min: 0, max: 450 }),
    region: fc.constantFrom('EU', 'US', 'APAC'),
    make: componentsOf[kind] as fc.Arbitrary<(date: string) => Components<K>>,
  });
  return fc
    .tuple(
      fc.integer({ min: 0, max: 800 }),
      fc.uniqueArray(day, { selector: (d) => `${d.offset}|${d.region}`, maxLength: 120 }),
    )
    .map(([start, days]) =>
      days.map(({ offset, region, make }) => {
        const date = addCivilDays('2024-11-01', start + offset);
        return { period: date, components: make(date), dimensions: { region } };
      }),
    );
}

const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null
    ? a === b
    : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function expectSame(direct: PeriodRollUp[], stepwise: PeriodRollUp[]): void {
  const label = (r: PeriodRollUp) => `${r.period.key} ${JSON.stringify(r.dimensions)}`;
  expect(stepwise.map(label)).toEqual(direct.map(label));
  direct.forEach((row, i) => {
    const other = stepwise[i];
    if (!close(row.value, other?.value ?? null)) {
      expect.fail(`${label(row)}: direct ${row.value} ≠ step by step ${other?.value}`);
    }
  });
}

/** Rolls up grain by grain, feeding each step's rows to the next as points. */
function stepwise<K extends RollUpKind>(
  kind: K,
  points: AggregationPoint<K>[],
  grains: Grain[],
  calendar: GregorianCalendar,
  breakdown: string[],
): PeriodRollUp<K>[] {
  let current: AggregationPoint<K>[] = points;
  let rows: PeriodRollUp<K>[] = [];
  for (let i = 1; i < grains.length; i += 1) {
    const baseGrain = grains[i - 1] as Grain;
    const targetGrain = grains[i] as Grain;
    rows = rollUpByPeriod(current, { calendar, kind, baseGrain, targetGrain, breakdown });
    current = rows.map((r) => ({
      period: r.period,
      components: r.components,
      dimensions: Object.fromEntries(
        Object.entries(r.dimensions).filter((e): e is [string, string] => e[1] !== null),
      ),
    }));
  }
  return rows;
}

describe('a roll-up of a roll-up equals the direct roll-up', () => {
  for (const kind of Object.keys(componentsOf) as RollUpKind[]) {
    it(`${kind}: days → months → quarters → years = days → quarters / years`, () => {
      fc.assert(
        fc.property(settings, dailyPoints(kind), fc.boolean(), (s, points, byRegion) => {
          const calendar = new GregorianCalendar(s);
          // Stocks add up across regions only after each region is rolled up over time, so a
          // step-by-step total keeps the regions apart until the last step.
          const breakdown = byRegion || kind === 'last' || kind === 'first' ? ['region'] : [];
          const options = { calendar, kind, baseGrain: 'day' as const, breakdown };
          for (const target of ['quarter', 'year'] as const) {
            const direct = rollUpByPeriod(points, { ...options, targetGrain: target });
            const grains: Grain[] =
              target === 'quarter'
                ? ['day', 'month', 'quarter']
                : ['day', 'month', 'quarter', 'year'];
            expectSame(direct, stepwise(kind, points, grains, calendar, breakdown));
          }
          // Weeks nest only in weeks; days → weeks directly equals the same in one step.
          const weeks = rollUpByPeriod(points, { ...options, targetGrain: 'week' });
          expect(weeks.reduce((n, r) => n + r.pointCount, 0)).toBe(points.length);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('last: the all-regions total is the sum of the regions rolled up one by one', () => {
    fc.assert(
      fc.property(dailyPoints('last'), (points) => {
        const calendar = new GregorianCalendar();
        const options = {
          calendar,
          kind: 'last' as const,
          baseGrain: 'day' as const,
          targetGrain: 'quarter' as const,
        };
        const total = rollUpByPeriod(points, options);
        const byRegion = rollUpByPeriod(points, { ...options, breakdown: ['region'] });
        for (const row of total) {
          const sum = byRegion
            .filter((r) => r.period.key === row.period.key)
            .reduce((n, r) => n + (r.value ?? 0), 0);
          expect(row.value).toBe(sum);
        }
      }),
      { numRuns: 60 },
    );
  });
});
