import type { MetricUnit, ValueComponents } from '@vitals/core';
import { formatValue, type NumberContext } from '../../format/number';

/**
 * A stored point's value from its components, as its kind stores it: a sum, an average
 * (sum ÷ count), a ratio (numerator / denominator) or an observed value.
 * @example componentsText({ numerator: 10, denominator: 100 }, unit, ctx); // "10 / 100"
 */
export function componentsText(
  components: ValueComponents,
  unit: MetricUnit,
  context: NumberContext,
): string {
  const n = (key: string) => (typeof components[key] === 'number' ? components[key] : null);
  const v = (value: number | null) => formatValue(value, unit, context);
  const plain = (value: number | null) =>
    value === null ? '—' : new Intl.NumberFormat(context.locale).format(value);
  const sum = n('sum');
  const count = n('count');
  if (sum !== null && count !== null) {
    return `${v(count === 0 ? null : sum / count)} (average of ${plain(count)})`;
  }
  const numerator = n('numerator');
  const denominator = n('denominator');
  if (numerator !== null || denominator !== null)
    return `${plain(numerator)} / ${plain(denominator)}`;
  if (sum !== null) return v(sum);
  const value = n('value');
  if (value !== null) {
    const at = typeof components.at === 'string' ? ` at ${components.at}` : '';
    return `${v(value)}${at}`;
  }
  return Object.entries(components)
    .map(([key, part]) => `${key} ${part}`)
    .join(', ');
}

/** "Ada Admin", "an API token", "system (csv import)": who an actor is. */
export function actorText(actor: string, names: ReadonlyMap<string, string>): string {
  const [kind, ...rest] = actor.split(':');
  const id = rest.join(':');
  if (kind === 'user') return names.get(id) ?? 'a person';
  if (kind === 'token') return 'an API token';
  if (kind === 'system') return `the system (${id})`;
  return actor;
}

const SOURCES: Record<string, string> = {
  manual: 'Typed in',
  push: 'Push API',
  upload: 'File upload',
  sql: 'SQL query',
  file: 'File',
  http: 'HTTP endpoint',
  formula: 'Formula',
};

export function sourceText(source: string): string {
  return SOURCES[source] ?? source;
}
