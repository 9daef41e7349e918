import { describe, expect, it } from 'vitest';
import { compareChanges, compareWithBase } from './change';

describe('compareWithBase', () => {
  it('judges by direction, not by sign', () => {
    // revenue 110 vs 100: +10, +10 % → better
    expect(compareWithBase(110, 100, 'higher_is_better')).toEqual({
      current: 110,
      base: 100,
      absolute: 10,
      percent: 10,
      verdict: 'better',
    });
    // handle time 18 vs 20 min: −2, −10 % → better when lower is better
    expect(compareWithBase(18, 20, 'lower_is_better')).toMatchObject({
      absolute: -2,
      percent: -10,
      verdict: 'better',
    });
    expect(compareWithBase(22, 20, 'lower_is_better').verdict).toBe('worse');
    expect(compareWithBase(90, 100, 'higher_is_better').verdict).toBe('worse');
    expect(compareWithBase(100, 100, 'higher_is_better').verdict).toBe('same');
  });

  it('gives no percent on a zero or missing base', () => {
    expect(compareWithBase(5, 0, 'higher_is_better')).toMatchObject({
      absolute: 5,
      percent: null,
      verdict: 'better',
    });
    expect(compareWithBase(5, null, 'higher_is_better')).toMatchObject({
      absolute: null,
      percent: null,
      verdict: 'unknown',
    });
    expect(compareWithBase(null, 5, 'lower_is_better').verdict).toBe('unknown');
  });

  it('measures percent against the magnitude of a negative base', () => {
    // −50 vs −100: +50 ÷ |−100| = +50 %, a rise → better when higher is better
    expect(compareWithBase(-50, -100, 'higher_is_better')).toMatchObject({
      percent: 50,
      verdict: 'better',
    });
  });

  it('calls getting closer to the band better (80–90 %)', () => {
    const band = { lower: 80, upper: 90 };
    // 95 → 92: 5 above → 2 above: better, though it fell
    expect(compareWithBase(92, 95, 'within_band', band).verdict).toBe('better');
    // 78 → 75: 2 below → 5 below: worse
    expect(compareWithBase(75, 78, 'within_band', band).verdict).toBe('worse');
    // 82 → 88: both inside → same
    expect(compareWithBase(88, 82, 'within_band', band).verdict).toBe('same');
    // 70 → 95: 10 below → 5 above: better
    expect(compareWithBase(95, 70, 'within_band', band).verdict).toBe('better');
    expect(compareWithBase(95, 70, 'within_band').verdict).toBe('unknown');
  });
});

describe('compareChanges', () => {
  it('compares with the previous period and last year', () => {
    // 110 vs 100 previous (+10 %) and vs 120 last year (−10 ÷ 120 = −8.33 %)
    const c = compareChanges({
      current: 110,
      previous: 100,
      lastYear: 120,
      direction: 'higher_is_better',
    });
    expect(c.vsPrevious).toMatchObject({ percent: 10, verdict: 'better' });
    expect(c.vsLastYear.absolute).toBe(-10);
    expect(c.vsLastYear.percent).toBeCloseTo(-8.3333333, 6);
    expect(c.vsLastYear.verdict).toBe('worse');
  });
});
