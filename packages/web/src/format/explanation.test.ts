import { describe, expect, it } from 'vitest';
import { formatExplanation } from './explanation';

const usd = { locale: 'en-US', currency: 'USD' };
const parts = [{ text: '2026-11 = ' }, { value: 90609.6275 }, { text: ' (override)' }];

describe('formatExplanation', () => {
  it('formats each value by the unit, with the workspace currency', () => {
    expect(formatExplanation(parts, 'raw', { kind: 'currency' }, usd)).toBe(
      '2026-11 = $90,609.63 (override)',
    );
    expect(
      formatExplanation(parts, 'raw', { kind: 'currency' }, { locale: 'de-DE', currency: 'EUR' }),
    ).toBe('2026-11 = 90.609,63\u00a0€ (override)');
    expect(formatExplanation(parts, 'raw', { kind: 'count' }, usd)).toBe(
      '2026-11 = 90,610 (override)',
    );
  });

  it('formats percent and duration values and both bounds of a band', () => {
    const band = [{ text: 'band ' }, { value: { lower: 2.5, upper: 3.25 } }];
    expect(formatExplanation(band, null, { kind: 'percent' }, usd)).toBe('band 2.5%–3.3%');
    const wait = [{ text: 'wait ' }, { value: 5400 }];
    expect(formatExplanation(wait, null, { kind: 'duration' }, usd)).toBe('wait 1 h 30 min');
  });

  it('falls back to the server line without parts', () => {
    expect(formatExplanation(undefined, 'raw', { kind: 'count' }, usd)).toBe('raw');
    expect(formatExplanation(null, null, { kind: 'count' }, usd)).toBeNull();
  });
});
