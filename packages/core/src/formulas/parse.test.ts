import { describe, expect, it } from 'vitest';
import { formatFormula } from './ast';
import { FormulaSyntaxError } from './errors';
import { parseFormula } from './parse';

function syntaxError(text: string): FormulaSyntaxError {
  try {
    parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed without an error`);
}

describe('parseFormula', () => {
  it('builds the typed tree with the usual precedence', () => {
    const { ast, references, usesPrevious } = parseFormula('(revenue - cogs) / revenue * 100');
    expect(ast).toEqual({
      type: 'binary',
      operator: '*',
      left: {
        type: 'binary',
        operator: '/',
        left: {
          type: 'binary',
          operator: '-',
          left: { type: 'metric', key: 'revenue' },
          right: { type: 'metric', key: 'cogs' },
        },
        right: { type: 'metric', key: 'revenue' },
      },
      right: { type: 'number', value: 100 },
    });
    expect(references).toEqual(['cogs', 'revenue']);
    expect(usesPrevious).toBe(false);
  });

  it('reads unary signs and the functions', () => {
    expect(parseFormula('-a + +b').ast).toEqual({
      type: 'binary',
      operator: '+',
      left: { type: 'negate', argument: { type: 'metric', key: 'a' } },
      right: { type: 'metric', key: 'b' },
    });
    const parsed = parseFormula(
      'max(min(a, b, 3), abs(c)) + round(d, 2) + round(e, -3) + div(f, g) + div(f, g, 0)',
    );
    expect(parsed.references).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(formatFormula(parsed.ast)).toBe(
      'max(min(a, b, 3), abs(c)) + round(d, 2) + round(e, -3) + div(f, g) + div(f, g, 0)',
    );
  });

  it('lists the metrics read for the previous period', () => {
    const parsed = parseFormula('(revenue - prev(revenue)) / prev(revenue + other) * 100');
    expect(parsed.usesPrevious).toBe(true);
    expect(parsed.references).toEqual(['other', 'revenue']);
    expect(parsed.previousReferences).toEqual(['other', 'revenue']);
  });

  it('writes formulas back with only the parentheses they need', () => {
    expect(formatFormula(parseFormula('((a - b)) / (c * d) - (e - f) + -(g + h)').ast)).toBe(
      '(a - b) / (c * d) - (e - f) + -(g + h)',
    );
    expect(formatFormula(parseFormula('a - (b + c)').ast)).toBe('a - (b + c)');
    expect(formatFormula(parseFormula('(a - b) + c').ast)).toBe('a - b + c');
  });
});

describe('parseFormula errors name the position and the token', () => {
  const cases: [string, number, string, RegExp][] = [
    // the "*" right after "+" has no left operand
    ['revenue +* cost', 9, '*', /a number, metric or "\(" is missing after "\+"/],
    ['revenue ** 2', 8, '**', /the operator "\*\*" is not supported/],
    ['revenue % 2', 8, '%', /the operator "%" is not supported/],
    ['x + (y == 2)', 7, '==', /the operator "==" is not supported/],
    ['foo.bar', 3, '.', /"foo.bar" is not supported: metric keys are plain names/],
    ['revenue[0]', 7, '[', /metric keys are plain names/],
    ['Math.max(a, b)', 4, '.', /metric keys are plain names/],
    ['eval(1)', 0, 'eval', /unknown function "eval"; available: min, max, abs, round, div, prev/],
    ['a + Function("x")', 4, 'Function', /unknown function "Function"/],
    ['this', 0, 'this', /"this" is not supported/],
    ['"text" + a', 0, '"text"', /text is not supported/],
    ['true * a', 0, 'true', /"true" is not supported/],
    ['a ? b : c', 2, '?', /conditions \(a \? b : c\) are not supported/],
    ['a = 1', 2, '=', /"=" is not expected here/],
    ['!a', 0, '!', /the operator "!" is not supported/],
    ['[1, 2]', 0, '[', /lists/],
    ['a b', 2, 'b', /a formula is a single expression/],
    ['a; b', 1, ';', /a formula is a single expression/],
    ['revenue;', 7, ';', /a formula is a single expression/],
    ['(a + b', 6, '', /a "\)" is missing/],
    ['a +', 3, '', /missing after "\+"/],
    ['min(a,,b)', 6, ',', /"," is not expected here/],
    ['min()', 0, 'min', /min takes at least 1 argument \(min\(a, b, …\)\); found 0/],
    ['abs(a, b)', 0, 'abs', /abs takes 1 argument/],
    ['div(a)', 0, 'div', /div takes 2 or 3 arguments/],
    ['round(a, 1.5)', 9, '1.5', /digits of round\(x, digits\) must be a whole number/],
    ['round(a, b)', 9, 'b', /digits of round/],
    ['prev(a - prev(b))', 9, 'prev', /prev\(\) cannot be nested/],
    ['max + 1', 0, 'max', /"max" is a function: call it as max\(a, b, …\)/],
    ['umsätze * 2', 0, 'umsätze', /not a metric key: use letters, digits and underscore/],
    ['$x', 0, '$x', /not a metric key/],
    ['1e999', 0, '1e999', /too large/],
    ['  ', 0, '', /the formula is empty/],
  ];
  for (const [text, position, token, reason] of cases) {
    it(`${JSON.stringify(text)} → position ${position}, ${JSON.stringify(token)}`, () => {
      const error = syntaxError(text);
      expect({ position: error.position, token: error.token }).toEqual({ position, token });
      expect(error.reason).toMatch(reason);
      expect(error.formula).toBe(text);
      expect(error.message).toContain(
        token === '' ? 'at the end' : `"${token}" at position ${position}`,
      );
    });
  }

  it('reads no code: a formula that would run JavaScript is only a syntax error', () => {
    const globals = globalThis as { formulaRan?: boolean };
    expect(() => parseFormula('(function(){ globalThis.formulaRan = true })()')).toThrow(
      FormulaSyntaxError,
    );
    expect(globals.formulaRan).toBeUndefined();
  });
});
