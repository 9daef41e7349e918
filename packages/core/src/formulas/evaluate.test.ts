import { describe, expect, it } from 'vitest';
import { evaluateFormula, type FormulaContext } from './evaluate';
import { parseFormula } from './parse';

const run = (text: string, context: FormulaContext) =>
  evaluateFormula(parseFormula(text).ast, context);

describe('evaluateFormula', () => {
  it('does the arithmetic', () => {
    // (1000 - 600) / 1000 * 100 = 40
    expect(
      run('(revenue - cogs) / revenue * 100', { values: { revenue: 1000, cogs: 600 } }),
    ).toEqual({ value: 40 });
    // -2 + 3 * 4 = 10; min(10, 7, 12) = 7; max(-1, -5) = -1; abs(-3) = 3
    expect(run('-a + b * c', { values: { a: 2, b: 3, c: 4 } })).toEqual({ value: 10 });
    expect(run('min(x, 7, 12)', { values: { x: 10 } })).toEqual({ value: 7 });
    expect(run('max(-1, -5) + abs(-3)', { values: {} })).toEqual({ value: 2 });
  });

  it('rounds half away from zero, also where binary floating point would not', () => {
    // 1.005 is stored as 1.00499999999999989…; to 2 digits a person expects 1.01.
    expect(run('round(x, 2)', { values: { x: 1.005 } })).toEqual({ value: 1.01 });
    expect(run('round(x)', { values: { x: -2.5 } })).toEqual({ value: -3 });
    expect(run('round(x, -3)', { values: { x: 12_345 } })).toEqual({ value: 12_000 });
  });

  it('gives no value on division by zero, naming the divisor', () => {
    expect(run('spend / new_customers', { values: { spend: 9000, new_customers: 0 } })).toEqual({
      value: null,
      reason: 'division by zero: new_customers is 0',
    });
    expect(run('a / (b - c) * 100', { values: { a: 1, b: 2, c: 2 } })).toEqual({
      value: null,
      reason: 'division by zero: b - c is 0',
    });
    // 0 / 0 is no value either, never NaN
    expect(run('a / b', { values: { a: 0, b: 0 } })).toMatchObject({ value: null });
  });

  it('uses the fallback of div() when the divisor is 0 or missing', () => {
    expect(run('div(a, b, 0)', { values: { a: 5, b: 0 } })).toEqual({ value: 0 });
    expect(run('div(a, b, -1)', { values: { a: 5 } })).toEqual({ value: -1 });
    expect(run('div(a, b)', { values: { a: 5, b: 2 } })).toEqual({ value: 2.5 });
    expect(run('div(a, b)', { values: { a: 5, b: 0 } })).toEqual({
      value: null,
      reason: 'division by zero: b is 0',
    });
    expect(run('div(a, b, 0)', { values: { b: 2 } })).toEqual({
      value: null,
      reason: 'a has no value',
    });
  });

  it('gives no value when an operand is missing, naming the metric and passing its reason on', () => {
    expect(run('spend / new_customers', { values: { spend: 9000 } })).toEqual({
      value: null,
      reason: 'new_customers has no value',
    });
    expect(run('a + b', { values: { a: 1, b: null } })).toEqual({
      value: null,
      reason: 'b has no value',
    });
    expect(
      run('a * 2', { values: { a: { value: null, reason: 'the denominator is 0' } } }),
    ).toEqual({ value: null, reason: 'a has no value: the denominator is 0' });
    expect(run('a * 2', { values: { a: { value: 4 } } })).toEqual({ value: 8 });
    // names that exist on every object are not metric values
    expect(run('constructor + 1', { values: {} })).toEqual({
      value: null,
      reason: 'constructor has no value',
    });
  });

  it('never returns Infinity or NaN', () => {
    expect(run('a * a', { values: { a: 1e200 } })).toEqual({
      value: null,
      reason: 'a * a is not a finite number (too large)',
    });
    expect(run('a + 1', { values: { a: Number.NaN } })).toEqual({
      value: null,
      reason: 'a is not a finite number',
    });
  });

  it('computes a growth rate with prev()', () => {
    // February 120 after January 100: (120 - 100) / 100 * 100 = 20 %.
    const growth = '(revenue - prev(revenue)) / prev(revenue) * 100';
    expect(run(growth, { values: { revenue: 120 }, previous: { revenue: 100 } })).toEqual({
      value: 20,
    });
    expect(run(growth, { values: { revenue: 120 }, previous: { revenue: 0 } })).toEqual({
      value: null,
      reason: 'division by zero: prev(revenue) is 0',
    });
    expect(run(growth, { values: { revenue: 120 }, previous: {} })).toEqual({
      value: null,
      reason: 'revenue has no value in the previous period',
    });
    expect(run(growth, { values: { revenue: 120 } })).toEqual({
      value: null,
      reason: 'prev(revenue) has no value: no previous period values given',
    });
  });

  it('computes NPS from its components, not from a mean of daily scores', () => {
    // Day 1: 50 promoters, 10 detractors of 100 answers (NPS 40); day 2: 5, 5 of 10 (NPS 0).
    // Both days: (55 - 15) / 110 * 100 = 36.36…; the mean of the daily scores would be 20.
    const nps = '(promoters - detractors) / responses * 100';
    const result = run(nps, { values: { promoters: 55, detractors: 15, responses: 110 } });
    expect(result.value).toBeCloseTo(36.3636, 4);
  });
});
