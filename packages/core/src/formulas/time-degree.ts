import type { AggregationKind } from '../aggregation/kind';
import { collectReferences, type FormulaNode } from './ast';

/** How a kind's value grows with the window it is measured over: flows in proportion, the rest not. */
const KIND_DEGREE: Record<AggregationKind, number> = {
  sum: 1,
  // A count of distinct things grows with the window too (less than in proportion).
  distinct: 1,
  last: 0,
  first: 0,
  average: 0,
  ratio: 0,
  min: 0,
  max: 0,
};

/**
 * How a formula's value grows with the length of the window it is measured over: 1 when it grows
 * in proportion (a flow, or a flow over a stock — a month's churn is its losses over its opening
 * customers, so ten days show about a third of it), 0 when it does not (a flow over a flow such as
 * CAC or a conversion rate, a stock, a level), null when it is neither (a flow plus a stock, a
 * stock over a flow).
 *
 * @example
 * formulaTimeDegree(parseFormula('lost / customers_at_start * 100').ast, kinds); // 1
 * formulaTimeDegree(parseFormula('spend / new_customers').ast, kinds); // 0
 */
export function formulaTimeDegree(
  node: FormulaNode,
  kindOf: (key: string) => AggregationKind | undefined,
): 0 | 1 | null {
  const degree = degreeOf(node, kindOf);
  return degree === 0 || degree === 1 ? degree : null;
}

function degreeOf(
  node: FormulaNode,
  kindOf: (key: string) => AggregationKind | undefined,
): number | null {
  const of = (n: FormulaNode) => degreeOf(n, kindOf);
  // Terms added together must grow alike; a constant term fits any of them.
  const same = (nodes: readonly FormulaNode[]) => {
    const terms = nodes.filter((n) => n.type !== 'number');
    if (terms.length === 0) return 0;
    const degrees = terms.map(of);
    return degrees.every((d) => d !== null && d === degrees[0]) ? (degrees[0] ?? null) : null;
  };
  switch (node.type) {
    case 'number':
      return 0;
    case 'metric': {
      const kind = kindOf(node.key);
      return kind === undefined ? null : KIND_DEGREE[kind];
    }
    case 'negate':
      return of(node.argument);
    case 'binary': {
      if (node.operator === '+' || node.operator === '-') return same([node.left, node.right]);
      const [left, right] = [of(node.left), of(node.right)];
      if (left === null || right === null) return null;
      return node.operator === '*' ? left + right : left - right;
    }
    case 'call':
      switch (node.name) {
        case 'abs':
        case 'round':
          return node.args[0] ? of(node.args[0]) : null;
        case 'min':
        case 'max':
          return same(node.args);
        case 'div': {
          const [a, b] = node.args;
          const [left, right] = [a && of(a), b && of(b)];
          return typeof left === 'number' && typeof right === 'number' ? left - right : null;
        }
        case 'prev':
          // The previous period's value is fixed while this one runs.
          return 0;
      }
  }
}

/**
 * The aggregation kind a formula's result behaves like, which decides its pacing and how its
 * targets add up over periods: `sum` when it grows with the window (degree 1: gross profit, churn,
 * inventory turnover), the stock's kind when it only adds or scales one kind of stock
 * (ARR = MRR × 12), otherwise `ratio`, a level (margins, CAC, conversion rates, a stock over a
 * stock).
 *
 * @example
 * formulaKind(parseFormula('lost / customers_at_start * 100').ast, kinds); // 'sum'
 */
export function formulaKind(
  node: FormulaNode,
  kindOf: (key: string) => AggregationKind | undefined,
): AggregationKind {
  const degree = formulaTimeDegree(node, kindOf);
  if (degree === 1) return 'sum';
  const { current, previous } = collectReferences(node);
  const kinds = new Set([...current, ...previous].map(kindOf));
  // Only sums and multiples of one kind of stock are a stock (ARR = MRR × 12); a stock over a stock
  // (a schedule performance index) is a level.
  if (degree === 0 && kinds.size === 1 && !dividesByMetric(node)) {
    const [only] = kinds;
    if (only === 'last' || only === 'first') return only;
  }
  return 'ratio';
}

/** True when some metric is divided by a metric (or by something that reads one). */
function dividesByMetric(node: FormulaNode): boolean {
  const readsMetric = (n: FormulaNode) => collectReferences(n).current.size > 0;
  switch (node.type) {
    case 'number':
    case 'metric':
      return false;
    case 'negate':
      return dividesByMetric(node.argument);
    case 'binary':
      return (
        (node.operator === '/' && readsMetric(node.right)) ||
        dividesByMetric(node.left) ||
        dividesByMetric(node.right)
      );
    case 'call':
      return (
        (node.name === 'div' && node.args[1] !== undefined && readsMetric(node.args[1])) ||
        node.args.some(dividesByMetric)
      );
  }
}
