import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { GregorianCalendar } from '../calendar/index';
import { targetDefinitionSchema } from './schema';
import { parseTargetDefinition } from './validate';

const cal = new GregorianCalendar({ fiscalYearStartMonth: 4 });
const base = { direction: 'higher_is_better', basis: 'benchmark' };

/** The issues of a failed parse as `path: message` lines. */
function issues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ZodError)
      return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ZodError');
}

describe('targetDefinitionSchema', () => {
  it('accepts a full definition and fills defaults', () => {
    const parsed = targetDefinitionSchema.parse({
      ...base,
      entries: [{ grain: 'month', effectiveFrom: '2026-04-01', value: 100 }],
    });
    expect(parsed).toMatchObject({ overrides: [], horizons: [] });
  });

  it('names non-finite values', () => {
    const found = issues(() =>
      targetDefinitionSchema.parse({
        ...base,
        entries: [{ grain: 'month', effectiveFrom: '2026-04-01', value: Infinity }],
      }),
    );
    expect(found.join('\n')).toMatch(/^entries\.0\.value: /m);
  });

  it('names a negative weight and all-zero weights', () => {
    const neg = issues(() =>
      targetDefinitionSchema.parse({
        ...base,
        horizons: [
          {
            horizon: 'FY2027',
            grain: 'quarter',
            total: 1,
            phasing: { method: 'weights', weights: [1, 2, -3, 4] },
          },
        ],
      }),
    );
    expect(neg).toContain(
      'horizons.0.phasing.weights.2: weight 3 (sub-period 3) is negative (-3); weights must be ≥ 0',
    );
    const zero = issues(() =>
      targetDefinitionSchema.parse({
        ...base,
        horizons: [
          {
            horizon: 'FY2027',
            grain: 'quarter',
            total: 1,
            phasing: { method: 'weights', weights: [0, 0] },
          },
        ],
      }),
    );
    expect(zero.join('\n')).toMatch(/horizons\.0\.phasing\.weights: weights are all zero/);
  });

  it('wants bands exactly for within_band KPIs, with lower ≤ upper', () => {
    expect(
      issues(() =>
        targetDefinitionSchema.parse({
          ...base,
          overrides: [{ period: '2026-05', value: { lower: 1, upper: 2 } }],
        }),
      ),
    ).toEqual(['overrides.0.value: a higher_is_better KPI needs a single number here, not a band']);
    expect(
      issues(() =>
        targetDefinitionSchema.parse({
          ...base,
          direction: 'within_band',
          overrides: [{ period: '2026-05', value: { lower: 3, upper: 2 } }],
        }),
      ).join('\n'),
    ).toMatch(/overrides\.0\.value\.upper: upper must be greater than or equal to lower/);
  });

  it('wants a note for basis "other"', () => {
    expect(issues(() => targetDefinitionSchema.parse({ ...base, basis: 'other' }))).toEqual([
      'note: explain the basis of the target in a note when the basis is "other"',
    ]);
  });
});

describe('parseTargetDefinition with a calendar and kind', () => {
  it('checks effective dates, period keys, counts, methods and overlaps', () => {
    const found = issues(() =>
      parseTargetDefinition(
        {
          ...base,
          entries: [{ grain: 'quarter', effectiveFrom: '2026-01-01', value: 1 }],
          overrides: [{ period: '2026-Q2', value: 1 }],
          horizons: [
            {
              horizon: 'FY2027',
              grain: 'month',
              total: 1,
              phasing: { method: 'weights', weights: [1, 2] },
            },
            { horizon: 'FY2027-Q2', grain: 'month', total: 1, phasing: { method: 'even' } },
            { horizon: 'FY2028', grain: 'month', total: 1, phasing: { method: 'ramp', from: 0 } },
          ],
        },
        { calendar: cal, kind: 'sum' },
      ),
    );
    expect(found).toEqual([
      // (entries.0 is fine: fiscal quarters start in April, July, October and January)
      'overrides.0.period: "2026-Q2" is not a period key of this calendar (keys look like 2026-11-21, 2026-W47, 2026-11, FY2027-Q1, FY2027)',
      'horizons.0.phasing.weights: phasing.weights has 2 weights; needs 12',
      'horizons.1.horizon: FY2027-Q2 overlaps horizons[0] (FY2027)',
      'horizons.2.phasing.method: "ramp" does not fit a sum metric; use even, weights, last_year',
    ]);
    expect(
      issues(() =>
        parseTargetDefinition(
          { ...base, entries: [{ grain: 'quarter', effectiveFrom: '2026-02-01', value: 1 }] },
          { calendar: cal, kind: 'sum' },
        ),
      ),
    ).toEqual([
      'entries.0.effectiveFrom: 2026-02-01 is not the first day of a quarter (that quarter starts 2026-01-01)',
    ]);
  });

  it('accepts a ramp for a level kind', () => {
    const parsed = parseTargetDefinition(
      {
        ...base,
        horizons: [
          {
            horizon: 'FY2027',
            grain: 'quarter',
            total: 140,
            phasing: { method: 'ramp', from: 100 },
          },
        ],
      },
      { calendar: cal, kind: 'last' },
    );
    expect(parsed.horizons).toHaveLength(1);
  });
});

describe('parseTargetDefinition reports each problem once', () => {
  it('does not repeat a bad weight from the calendar check', () => {
    const found = issues(() =>
      parseTargetDefinition(
        {
          ...base,
          horizons: [
            {
              horizon: 'FY2027',
              grain: 'quarter',
              total: 1,
              phasing: { method: 'weights', weights: [1, 2, -3, 4] },
            },
          ],
        },
        { calendar: cal, kind: 'sum' },
      ),
    );
    expect(found).toEqual([
      'horizons.0.phasing.weights.2: weight 3 (sub-period 3) is negative (-3); weights must be ≥ 0',
    ]);
  });
});
