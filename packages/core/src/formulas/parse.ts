import type jsep from 'jsep';
import {
  collectReferences,
  FORMULA_FUNCTIONS,
  type FormulaBinaryOperator,
  type FormulaFunction,
  type FormulaNode,
} from './ast';
import { FormulaSyntaxError, skipSpaces, tokenAt } from './errors';
import { parseWithJsep, type JsepNode, type LocatedTree } from './jsep-parser';

/** A parsed, validated formula. */
export interface ParsedFormula {
  /** The text as written. */
  text: string;
  ast: FormulaNode;
  /** Every metric key the formula reads, unique and sorted. */
  references: string[];
  /** The metric keys read for the previous period (inside prev()), unique and sorted. */
  previousReferences: string[];
  /** True when the formula needs the previous period's values. */
  usesPrevious: boolean;
}

const METRIC_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPERATORS = new Set<string>(['+', '-', '*', '/']);
const SUPPORTED = 'use + - * / ( ) and min, max, abs, round, div, prev';
const ARITY: Record<FormulaFunction, { min: number; max: number; usage: string }> = {
  min: { min: 1, max: Infinity, usage: 'min(a, b, …)' },
  max: { min: 1, max: Infinity, usage: 'max(a, b, …)' },
  abs: { min: 1, max: 1, usage: 'abs(x)' },
  round: { min: 1, max: 2, usage: 'round(x) or round(x, digits)' },
  div: { min: 2, max: 3, usage: 'div(a, b) or div(a, b, fallback)' },
  prev: { min: 1, max: 1, usage: 'prev(x)' },
};

const isFunction = (name: string): name is FormulaFunction =>
  (FORMULA_FUNCTIONS as readonly string[]).includes(name);

class Validator {
  constructor(private readonly tree: LocatedTree) {}

  fail(node: JsepNode, reason: string, at?: number): never {
    const { position, token } = tokenAt(this.tree.text, at ?? this.tree.span(node).start);
    throw new FormulaSyntaxError(this.tree.text, position, token, reason);
  }

  /** jsep skips separators such as ";" around an expression: allow only spaces and parentheses. */
  wholeText(): void {
    const { text, root } = this.tree;
    const { start, end } = this.tree.span(root);
    const outside = (from: number, to: number, allowed: RegExp) => {
      for (let i = from; i < to; i += 1) {
        if (!allowed.test(text[i] ?? '')) this.fail(root, 'a formula is a single expression', i);
      }
    };
    outside(0, start, /[\s(]/);
    outside(end, text.length, /[\s)]/);
  }

  source(node: JsepNode): string {
    const { start, end } = this.tree.span(node);
    return this.tree.text.slice(start, end);
  }

  /** The first non-space character after a node. */
  after(node: JsepNode): number {
    return skipSpaces(this.tree.text, this.tree.span(node).end);
  }

  node(node: JsepNode, inPrev: boolean): FormulaNode {
    switch (node.type) {
      case 'Literal': {
        const { value, raw } = node as jsep.Literal;
        if (typeof value !== 'number') {
          const what = typeof value === 'string' ? 'text' : `"${raw}"`;
          this.fail(node, `${what} is not supported here; a formula works with numbers`);
        }
        if (!Number.isFinite(value)) this.fail(node, `the number ${raw} is too large`);
        return { type: 'number', value };
      }
      case 'Identifier':
        return this.metric(node as jsep.Identifier);
      case 'UnaryExpression': {
        const { operator, argument } = node as jsep.UnaryExpression;
        if (operator !== '-' && operator !== '+') {
          this.fail(node, `the operator "${operator}" is not supported; ${SUPPORTED}`);
        }
        const inner = this.node(argument, inPrev);
        return operator === '-' ? { type: 'negate', argument: inner } : inner;
      }
      case 'BinaryExpression': {
        const binary = node as jsep.BinaryExpression;
        if (!OPERATORS.has(binary.operator)) {
          const at = this.tree.operatorIndex(binary);
          this.fail(node, `the operator "${binary.operator}" is not supported; ${SUPPORTED}`, at);
        }
        return {
          type: 'binary',
          operator: binary.operator as FormulaBinaryOperator,
          left: this.node(binary.left, inPrev),
          right: this.node(binary.right, inPrev),
        };
      }
      case 'CallExpression':
        return this.call(node as jsep.CallExpression, inPrev);
      case 'MemberExpression': {
        const { object } = node as jsep.MemberExpression;
        return this.fail(
          node,
          `"${this.source(node)}" is not supported: metric keys are plain names ` +
            '(letters, digits and underscore) without "." or "[ ]"',
          this.after(object),
        );
      }
      case 'Compound':
      case 'SequenceExpression': {
        const parts = (node.type === 'Compound' ? node['body'] : node['expressions']) as JsepNode[];
        const first = parts[0];
        if (!first) this.fail(node, 'the formula is empty');
        return this.fail(node, 'a formula is a single expression', this.after(first));
      }
      case 'ConditionalExpression': {
        const { test } = node as jsep.ConditionalExpression;
        const at = this.tree.text.indexOf('?', this.tree.span(test).end);
        return this.fail(node, `conditions (a ? b : c) are not supported; ${SUPPORTED}`, at);
      }
      case 'ThisExpression':
        return this.fail(node, '"this" is not supported; refer to metrics by their key');
      case 'ArrayExpression':
        return this.fail(node, `lists ([ ]) are not supported; ${SUPPORTED}`);
    }
    return this.fail(node, `"${this.source(node)}" is not supported; ${SUPPORTED}`);
  }

  metric(node: jsep.Identifier): FormulaNode {
    if (isFunction(node.name)) {
      this.fail(node, `"${node.name}" is a function: call it as ${ARITY[node.name].usage}`);
    }
    if (!METRIC_KEY.test(node.name)) {
      this.fail(node, `"${node.name}" is not a metric key: use letters, digits and underscore`);
    }
    return { type: 'metric', key: node.name };
  }

  call(node: jsep.CallExpression, inPrev: boolean): FormulaNode {
    const callee = node.callee;
    if (callee.type === 'MemberExpression') return this.node(callee, inPrev);
    if (callee.type !== 'Identifier') {
      this.fail(
        node,
        `only the functions ${FORMULA_FUNCTIONS.join(', ')} can be called`,
        this.after(callee),
      );
    }
    const name = (callee as jsep.Identifier).name;
    if (!isFunction(name)) {
      this.fail(callee, `unknown function "${name}"; available: ${FORMULA_FUNCTIONS.join(', ')}`);
    }
    const { min, max, usage } = ARITY[name];
    const count = node.arguments.length;
    if (count < min || count > max) {
      const expected =
        min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} or ${max}`;
      const noun = expected.endsWith(' 1') || expected === '1' ? 'argument' : 'arguments';
      this.fail(callee, `${name} takes ${expected} ${noun} (${usage}); found ${count}`);
    }
    if (name === 'prev' && inPrev)
      this.fail(callee, 'prev() cannot be nested: it reaches back one period');
    const args = node.arguments.map((arg) => this.node(arg, inPrev || name === 'prev'));
    const digits = args[1];
    if (name === 'round' && digits !== undefined)
      this.checkDigits(node.arguments[1] as JsepNode, digits);
    return { type: 'call', name, args };
  }

  checkDigits(source: JsepNode, digits: FormulaNode): void {
    const value =
      digits.type === 'number'
        ? digits.value
        : digits.type === 'negate' && digits.argument.type === 'number'
          ? -digits.argument.value
          : undefined;
    if (value === undefined || !Number.isInteger(value) || Math.abs(value) > 15) {
      this.fail(source, 'the digits of round(x, digits) must be a whole number from -15 to 15');
    }
  }
}

/**
 * Parses a formula over metric keys with jsep and validates it into a {@link FormulaNode}: numbers,
 * metric keys, + - * /, parentheses, unary minus/plus and the functions min, max, abs, round, div,
 * prev. Anything else throws a {@link FormulaSyntaxError} naming the position and the token.
 * Never evaluates the text.
 *
 * @example
 * parseFormula('(revenue - cogs) / revenue * 100').references; // ['cogs', 'revenue']
 * parseFormula('revenue +* cost'); // throws: "*" at position 9: a number, metric or "(" is missing after "+"
 */
export function parseFormula(text: string): ParsedFormula {
  if (text.trim() === '') throw new FormulaSyntaxError(text, 0, '', 'the formula is empty');
  const tree = parseWithJsep(text);
  const validator = new Validator(tree);
  validator.wholeText();
  const ast = validator.node(tree.root, false);
  const { current, previous } = collectReferences(ast);
  const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();
  return {
    text,
    ast,
    references: sorted([...current, ...previous]),
    previousReferences: sorted(previous),
    usesPrevious: previous.size > 0 || hasPrev(ast),
  };
}

function hasPrev(node: FormulaNode): boolean {
  switch (node.type) {
    case 'call':
      return node.name === 'prev' || node.args.some(hasPrev);
    case 'binary':
      return hasPrev(node.left) || hasPrev(node.right);
    case 'negate':
      return hasPrev(node.argument);
    default:
      return false;
  }
}
