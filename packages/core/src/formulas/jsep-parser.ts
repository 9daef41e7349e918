import jsep from 'jsep';
import { FormulaSyntaxError, skipSpaces, tokenAt } from './errors';

export type JsepNode = jsep.Expression;

/** Where a jsep node sits in the text: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** The parts of jsep's parser class that are overridden here (jsep exports it as `jsep.Jsep`). */
interface JsepParser {
  index: number;
  readonly expr: string;
  parse(): JsepNode;
  gobbleSpaces(): void;
  gobbleToken(): JsepNode | false | undefined;
  gobbleNumericLiteral(): JsepNode;
  gobbleIdentifier(): JsepNode;
  gobbleBinaryOp(): string | false;
}
type JsepParserClass = new (expr: string) => JsepParser;

const JsepBase = (jsep as unknown as { Jsep: JsepParserClass }).Jsep;

/**
 * jsep's own parser, remembering where each token and binary operator was found, so validation
 * errors can name a position. Only this instance is changed: jsep's global settings are untouched.
 */
class TrackingParser extends JsepBase {
  readonly spans = new Map<JsepNode, Span>();
  readonly operators: { operator: string; index: number }[] = [];

  private mark<T extends JsepNode | false | undefined>(node: T, start: number): T {
    if (node && !this.spans.has(node)) {
      let end = this.index;
      while (end > start && /\s/.test(this.expr[end - 1] ?? '')) end -= 1;
      this.spans.set(node, { start, end });
    }
    return node;
  }

  override gobbleToken(): JsepNode | false | undefined {
    this.gobbleSpaces();
    const start = this.index;
    return this.mark(super.gobbleToken(), start);
  }

  override gobbleNumericLiteral(): JsepNode {
    const start = this.index;
    return this.mark(super.gobbleNumericLiteral(), start);
  }

  override gobbleIdentifier(): JsepNode {
    const start = this.index;
    return this.mark(super.gobbleIdentifier(), start);
  }

  override gobbleBinaryOp(): string | false {
    this.gobbleSpaces();
    const index = this.index;
    const operator = super.gobbleBinaryOp();
    if (operator) this.operators.push({ operator, index });
    return operator;
  }
}

/** jsep's tree of a formula with the positions of its parts. */
export interface LocatedTree {
  text: string;
  root: JsepNode;
  /** The span of any node of the tree. */
  span(node: JsepNode): Span;
  /** The position of a binary expression's operator. */
  operatorIndex(node: jsep.BinaryExpression): number;
}

const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Expected expression after (.+)$/, (m) => `a number, metric or "(" is missing after "${m[1]}"`],
  [/^Unexpected "(.*)"$/, (m) => `"${m[1]}" is not expected here`],
  [/^Unclosed \($/, () => 'a ")" is missing'],
  [/^Unclosed \[$/, () => 'a "]" is missing'],
  [/^Expected comma$/, () => 'a "," or ")" is missing between the arguments'],
  [/^Unexpected token (.*)$/, (m) => `"${m[1]}" is not expected here`],
  [/^Unexpected period$/, () => 'a "." is not expected here'],
  [/^Unexpected (.)$/, (m) => `"${m[1]}" is not expected here`],
  [/^missing unaryOp argument$/, () => 'a number, metric or "(" is missing after the sign'],
  [/^Variable names cannot start with a number/, () => 'a metric key cannot start with a digit'],
];

function jsepFailure(text: string, error: unknown): FormulaSyntaxError {
  const { index, description } = (error ?? {}) as { index?: unknown; description?: unknown };
  let at = typeof index === 'number' ? index : 0;
  const what = typeof description === 'string' ? description : String(error);
  // jsep reports some unexpected tokens after it has passed them: point at the token itself.
  const passed = /^Unexpected token (.)$/.exec(what)?.[1];
  if (passed !== undefined && text[at] !== passed) at = Math.max(0, text.lastIndexOf(passed, at));
  const { position, token } = tokenAt(text, at);
  for (const [pattern, reason] of REASONS) {
    const match = pattern.exec(what);
    if (match) return new FormulaSyntaxError(text, position, token, reason(match));
  }
  return new FormulaSyntaxError(text, position, token, what);
}

/** Parses with jsep; jsep's own errors become {@link FormulaSyntaxError}s. */
export function parseWithJsep(text: string): LocatedTree {
  const parser = new TrackingParser(text);
  let root: JsepNode;
  try {
    root = parser.parse();
  } catch (error) {
    throw jsepFailure(text, error);
  }
  const span = (node: JsepNode): Span => {
    const known = parser.spans.get(node);
    if (known) return known;
    const parts = childrenInOrder(node);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) return { start: 0, end: text.length };
    return { start: span(first).start, end: span(last).end };
  };
  const operatorIndex = (node: jsep.BinaryExpression): number => {
    const after = span(node.left).end;
    const found = parser.operators.find((o) => o.index >= after && o.operator === node.operator);
    return found ? found.index : skipSpaces(text, after);
  };
  return { text, root, span, operatorIndex };
}

function childrenInOrder(node: JsepNode): JsepNode[] {
  const isNode = (x: unknown): x is JsepNode =>
    typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
  switch (node.type) {
    case 'BinaryExpression':
      return [node['left'], node['right']].filter(isNode);
    case 'ConditionalExpression':
      return [node['test'], node['alternate']].filter(isNode);
    case 'Compound':
      return ((node['body'] as unknown[]) ?? []).filter(isNode);
    case 'SequenceExpression':
      return ((node['expressions'] as unknown[]) ?? []).filter(isNode);
    default:
      return [];
  }
}
