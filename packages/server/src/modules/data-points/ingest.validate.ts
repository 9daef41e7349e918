import type { z } from 'zod';
import {
  addCivilDays,
  atKey,
  componentsSchemaFor,
  isCivilDate,
  type Calendar,
  type DataPointBatchItem,
  type MetricSourceKind,
  type Period,
  type ProblemIssue,
} from '@vitals/core';
import { ItemShapes } from './ingest.shape';
import { dimKeyOf, toColumns, type ComponentColumns, type MetricDef } from './data-points.rows';

/** An item that passed every check, ready to be compared with the store. */
export interface ValidItem {
  index: number;
  metric: MetricDef;
  periodKey: string;
  periodStart: string;
  dimKey: string;
  columns: ComponentColumns;
  source: MetricSourceKind;
  note: string;
}

export type ItemError = ProblemIssue & { item: number };

export interface MetricIndex {
  byId: ReadonlyMap<string, MetricDef>;
  byKey: ReadonlyMap<string, MetricDef>;
}

const CIVIL = /^\d{4}-\d{2}-\d{2}$/;

/** Parses each distinct period key once per batch (a 10,000-item batch has few distinct keys). */
class PeriodKeys {
  private readonly cache = new Map<string, Period | string>();
  constructor(private readonly calendar: Calendar) {}

  parse(key: string): Period | string {
    let hit = this.cache.get(key);
    if (hit === undefined && CIVIL.test(key) && isCivilDate(key)) {
      // A day's key is its date in every calendar (DESIGN: period keys): no calendar lookup.
      hit = { grain: 'day', key, start: key, end: addCivilDays(key, 1) };
      this.cache.set(key, hit);
    }
    if (hit === undefined) {
      try {
        hit = this.calendar.parseKey(key);
      } catch (error) {
        hit = error instanceof Error ? error.message : String(error);
      }
      this.cache.set(key, hit);
    }
    return hit;
  }
}

function issuesAt(base: string, issues: readonly z.core.$ZodIssue[], item: number): ItemError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return {
        item,
        pointer: [base, ...path, issue.keys[0] ?? ''].join('/'),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    return { item, pointer: [base, ...path].join('/'), message: issue.message };
  });
}

/**
 * Checks one batch in memory against the metrics it names and the workspace calendar. Every bad
 * item gets errors naming the field at fault (`/body/items/12/components/denominator`).
 */
export function validateBatch(
  items: readonly unknown[],
  metrics: MetricIndex,
  calendar: Calendar,
): { valid: ValidItem[]; errors: ItemError[] } {
  const periods = new PeriodKeys(calendar);
  const shapes = new ItemShapes();
  const valid = new Map<number, ValidItem>();
  const errors: ItemError[] = [];
  const firstByKey = new Map<string, number>();
  const duplicated = new Set<number>();

  items.forEach((raw, index) => {
    const base = `/body/items/${index}`;
    const parsed = shapes.parse(raw);
    if ('issues' in parsed) {
      errors.push(...issuesAt(base, parsed.issues, index));
      return;
    }
    const result = checkItem(parsed.data, index, base, metrics, periods, calendar);
    if ('errors' in result) {
      errors.push(...result.errors);
      return;
    }
    const key = `${result.metric.id}\u0000${result.periodKey}\u0000${result.dimKey}`;
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, index);
      valid.set(index, result);
      return;
    }
    const what = `metric "${result.metric.key}", period ${result.periodKey}, dimensions ${result.dimKey}`;
    errors.push({
      item: index,
      pointer: base,
      message: `duplicates item ${first} (same ${what}): send one value per metric, period and dimensions`,
    });
    if (!duplicated.has(first)) {
      duplicated.add(first);
      valid.delete(first);
      errors.push({
        item: first,
        pointer: `/body/items/${first}`,
        message: `duplicated by item ${index} (same ${what}): send one value per metric, period and dimensions`,
      });
    }
  });
  errors.sort((a, b) => a.item - b.item);
  return { valid: [...valid.values()], errors };
}

function checkItem(
  item: DataPointBatchItem,
  index: number,
  base: string,
  metrics: MetricIndex,
  periods: PeriodKeys,
  calendar: Calendar,
): ValidItem | { errors: ItemError[] } {
  const fail = (pointer: string, message: string) => ({
    errors: [{ item: index, pointer: `${base}${pointer}`, message }],
  });
  const metric =
    item.metricId !== undefined
      ? metrics.byId.get(item.metricId)
      : metrics.byKey.get(item.metricKey ?? '');
  if (!metric) {
    return item.metricId !== undefined
      ? fail('/metricId', `no metric with id "${item.metricId}" in this workspace`)
      : fail('/metricKey', `no metric with key "${item.metricKey}" in this workspace`);
  }
  const metricField = item.metricId !== undefined ? '/metricId' : '/metricKey';
  if (metric.archivedAt) {
    return fail(metricField, `metric "${metric.key}" is archived; restore it to add data`);
  }
  if (metric.sourceKind === 'formula') {
    return fail(
      metricField,
      `metric "${metric.key}" is a formula: its values are computed from its operands, write those instead`,
    );
  }
  if (item.source === 'formula') {
    return fail('/source', 'formula values are computed, not stored: use push, manual, upload, …');
  }

  const period = periods.parse(item.periodKey);
  if (typeof period === 'string') return fail('/periodKey', period);
  if (period.grain !== metric.baseGrain) {
    const example = calendar.periodOf(period.start, metric.baseGrain).key;
    return fail(
      '/periodKey',
      `"${item.periodKey}" is a ${period.grain}, but metric "${metric.key}" stores ${metric.baseGrain}s (such as ${example})`,
    );
  }

  const errors: ItemError[] = [];
  const allowed = metric.dimensions;
  for (const name of Object.keys(item.dimensions)) {
    if (!allowed.includes(name)) {
      errors.push({
        item: index,
        pointer: `${base}/dimensions/${name}`,
        message: `metric "${metric.key}" has no dimension "${name}" (its dimensions: ${allowed.join(', ') || 'none'})`,
      });
    }
  }
  for (const name of allowed) {
    if (!Object.hasOwn(item.dimensions, name)) {
      errors.push({
        item: index,
        pointer: `${base}/dimensions`,
        message: `missing a value for dimension "${name}" of metric "${metric.key}"`,
      });
    }
  }

  const kind = metric.aggregation;
  const stamped = kind === 'last' || kind === 'first';
  let raw: Record<string, unknown> = item.components;
  // A stock without `at` is the value as of the period: its last day (last) or first day (first).
  if (stamped && raw['at'] === undefined) {
    raw = { ...raw, at: kind === 'last' ? addCivilDays(period.end, -1) : period.start };
  }
  const components = componentsSchemaFor(kind).safeParse(raw);
  if (!components.success) {
    errors.push(...issuesAt(`${base}/components`, components.error.issues, index));
    for (const e of errors) {
      if (e.message.startsWith('unknown field')) {
        e.message += ` (a ${kind} metric takes ${componentNames(kind)})`;
      }
    }
    return { errors };
  }
  if (errors.length > 0) return { errors };

  const columns = toColumns(kind, components.data as unknown as Record<string, unknown>);
  if (stamped) {
    const at = atKey(columns.at as string) as string;
    const day = CIVIL.test(at) ? at : calendar.dateOf(Date.parse(at));
    if (day < period.start || day >= period.end) {
      return fail(
        '/components/at',
        `the observation (${day}) lies outside the period ${item.periodKey} (${period.start} to ${addCivilDays(period.end, -1)})`,
      );
    }
    columns.at = at;
  }
  return {
    index,
    metric,
    periodKey: period.key,
    periodStart: period.start,
    dimKey: dimKeyOf(item.dimensions),
    columns,
    source: item.source,
    note: item.note,
  };
}

function componentNames(kind: string): string {
  switch (kind) {
    case 'sum':
      return 'sum';
    case 'average':
      return 'sum and count';
    case 'ratio':
      return 'numerator and denominator';
    case 'last':
    case 'first':
      return 'value and at';
    default:
      return 'value';
  }
}
