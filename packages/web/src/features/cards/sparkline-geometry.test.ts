import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from './sparkline-geometry';

describe('sparklineGeometry', () => {
  it('puts values and targets on one scale, highest at the top', () => {
    const g = sparklineGeometry(
      [
        { value: 0, target: 5 },
        { value: 10, target: 5 },
      ],
      100,
      20,
    );
    expect(g.actual).toBe('M2 18 L98 2');
    expect(g.target).toBe('M2 10 L98 10');
    expect(g.last).toEqual({ x: 98, y: 2 });
  });

  it('draws the running period apart, so a month so far never reads as a drop', () => {
    // 10, 20, then 5 so far: y(v) = (1 − (v − 5) / 15) × 20 with no padding; x at 0, 50, 100.
    const g = sparklineGeometry(
      [
        { value: 10, target: null },
        { value: 20, target: null },
        { value: 5, target: null, partial: true },
      ],
      100,
      20,
      0,
    );
    expect(g.actual).toBe('M0 13.3 L50 0');
    expect(g.partial).toBe('M50 0 L100 20');
    expect(g.last).toEqual({ x: 100, y: 20 });
  });

  it('breaks the line at missing values rather than drawing through them', () => {
    const g = sparklineGeometry(
      [
        { value: 1, target: null },
        { value: null, target: null },
        { value: 3, target: null },
        { value: 2, target: null },
      ],
      62,
      22,
      1,
    );
    expect(g.actual).toBe('M1 21 M41 1 L61 11');
    expect(g.target).toBe('');
    expect(g.last).toEqual({ x: 61, y: 11 });
  });

  it('draws a flat series through the middle and nothing without numbers', () => {
    expect(sparklineGeometry([{ value: 4, target: 4 }], 40, 10).actual).toBe('M20 5');
    expect(sparklineGeometry([{ value: null, target: null }], 40, 10)).toEqual({
      actual: '',
      target: '',
      partial: '',
      last: null,
    });
  });
});
