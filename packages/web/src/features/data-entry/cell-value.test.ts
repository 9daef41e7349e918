import { describe, expect, it } from 'vitest';
import { numberMarksOf, parseCell, cellText } from './cell-value';
import { componentsFor, type ComponentSpec } from './grid-model';

const en = numberMarksOf('en-US');
const de = numberMarksOf('de-DE');
const [SUM] = componentsFor('sum') as [ComponentSpec];
const [NUMERATOR, DENOMINATOR] = componentsFor('ratio') as [ComponentSpec, ComponentSpec];
const [, COUNT] = componentsFor('average') as [ComponentSpec, ComponentSpec];
const count = { kind: 'count' } as const;
const percent = { kind: 'percent' } as const;
const money = { kind: 'currency', currency: 'USD' } as const;
const duration = { kind: 'duration' } as const;

const value = (v: number) => ({ kind: 'value', value: v });

describe('parseCell', () => {
  it('reads numbers with the locale’s group and decimal marks', () => {
    expect(parseCell('1,234.5', count, SUM, en)).toEqual(value(1234.5));
    expect(parseCell('1.234,5', count, SUM, de)).toEqual(value(1234.5));
    expect(parseCell(' 42 ', count, SUM, en)).toEqual(value(42));
    expect(parseCell('1 234 567', count, SUM, en)).toEqual(value(1234567));
    expect(parseCell('.5', count, SUM, en)).toEqual(value(0.5));
  });

  it('also reads the plain form programs write (1234.5, 1e6), also in comma locales', () => {
    expect(parseCell('1234.5', count, SUM, en)).toEqual(value(1234.5));
    expect(parseCell('12.5', count, SUM, de)).toEqual(value(12.5));
    expect(parseCell('1e6', count, SUM, en)).toEqual(value(1_000_000));
  });

  it('reads negatives written with a hyphen, a minus sign or parentheses', () => {
    expect(parseCell('-3', count, SUM, en)).toEqual(value(-3));
    expect(parseCell('−3.5', count, SUM, en)).toEqual(value(-3.5));
    expect(parseCell('(1,200)', count, SUM, en)).toEqual(value(-1200));
    expect(parseCell('-0', count, SUM, en)).toEqual(value(0));
  });

  it('takes a percent sign only on percentages, storing the percent number', () => {
    expect(parseCell('12.5%', percent, SUM, en)).toEqual(value(12.5));
    expect(parseCell('12,5 %', percent, SUM, de)).toEqual(value(12.5));
    expect(parseCell('12%', count, SUM, en)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('percent sign fits only percentages'),
    });
    // A ratio's numerator is a count even when the KPI reads as a percentage.
    expect(parseCell('5%', percent, NUMERATOR, en).kind).toBe('error');
  });

  it('takes a currency sign or code only on money', () => {
    expect(parseCell('$1,200.50', money, SUM, en)).toEqual(value(1200.5));
    expect(parseCell('1.200 €', money, SUM, de)).toEqual(value(1200));
    expect(parseCell('USD 99', money, SUM, en)).toEqual(value(99));
    expect(parseCell('-$5', money, SUM, en)).toEqual(value(-5));
    expect(parseCell('$5', count, SUM, en).kind).toBe('error');
  });

  it('reads m:ss and h:mm:ss as seconds for durations only', () => {
    expect(parseCell('1:30', duration, SUM, en)).toEqual(value(90));
    expect(parseCell('1:02:03', duration, SUM, en)).toEqual(value(3723));
    expect(parseCell('1:30', count, SUM, en).kind).toBe('error');
  });

  it('refuses text, stray marks and badly grouped digits with a message naming the input', () => {
    expect(parseCell('abc', count, SUM, en)).toEqual({
      kind: 'error',
      message: '“abc” is not a number (type it like 1,234.5)',
    });
    expect(parseCell('1,23', count, SUM, en).kind).toBe('error');
    expect(parseCell('1.2.3', count, SUM, en).kind).toBe('error');
    expect(parseCell('12abc', count, SUM, en).kind).toBe('error');
    expect(parseCell('-', count, SUM, en).kind).toBe('error');
  });

  it('checks the component’s own rules: whole counts, non-negative denominators', () => {
    expect(parseCell('2.5', count, COUNT, en)).toEqual({
      kind: 'error',
      message: 'Count must be a whole number',
    });
    expect(parseCell('-1', count, DENOMINATOR, en)).toEqual({
      kind: 'error',
      message: 'Denominator must not be negative',
    });
    expect(parseCell('-1', count, NUMERATOR, en)).toEqual(value(-1));
  });

  it('treats blank cells as empty', () => {
    expect(parseCell('', count, SUM, en)).toEqual({ kind: 'empty' });
    expect(parseCell('   ', count, SUM, en)).toEqual({ kind: 'empty' });
  });
});

describe('cellText', () => {
  it('shows stored numbers plainly with the locale’s decimal mark, so they read back the same', () => {
    expect(cellText(1234.5, en)).toBe('1234.5');
    expect(cellText(1234.5, de)).toBe('1234,5');
    expect(parseCell(cellText(1234.5, de), count, SUM, de)).toEqual(value(1234.5));
    expect(cellText(undefined, en)).toBe('');
  });
});
