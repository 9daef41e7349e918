import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDuration,
  formatPoints,
  formatValue,
  type NumberContext,
} from './number';

const us: NumberContext = { locale: 'en-US', currency: 'USD' };
const de: NumberContext = { locale: 'de-DE', currency: 'EUR' };
/** Intl separates some parts with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatValue', () => {
  it('formats currency with the workspace currency and locale', () => {
    expect(formatValue(1234.5, { kind: 'currency' }, us)).toBe('$1,234.50');
    expect(plain(formatValue(1234.5, { kind: 'currency' }, de))).toBe('1.234,50 €');
  });

  it("prefers the unit's own currency and decimals", () => {
    expect(formatValue(1234.5, { kind: 'currency', currency: 'EUR', decimals: 0 }, us)).toBe(
      '€1,235',
    );
    expect(formatValue(1000, { kind: 'currency', currency: 'JPY' }, us)).toBe('¥1,000');
  });

  it('reads percent values as percent, not fractions', () => {
    expect(formatValue(12.5, { kind: 'percent' }, us)).toBe('12.5%');
    expect(formatValue(3, { kind: 'percent', decimals: 0 }, us)).toBe('3%');
    expect(plain(formatValue(12.5, { kind: 'percent' }, de))).toBe('12,5 %');
    // Under one percent, two significant digits: 0.25 % and 0.21 % must not both read 0.2 %.
    expect(formatValue(0.25, { kind: 'percent' }, us)).toBe('0.25%');
    expect(formatValue(0.214, { kind: 'percent' }, us)).toBe('0.21%');
    expect(formatValue(0.25, { kind: 'percent', decimals: 1 }, us)).toBe('0.25%');
    expect(formatValue(0.5, { kind: 'percent', decimals: 0 }, us)).toBe('0.5%');
    expect(formatPoints(0.04, 'en-US')).toBe('0.04 pp');
    expect(formatPoints(1.44, 'en-US')).toBe('1.4 pp');
  });

  it('shows counts as whole numbers and ratios with a times sign', () => {
    expect(formatValue(1234.4, { kind: 'count' }, us)).toBe('1,234');
    expect(formatValue(3.156, { kind: 'ratio' }, us)).toBe('3.16×');
    expect(formatValue(42.25, { kind: 'score' }, us)).toBe('42.3');
    expect(formatValue(-2.5, { kind: 'number' }, us)).toBe('−2.5');
  });

  it('formats durations given in seconds', () => {
    expect(formatValue(3725, { kind: 'duration' }, us)).toBe('1 h 2 min');
  });

  it('shows a dash for missing or non-finite values', () => {
    expect(formatValue(null, { kind: 'count' }, us)).toBe('—');
    expect(formatValue(undefined, { kind: 'count' }, us)).toBe('—');
    expect(formatValue(Number.NaN, { kind: 'count' }, us)).toBe('—');
    expect(formatValue(Infinity, { kind: 'currency' }, us)).toBe('—');
  });

  it('shortens large values on request, currencies included', () => {
    expect(formatValue(1_234_567, { kind: 'currency' }, us, { compact: true })).toBe('$1.2M');
    expect(plain(formatValue(1_234, { kind: 'currency' }, de, { compact: true }))).toBe('1,2k €');
    expect(formatValue(12.5, { kind: 'percent' }, us, { compact: true })).toBe('12.5%');
    expect(formatValue(-4500, { kind: 'count' }, us, { compact: true })).toBe('−4.5k');
  });
});

describe('formatCompact', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1234, '1.2k'],
    [999_999, '1M'],
    [3_400_000, '3.4M'],
    [150_000, '150k'],
    [2_000_000_000, '2B'],
    [7.25e12, '7.3T'],
    [0.456, '0.5'],
  ])('%d → %s', (value, expected) => {
    expect(formatCompact(value, 'en-US')).toBe(expected);
  });

  it("uses the locale's decimal mark", () => {
    expect(formatCompact(1234, 'de-DE')).toBe('1,2k');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [4.25, '4.3 s'],
    [45, '45 s'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [3600, '1 h'],
    [3725, '1 h 2 min'],
    [7199, '2 h'],
    [90_000, '25 h'],
    [-90, '−1 min 30 s'],
  ])('%d s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
