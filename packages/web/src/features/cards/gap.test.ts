import { describe, expect, it } from 'vitest';
import type { NumberContext } from '../../format/number';
import { presentGap } from './gap';

const context: NumberContext = { locale: 'en-US', currency: 'USD' };
const base = { referenceName: 'target', context } as const;

describe('presentGap', () => {
  it('is bad news below target when higher is better', () => {
    const gap = presentGap({
      ...base,
      actual: 88_000,
      reference: 100_000,
      direction: 'higher_is_better',
      unit: { kind: 'currency' },
    });
    expect(gap).toEqual({ text: '$12k below target', tone: 'worse', colorToken: '--change-worse' });
  });

  it('is good news below target when lower is better (by direction, not by sign)', () => {
    const gap = presentGap({
      ...base,
      referenceName: 'expected',
      actual: 4.2,
      reference: 5,
      direction: 'lower_is_better',
      unit: { kind: 'percent' },
    });
    expect(gap).toMatchObject({ text: '0.8 pp below expected', tone: 'better' });
  });

  it('speaks of bands for within-band KPIs', () => {
    const unit = { kind: 'percent' } as const;
    const band = { lower: 80, upper: 90 };
    const inside = presentGap({
      ...base,
      actual: 85,
      reference: band,
      direction: 'within_band',
      unit,
    });
    expect(inside).toMatchObject({ text: 'within the band', tone: 'better' });
    const above = presentGap({
      ...base,
      actual: 93,
      reference: band,
      direction: 'within_band',
      unit,
    });
    expect(above).toMatchObject({ text: '3 pp above the band', tone: 'worse' });
  });

  it('says "on target" when equal and nothing without an actual or a reference', () => {
    const unit = { kind: 'count' } as const;
    const direction = 'higher_is_better';
    expect(presentGap({ ...base, actual: 10, reference: 10, direction, unit })?.text).toBe(
      'on target',
    );
    expect(presentGap({ ...base, actual: null, reference: 10, direction, unit })).toBeNull();
    expect(presentGap({ ...base, actual: 10, reference: null, direction, unit })).toBeNull();
  });
});
