import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../targets/index';
import { statusRank } from './status';
import { classifyStatus, statusBoundaries, statusThresholdsSchema } from './thresholds';

describe('classifyStatus', () => {
  it('mirrors for lower is better: 20 min handle time', () => {
    // on track ≤ 20; at risk ≤ 20 × 1.1 = 22; off track above
    expect(classifyStatus(19, 20, 'lower_is_better')).toBe('on_track');
    expect(classifyStatus(20, 20, 'lower_is_better')).toBe('on_track');
    expect(classifyStatus(21, 20, 'lower_is_better')).toBe('at_risk');
    expect(classifyStatus(22, 20, 'lower_is_better')).toBe('at_risk');
    expect(classifyStatus(23, 20, 'lower_is_better')).toBe('off_track');
  });

  it('judges a band of 80–90 %', () => {
    // at risk below down to 80 − 80 × 0.1 = 72, above up to 90 + 90 × 0.1 = 99
    const band = { lower: 80, upper: 90 };
    expect(statusBoundaries(band, 'within_band')).toEqual({
      onTrack: { min: 80, max: 90 },
      atRisk: { min: 72, max: 99 },
    });
    expect(classifyStatus(85, band, 'within_band')).toBe('on_track');
    expect(classifyStatus(80, band, 'within_band')).toBe('on_track');
    expect(classifyStatus(75, band, 'within_band')).toBe('at_risk');
    expect(classifyStatus(70, band, 'within_band')).toBe('off_track');
    expect(classifyStatus(95, band, 'within_band')).toBe('at_risk');
    expect(classifyStatus(100, band, 'within_band')).toBe('off_track');
  });

  it('refuses a band for a one-way KPI and a number for a band KPI', () => {
    expect(() => classifyStatus(1, { lower: 0, upper: 2 }, 'higher_is_better')).toThrow(RangeError);
    expect(() => classifyStatus(1, 2, 'within_band')).toThrow(RangeError);
  });

  it('validates the thresholds', () => {
    expect(statusThresholdsSchema.parse({})).toEqual({ onTrack: 1, atRisk: 0.9 });
    expect(statusThresholdsSchema.safeParse({ atRisk: 1.2 }).error?.issues[0]?.path).toEqual([
      'atRisk',
    ]);
    expect(statusThresholdsSchema.safeParse({ atRisk: 0 }).success).toBe(false);
    expect(statusThresholdsSchema.safeParse({ onTrack: -1, atRisk: -2 }).success).toBe(false);
  });
});

describe('status is monotonic in the actual', () => {
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const thresholds = fc
    .tuple(
      fc.double({ min: 0.01, max: 2, noNaN: true }),
      fc.double({ min: 0.01, max: 2, noNaN: true }),
    )
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ atRisk: Math.min(a, b), onTrack: Math.max(a, b) }));

  for (const direction of ['higher_is_better', 'lower_is_better'] as Direction[]) {
    it(`never gets worse as the actual moves the good way (${direction})`, () => {
      fc.assert(
        fc.property(value, value, value, thresholds, (a, b, target, t) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const rankLow = statusRank(classifyStatus(low, target, direction, t));
          const rankHigh = statusRank(classifyStatus(high, target, direction, t));
          if (direction === 'higher_is_better') expect(rankHigh).toBeGreaterThanOrEqual(rankLow);
          else expect(rankLow).toBeGreaterThanOrEqual(rankHigh);
        }),
      );
    });
  }

  it('never gets worse as the actual moves toward the band (within_band)', () => {
    fc.assert(
      fc.property(value, value, value, value, thresholds, (a, b, x, y, t) => {
        const band = { lower: Math.min(x, y), upper: Math.max(x, y) };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const rank = (v: number) => statusRank(classifyStatus(v, band, 'within_band', t));
        // below the band, a higher actual is closer; above it, a lower one
        if (high <= band.lower) expect(rank(high)).toBeGreaterThanOrEqual(rank(low));
        if (low >= band.upper) expect(rank(low)).toBeGreaterThanOrEqual(rank(high));
        if (low >= band.lower && high <= band.upper && t.onTrack <= 1) {
          expect(rank(low)).toBe(2);
          expect(rank(high)).toBe(2);
        }
      }),
    );
  });
});
