import { describe, expect, it } from 'vitest';
import { formatAxisValue } from './axis-format';

const context = { locale: 'en-US', currency: 'USD' };

describe('formatAxisValue', () => {
  it('keeps ticks short in the unit', () => {
    expect(formatAxisValue(0, { kind: 'currency' }, context)).toBe('$0');
    expect(formatAxisValue(50_000, { kind: 'currency' }, context)).toBe('$50k');
    expect(formatAxisValue(2.5, { kind: 'percent' }, context)).toBe('2.5%');
    expect(formatAxisValue(0.5, { kind: 'ratio' }, context)).toBe('0.5×');
  });
});
