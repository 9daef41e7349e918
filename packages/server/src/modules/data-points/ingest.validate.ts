import type { z } from 'zod';
import {
  addCivilDays,
  atKey,
  componentsSchemaFor,
  isCivilDate,
  plainlyValidComponents,
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

/**
 * Day periods by key, shared by all batches and workspaces: a day's key is its date in every
 * calendar (DESIGN: period keys), and batches of daily data repeat the same days.
 */
const DAYS = new Map<string, Period>();
const MAX_DAYS = 20_000;

function dayPeriod(key: string): Period | undefined {
  let day = DAYS.get(key);
  if (day === undefined && CIVIL.test(key) && isCivilDate(key)) {
    if (DAYS.size >= MAX_DAYS) DAYS.clear();
    day = { grain: 'day', key, start: key, end: addCivilDays(key, 1) };
    DAYS.set(key, day);
  }
  return day;
}

/**
 * Parses each distinct period key once per batch (a 10,000-item batch has few distinct keys), and
 * likewise each `at` and each period's default `at`.
 */
class PeriodKeys {
  private readonly cache = new Map<string, Period | string>();
  private readonly ats = new Map<string, string | undefined>();
  private readonly edges = new Map<string, string>();
  constructor(private readonly calendar: Calendar) {}

  /** `atKey`, remembered. */
  readonly atKey = (at: string): string | undefined => {
    if (this.ats.has(at)) return this.ats.get(at);
    const key = atKey(at);
    this.ats.set(at, key);
    return key;
  };

  readonly atOk = (at: string): boolean => this.atKey(at) !== undefined;

  /** A stock's `at` when left out: the period's last day (`last`) or its first (`first`). */
  defaultAt(period: Period, kind: 'last' | 'first'): string {
    // A day is its own first and last day.
    if (kind === 'first' || period.grain === 'day') return period.start;
    let at = this.edges.get(period.key);
    if (at === undefined) {
      at = addCivilDays(period.end, -1);
      this.edges.set(period.key, at);
    }
    return at;
  }

  parse(key: string): Period | string {
    let hit: Period | string | undefined = this.cache.get(key) ?? dayPeriod(key);
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

/** One error of an item; a plain function, not a closure made per item (10,000 per batch). */
function failure(index: number, base: string, pointer: string, message: string) {
  return { errors: [{ item: index, pointer: `${base}${pointer}`, message }] };
}

function checkItem(
  item: DataPointBatchItem,
  index: number,
  base: string,
  metrics: MetricIndex,
  periods: PeriodKeys,
  calendar: Calendar,
): ValidItem | { errors: ItemError[] } {
  const metric =
    item.metricId !== undefined
      ? metrics.byId.get(item.metricId)
      : metrics.byKey.get(item.metricKey ?? '');
  if (!metric) {
    return item.metricId !== undefined
      ? failure(index, base, '/metricId', `no metric with id "${item.metricId}" in this workspace`)
      : failure(
          index,
          base,
          '/metricKey',
          `no metric with key "${item.metricKey}" in this workspace`,
        );
  }
  const metricField = item.metricId !== undefined ? '/metricId' : '/metricKey';
  if (metric.archivedAt) {
    return failure(
      index,
      base,
      metricField,
      `metric "${metric.key}" is archived; restore it to add data`,
    );
  }
  if (metric.sourceKind === 'formula') {
    return failure(
      index,
      base,
      metricField,
      `metric "${metric.key}" is a formula: its values are computed from its operands, write those instead`,
    );
  }
  if (item.source === 'formula') {
    return failure(
      index,
      base,
      '/source',
      'formula values are computed, not stored: use push, manual, upload, …',
    );
  }

  const period = periods.parse(item.periodKey);
  if (typeof period === 'string') return failure(index, base, '/periodKey', period);
  if (period.grain !== metric.baseGrain) {
    const example = calendar.periodOf(period.start, metric.baseGrain).key;
    return failure(
      index,
      base,
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
    raw = { ...raw, at: periods.defaultAt(period, kind) };
  }
  const components = plainlyValidComponents(kind, raw, periods.atOk)
    ? { success: true as const, data: raw }
    : componentsSchemaFor(kind).safeParse(raw);
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
    const at = periods.atKey(columns.at as string) as string;
    const day = CIVIL.test(at) ? at : calendar.dateOf(Date.parse(at));
    if (day < period.start || day >= period.end) {
      return failure(
        index,
        base,
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
