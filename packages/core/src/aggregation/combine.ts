import {
  assertComponents,
  compareAt,
  type AggregateResult,
  type AverageComponents,
  type Components,
  type ComponentsByKind,
  type RatioComponents,
  type StampedComponents,
  type SumComponents,
  type SingleValueComponents,
} from './components';
import type { AggregationKind } from './kind';

/** Thrown when values of a `distinct` metric would have to be combined. */
export class DistinctRollUpError extends Error {
  override readonly name = 'DistinctRollUpError';
  constructor(detail: string) {
    super(
      `distinct values cannot be rolled up (${detail}): a unique count of a larger period or group is ` +
        'not the sum of the smaller ones; the source must compute it for the period asked',
    );
  }
}

/** The later observation; on the same `at`, the larger value (so the rule is commutative). */
function later(a: StampedComponents, b: StampedComponents): StampedComponents {
  const order = compareAt(a.at, b.at);
  if (order !== 0) return order > 0 ? a : b;
  return a.value >= b.value ? a : b;
}

/** The earlier observation; on the same `at`, the smaller value. */
function earlier(a: StampedComponents, b: StampedComponents): StampedComponents {
  const order = compareAt(a.at, b.at);
  if (order !== 0) return order < 0 ? a : b;
  return a.value <= b.value ? a : b;
}

function combineUnchecked(kind: AggregationKind, a: Components, b: Components): Components {
  switch (kind) {
    case 'sum':
      return { sum: (a as SumComponents).sum + (b as SumComponents).sum };
    case 'average': {
      const [x, y] = [a as AverageComponents, b as AverageComponents];
      return { sum: x.sum + y.sum, count: x.count + y.count };
    }
    case 'ratio': {
      const [x, y] = [a as RatioComponents, b as RatioComponents];
      return { numerator: x.numerator + y.numerator, denominator: x.denominator + y.denominator };
    }
    case 'last': {
      const { value, at } = later(a as StampedComponents, b as StampedComponents);
      return { value, at };
    }
    case 'first': {
      const { value, at } = earlier(a as StampedComponents, b as StampedComponents);
      return { value, at };
    }
    case 'min':
      return {
        value: Math.min((a as SingleValueComponents).value, (b as SingleValueComponents).value),
      };
    case 'max':
      return {
        value: Math.max((a as SingleValueComponents).value, (b as SingleValueComponents).value),
      };
    case 'distinct':
      throw new DistinctRollUpError('two values were given');
  }
}

/**
 * Merges two components of the same metric by its kind's rule across time: sums add, averages and
 * ratios add their parts, `last`/`first` keep the later/earlier observation by `at`, min/max keep
 * the extreme. Associative and commutative. `distinct` throws a {@link DistinctRollUpError}.
 *
 * @example
 * combine('ratio', { numerator: 3, denominator: 10 }, { numerator: 1, denominator: 90 });
 * // { numerator: 4, denominator: 100 }
 */
export function combine<K extends AggregationKind>(
  kind: K,
  a: ComponentsByKind[K],
  b: ComponentsByKind[K],
): ComponentsByKind[K] {
  assertComponents(kind, a);
  assertComponents(kind, b);
  return combineUnchecked(kind, a, b) as ComponentsByKind[K];
}

/**
 * Rolls a list of components (e.g. the days of a month) up into one. Throws on an empty list
 * (no data is not zero) and for `distinct` with more than one component.
 *
 * @example
 * rollUp('last', [{ value: 40, at: '2026-01-31' }, { value: 42, at: '2026-03-31' }]);
 * // { value: 42, at: '2026-03-31' }
 */
export function rollUp<K extends AggregationKind>(
  kind: K,
  components: readonly ComponentsByKind[K][],
): ComponentsByKind[K] {
  const [first, ...rest] = components;
  if (first === undefined) throw new RangeError(`nothing to roll up: no ${kind} components given`);
  if (kind === 'distinct' && rest.length > 0) {
    throw new DistinctRollUpError(`${components.length} values were given`);
  }
  assertComponents(kind, first);
  return rest.reduce<ComponentsByKind[K]>((acc, c) => combine(kind, acc, c), first);
}

/**
 * Merges the components of different dimension values (e.g. regions) of one period into their
 * total. Same as {@link combine} except for stocks: the total headcount of all regions is the
 * sum of each region's `last` (`first`) value, with the latest (earliest) `at` among them.
 *
 * @example
 * combineAcrossDimensions('last', { value: 40, at: '2026-03-31' }, { value: 12, at: '2026-03-30' });
 * // { value: 52, at: '2026-03-31' }
 */
export function combineAcrossDimensions<K extends AggregationKind>(
  kind: K,
  a: ComponentsByKind[K],
  b: ComponentsByKind[K],
): ComponentsByKind[K] {
  if (kind !== 'last' && kind !== 'first') return combine(kind, a, b);
  assertComponents(kind, a);
  assertComponents(kind, b);
  const [x, y] = [a as StampedComponents, b as StampedComponents];
  const order = compareAt(x.at, y.at);
  const at = (kind === 'last' ? order >= 0 : order <= 0) ? x.at : y.at;
  const total: StampedComponents = { value: x.value + y.value, at };
  return total as ComponentsByKind[K];
}

/**
 * The total of several dimension values' components within one period (see
 * {@link combineAcrossDimensions}). Throws on an empty list and for `distinct` with more than one.
 *
 * @example
 * totalAcrossDimensions('sum', [{ sum: 5 }, { sum: 7 }]); // { sum: 12 }
 */
export function totalAcrossDimensions<K extends AggregationKind>(
  kind: K,
  components: readonly ComponentsByKind[K][],
): ComponentsByKind[K] {
  const [first, ...rest] = components;
  if (first === undefined) throw new RangeError(`nothing to total: no ${kind} components given`);
  if (kind === 'distinct' && rest.length > 0) {
    throw new DistinctRollUpError(`a total across ${components.length} dimension values was asked`);
  }
  assertComponents(kind, first);
  return rest.reduce<ComponentsByKind[K]>((acc, c) => combineAcrossDimensions(kind, acc, c), first);
}

function finite(value: number, what: string): AggregateResult {
  return Number.isFinite(value)
    ? { value: value === 0 ? 0 : value }
    : { value: null, reason: `${what} is not a finite number` };
}

/**
 * The final value of components: Σsum / Σcount for averages, numerator / denominator for ratios,
 * the value itself otherwise. A zero count or denominator gives no value with a reason.
 *
 * @example
 * finalize('ratio', { numerator: 4, denominator: 100 }); // { value: 0.04 }
 * finalize('average', { sum: 0, count: 0 }); // { value: null, reason: 'no observations to average (count is 0)' }
 */
export function finalize<K extends AggregationKind>(
  kind: K,
  components: ComponentsByKind[K],
): AggregateResult {
  assertComponents(kind, components);
  switch (kind) {
    case 'sum':
      return finite((components as SumComponents).sum, 'the sum');
    case 'average': {
      const { sum, count } = components as AverageComponents;
      if (count === 0) return { value: null, reason: 'no observations to average (count is 0)' };
      return finite(sum / count, 'the average');
    }
    case 'ratio': {
      const { numerator, denominator } = components as RatioComponents;
      if (denominator === 0) return { value: null, reason: 'the denominator is 0' };
      return finite(numerator / denominator, 'the ratio');
    }
    default:
      return finite((components as SingleValueComponents).value, 'the value');
  }
}
