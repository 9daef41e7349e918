import { formatFormula, type FormulaNode } from './ast';

/** A formula's value, or no value with the reason why (never Infinity or NaN). */
export type FormulaResult = { value: number } | { value: null; reason: string };

/**
 * A metric's value for a period: a number, or no value (`null` / absent), or an aggregation
 * result whose reason is passed on.
 */
export type FormulaOperandValue =
  number | null | undefined | { value: number } | { value: null; reason: string };

export interface FormulaContext {
  /** Each referenced metric's value for the period evaluated (already aggregated by its kind). */
  values: Readonly<Record<string, FormulaOperandValue>>;
  /** The previous period's values, read by prev(). */
  previous?: Readonly<Record<string, FormulaOperandValue>>;
}

const none = (reason: string): FormulaResult => ({ value: null, reason });

function operand(
  values: Readonly<Record<string, FormulaOperandValue>> | undefined,
  key: string,
  inPrev: boolean,
): FormulaResult {
  const where = inPrev ? ' in the previous period' : '';
  if (values === undefined) return none(`${key} has no value${where}: no previous values given`);
  const raw = Object.hasOwn(values, key) ? values[key] : undefined;
  if (raw === undefined || raw === null) return none(`${key} has no value${where}`);
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { value: raw } : none(`${key} is not a finite number${where}`);
  }
  if (raw.value === null) return none(`${key} has no value${where}: ${raw.reason}`);
  return Number.isFinite(raw.value)
    ? { value: raw.value }
    : none(`${key} is not a finite number${where}`);
}

/** Half away from zero, to `digits` decimals (negative digits: tens, hundreds, …). */
function roundTo(x: number, digits: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (digits < 0) {
    const f = 10 ** -digits;
    return sign * Math.round(a / f) * f;
  }
  const f = 10 ** digits;
  // toPrecision(15) drops binary noise first: 1.005 * 100 = 100.49999999999999 → 100.5.
  return (sign * Math.round(Number((a * f).toPrecision(15)))) / f;
}

class Evaluator {
  constructor(private readonly context: FormulaContext) {}

  run(node: FormulaNode, inPrev: boolean): FormulaResult {
    const result = this.compute(node, inPrev);
    if (result.value === null || Number.isFinite(result.value)) return result;
    return none(`${formatFormula(node)} is not a finite number (too large)`);
  }

  compute(node: FormulaNode, inPrev: boolean): FormulaResult {
    switch (node.type) {
      case 'number':
        return { value: node.value };
      case 'metric':
        return operand(inPrev ? this.context.previous : this.context.values, node.key, inPrev);
      case 'negate':
        return this.map([node.argument], inPrev, ([x]) => -(x ?? NaN));
      case 'binary':
        if (node.operator === '/') return this.divide(node.left, node.right, undefined, inPrev);
        return this.map([node.left, node.right], inPrev, ([a = NaN, b = NaN]) =>
          node.operator === '+' ? a + b : node.operator === '-' ? a - b : a * b,
        );
      case 'call':
        return this.call(node.name, node.args, inPrev);
    }
  }

  /** Evaluates all nodes in order; the first without a value decides the result. */
  map(nodes: FormulaNode[], inPrev: boolean, f: (values: number[]) => number): FormulaResult {
    const values: number[] = [];
    for (const n of nodes) {
      const result = this.run(n, inPrev);
      if (result.value === null) return result;
      values.push(result.value);
    }
    return { value: f(values) };
  }

  divide(
    top: FormulaNode,
    bottom: FormulaNode,
    fallback: FormulaNode | undefined,
    inPrev: boolean,
  ): FormulaResult {
    const divisor = this.run(bottom, inPrev);
    if (divisor.value === null || divisor.value === 0) {
      if (fallback) return this.run(fallback, inPrev);
      if (divisor.value === null) return divisor;
      return none(
        `division by zero: ${formatFormula(bottom)} is 0${inPrev ? ' in the previous period' : ''}`,
      );
    }
    const dividend = this.run(top, inPrev);
    if (dividend.value === null) return dividend;
    return { value: dividend.value / divisor.value };
  }

  call(name: string, args: FormulaNode[], inPrev: boolean): FormulaResult {
    const [first, second, third] = args;
    switch (name) {
      case 'min':
        return this.map(args, inPrev, (xs) => Math.min(...xs));
      case 'max':
        return this.map(args, inPrev, (xs) => Math.max(...xs));
      case 'abs':
        return this.map(args, inPrev, ([x]) => Math.abs(x ?? NaN));
      case 'round':
        return this.map(args, inPrev, ([x, digits]) => roundTo(x ?? NaN, digits ?? 0));
      case 'div':
        if (!first || !second) return none('div needs two arguments');
        return this.divide(first, second, third, inPrev);
      case 'prev':
        if (!first) return none('prev needs one argument');
        if (this.context.previous === undefined) {
          return none(
            `prev(${formatFormula(first)}) has no value: no previous period values given`,
          );
        }
        return this.run(first, true);
      default:
        return none(`unknown function ${name}`);
    }
  }
}

/**
 * Evaluates a parsed formula for one period. Each metric's value must already be aggregated for
 * the period by its own kind (see `evaluateFormulaForPeriod`). A missing operand or a division by
 * zero gives no value, with a reason naming the metric or the divisor.
 *
 * @example
 * const { ast } = parseFormula('spend / new_customers');
 * evaluateFormula(ast, { values: { spend: 9000, new_customers: 30 } }); // { value: 300 }
 * evaluateFormula(ast, { values: { spend: 9000, new_customers: 0 } });
 * // { value: null, reason: 'division by zero: new_customers is 0' }
 */
export function evaluateFormula(ast: FormulaNode, context: FormulaContext): FormulaResult {
  const result = new Evaluator(context).run(ast, false);
  if (result.value === null) return result;
  return { value: result.value === 0 ? 0 : result.value };
}
