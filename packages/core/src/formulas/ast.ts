/** The functions a formula may call. */
export const FORMULA_FUNCTIONS = ['min', 'max', 'abs', 'round', 'div', 'prev'] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

export type FormulaBinaryOperator = '+' | '-' | '*' | '/';

/** The typed syntax tree of a formula (validated from jsep's tree). */
export type FormulaNode =
  | { type: 'number'; value: number }
  /** A metric's value for the period, by metric key. */
  | { type: 'metric'; key: string }
  | { type: 'negate'; argument: FormulaNode }
  | { type: 'binary'; operator: FormulaBinaryOperator; left: FormulaNode; right: FormulaNode }
  | { type: 'call'; name: FormulaFunction; args: FormulaNode[] };

const PRECEDENCE: Record<FormulaBinaryOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function precedence(node: FormulaNode): number {
  if (node.type === 'binary') return PRECEDENCE[node.operator];
  return node.type === 'negate' ? 3 : 4;
}

/**
 * Writes a formula back as text, with only the parentheses it needs.
 *
 * @example
 * formatFormula(parseFormula('((revenue - cogs)) / revenue').ast); // '(revenue - cogs) / revenue'
 */
export function formatFormula(node: FormulaNode): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'metric':
      return node.key;
    case 'negate': {
      const inner = formatFormula(node.argument);
      return precedence(node.argument) < 3 ? `-(${inner})` : `-${inner}`;
    }
    case 'binary': {
      const own = PRECEDENCE[node.operator];
      const left = formatFormula(node.left);
      const right = formatFormula(node.right);
      const rightNeedsParens =
        precedence(node.right) < own ||
        (precedence(node.right) === own && (node.operator === '-' || node.operator === '/'));
      return `${precedence(node.left) < own ? `(${left})` : left} ${node.operator} ${
        rightNeedsParens ? `(${right})` : right
      }`;
    }
    case 'call':
      return `${node.name}(${node.args.map(formatFormula).join(', ')})`;
  }
}

/**
 * Every metric key a formula reads, and those it reads for the previous period (inside prev()).
 *
 * @example
 * collectReferences(parseFormula('a / prev(b)').ast); // { current: Set {'a'}, previous: Set {'b'} }
 */
export function collectReferences(node: FormulaNode): {
  current: Set<string>;
  previous: Set<string>;
} {
  const current = new Set<string>();
  const previous = new Set<string>();
  const walk = (n: FormulaNode, inPrev: boolean): void => {
    switch (n.type) {
      case 'metric':
        (inPrev ? previous : current).add(n.key);
        return;
      case 'negate':
        return walk(n.argument, inPrev);
      case 'binary':
        walk(n.left, inPrev);
        return walk(n.right, inPrev);
      case 'call':
        for (const arg of n.args) walk(arg, inPrev || n.name === 'prev');
        return;
      case 'number':
        return;
    }
  };
  walk(node, false);
  return { current, previous };
}
