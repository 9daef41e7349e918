import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/gregorian-calendar';
import { DistinctRollUpError } from './combine';
import { rollUpAcrossDimensions, rollUpByPeriod, type AggregationPoint } from './roll-up';

const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });

describe('rollUpByPeriod (hand-worked)', () => {
  it("computes a month's conversion rate from daily parts, not the mean of daily rates", () => {
    // 1 Jan: 2 of 10 visitors converted (20 %); 2 Jan: 8 of 90 (≈ 8.89 %).
    // January: (2 + 8) / (10 + 90) = 10 / 100 = 10 %. The mean of the daily rates would be ≈ 14.44 %.
    const rows = rollUpByPeriod(
      [
        { period: '2026-01-01', components: { numerator: 2, denominator: 10 } },
        { period: '2026-01-02', components: { numerator: 8, denominator: 90 } },
      ],
      { calendar, kind: 'ratio', baseGrain: 'day', targetGrain: 'month' },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      period: { key: '2026-01' },
      components: { numerator: 10, denominator: 100 },
      value: 0.1,
      pointCount: 2,
      dimensions: {},
    });
    expect(rows[0]?.value).not.toBeCloseTo((0.2 + 8 / 90) / 2, 3);
  });

  it('takes the headcount at the end of the quarter (last), neither the sum nor the mean', () => {
    // Jan 40, Feb 42, Mar 45 (given out of order): Q1 headcount = 45 (sum 127 and mean 42.3 are wrong).
    const points = [
      { period: '2026-03', components: { value: 45, at: '2026-03-31' } },
      { period: '2026-01', components: { value: 40, at: '2026-01-31' } },
      { period: '2026-02', components: { value: 42, at: '2026-02-28' } },
      { period: '2026-04', components: { value: 47, at: '2026-04-30' } },
    ].map((p) => ({ ...p, period: calendar.parseKey(p.period) }));
    const rows = rollUpByPeriod(points, {
      calendar,
      kind: 'last',
      baseGrain: 'month',
      targetGrain: 'quarter',
    });
    expect(rows.map((r) => [r.period.key, r.value])).toEqual([
      ['2026-Q1', 45],
      ['2026-Q2', 47],
    ]);
    const first = rollUpByPeriod(points, {
      calendar,
      kind: 'first',
      baseGrain: 'month',
      targetGrain: 'quarter',
    });
    expect(first[0]?.value).toBe(40);
  });

  it('weights the average handle time by the number of calls', () => {
    // Mon 10 calls, 3000 s in all (300 s each); Tue 90 calls, 13500 s (150 s each).
    // The week: 16500 s / 100 calls = 165 s; the mean of the daily averages would be 225 s.
    const rows = rollUpByPeriod(
      [
        { period: '2026-03-02', components: { sum: 3000, count: 10 } },
        { period: '2026-03-03', components: { sum: 13500, count: 90 } },
      ],
      { calendar, kind: 'average', baseGrain: 'day', targetGrain: 'week' },
    );
    expect(rows.map((r) => [r.period.key, r.value])).toEqual([['2026-W10', 165]]);
  });

  it('follows the fiscal year of the calendar', () => {
    // Fiscal year from April: March 2026 is in FY2026-Q4, April 2026 opens FY2027-Q1.
    const fiscal = new GregorianCalendar({ fiscalYearStartMonth: 4 });
    const rows = rollUpByPeriod(
      [
        { period: '2026-03-31', components: { sum: 5 } },
        { period: '2026-04-01', components: { sum: 7 } },
        { period: '2026-06-30', components: { sum: 1 } },
      ],
      { calendar: fiscal, kind: 'sum', baseGrain: 'day', targetGrain: 'quarter' },
    );
    expect(rows.map((r) => [r.period.key, r.value])).toEqual([
      ['FY2026-Q4', 5],
      ['FY2027-Q1', 8],
    ]);
  });

  const regional = [
    { period: '2026-01-05', components: { sum: 10 }, dimensions: { region: 'EU', channel: 'web' } },
    { period: '2026-01-05', components: { sum: 4 }, dimensions: { region: 'EU', channel: 'shop' } },
    { period: '2026-01-06', components: { sum: 3 }, dimensions: { region: 'US', channel: 'web' } },
    { period: '2026-02-01', components: { sum: 1 }, dimensions: { region: 'US', channel: 'web' } },
  ];

  it('breaks down by a dimension and filters by dimension values', () => {
    const options = {
      calendar,
      kind: 'sum' as const,
      baseGrain: 'day' as const,
      targetGrain: 'month' as const,
    };
    expect(
      rollUpByPeriod(regional, { ...options, breakdown: ['region'] }).map((r) => [
        r.period.key,
        r.dimensions,
        r.value,
      ]),
    ).toEqual([
      ['2026-01', { region: 'EU' }, 14],
      ['2026-01', { region: 'US' }, 3],
      ['2026-02', { region: 'US' }, 1],
    ]);
    expect(
      rollUpByPeriod(regional, { ...options, where: { channel: 'web' } }).map((r) => r.value),
    ).toEqual([13, 1]);
    expect(
      rollUpByPeriod(regional, { ...options, where: { region: ['EU', 'UK'] } }).map((r) => r.value),
    ).toEqual([14]);
  });

  it('refuses a base grain that does not nest in the target grain', () => {
    expect(() =>
      rollUpByPeriod([{ period: '2026-W10', components: { sum: 1 } }], {
        calendar,
        kind: 'sum',
        baseGrain: 'week',
        targetGrain: 'month',
      }),
    ).toThrow(/cannot roll week values up to months/);
    expect(() =>
      rollUpByPeriod([], { calendar, kind: 'sum', baseGrain: 'month', targetGrain: 'day' }),
    ).toThrow(/cannot roll month values up to days/);
  });

  it('refuses distinct across periods or dimension values, and allows it within one', () => {
    const base = { calendar, kind: 'distinct' as const };
    expect(() =>
      rollUpByPeriod([{ period: '2026-01-01', components: { value: 3 } }], {
        ...base,
        baseGrain: 'day',
        targetGrain: 'month',
      }),
    ).toThrow(DistinctRollUpError);
    const monthly = [
      { period: '2026-01-01', components: { value: 30 }, dimensions: { region: 'EU' } },
      { period: '2026-01-01', components: { value: 20 }, dimensions: { region: 'US' } },
    ];
    const sameGrain = { ...base, baseGrain: 'month' as const, targetGrain: 'month' as const };
    expect(() => rollUpByPeriod(monthly, sameGrain)).toThrow(
      /distinct values cannot be rolled up \(a total across 2 dimension combinations in 2026-01/,
    );
    expect(
      rollUpByPeriod(monthly, { ...sameGrain, breakdown: ['region'] }).map((r) => r.value),
    ).toEqual([30, 20]);
  });

  it('refuses points that are not base periods, or twice the same point', () => {
    const options = {
      calendar,
      kind: 'sum' as const,
      baseGrain: 'month' as const,
      targetGrain: 'quarter' as const,
    };
    expect(() =>
      rollUpByPeriod([{ period: '2026-01-15', components: { sum: 1 } }], options),
    ).toThrow(
      /"2026-01-15" is not the first day of a month: the month 2026-01 containing it starts on 2026-01-01/,
    );
    expect(() =>
      rollUpByPeriod(
        [{ period: calendar.parseKey('2026-01-15'), components: { sum: 1 } }],
        options,
      ),
    ).toThrow(/2026-01-15 is a day, expected a month/);
    expect(() =>
      rollUpByPeriod(
        [
          { period: '2026-01-01', components: { sum: 1 }, dimensions: { a: '1', b: '2' } },
          { period: '2026-01-01', components: { sum: 2 }, dimensions: { b: '2', a: '1' } },
        ],
        options,
      ),
    ).toThrow(/two points for 2026-01 with the same dimensions \(a=1, b=2\)/);
  });
});

describe('rollUpAcrossDimensions', () => {
  it('totals the regions of one period', () => {
    // EU 3/10, US 1/30: all regions 4/40 = 10 %.
    const rows = rollUpAcrossDimensions('ratio', [
      { components: { numerator: 3, denominator: 10 }, dimensions: { region: 'EU' } },
      { components: { numerator: 1, denominator: 30 }, dimensions: { region: 'US' } },
    ]);
    expect(rows).toEqual([
      { dimensions: {}, components: { numerator: 4, denominator: 40 }, pointCount: 2, value: 0.1 },
    ]);
  });

  it("adds the regions' headcounts and keeps a breakdown apart", () => {
    const points: Omit<AggregationPoint<'last'>, 'period'>[] = [
      { components: { value: 40, at: '2026-03-31' }, dimensions: { region: 'EU', team: 'a' } },
      { components: { value: 5, at: '2026-03-31' }, dimensions: { region: 'EU', team: 'b' } },
      { components: { value: 12, at: '2026-03-31' }, dimensions: { region: 'US', team: 'a' } },
      { components: { value: 2, at: '2026-03-31' }, dimensions: { team: 'c' } },
    ];
    expect(rollUpAcrossDimensions('last', points).map((r) => r.value)).toEqual([59]);
    expect(
      rollUpAcrossDimensions('last', points, { breakdown: ['region'] }).map((r) => [
        r.dimensions.region,
        r.value,
      ]),
    ).toEqual([
      [null, 2],
      ['EU', 45],
      ['US', 12],
    ]);
  });

  it('refuses to total distinct values across regions', () => {
    expect(() =>
      rollUpAcrossDimensions('distinct', [
        { components: { value: 30 }, dimensions: { region: 'EU' } },
        { components: { value: 20 }, dimensions: { region: 'US' } },
      ]),
    ).toThrow(/distinct values cannot be rolled up/);
  });
});
