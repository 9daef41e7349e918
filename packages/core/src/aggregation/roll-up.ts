import type { Calendar } from '../calendar/calendar';
import type { CivilDate } from '../calendar/civil-date';
import type { Grain, Period } from '../calendar/period';
import { DistinctRollUpError, finalize, rollUp, totalAcrossDimensions } from './combine';
import type { AggregateResult, ComponentsByKind } from './components';
import {
  breakdownOf,
  compareBreakdown,
  dimensionsLabel,
  matchesFilter,
  seriesKey,
  type BreakdownValues,
  type PointDimensions,
  type RollUpFilter,
} from './dimensions';
import type { AggregationKind } from './kind';
import { PeriodLookup } from './period-lookup';

/** One stored value of a metric: its base period, its components and its dimension values. */
export interface AggregationPoint<K extends AggregationKind = AggregationKind> {
  /** The base-grain period, or its first day. */
  period: Period | CivilDate;
  components: ComponentsByKind[K];
  dimensions?: PointDimensions;
}

export interface DimensionRollUpOptions {
  /** Dimension names to keep apart: one result row per combination of their values. */
  breakdown?: readonly string[];
  /** Only points whose dimensions match. */
  where?: RollUpFilter;
}

export interface PeriodRollUpOptions<K extends AggregationKind> extends DimensionRollUpOptions {
  calendar: Calendar;
  kind: K;
  /** The grain of the points' periods. */
  baseGrain: Grain;
  /** The grain to roll up to; the base grain must nest in it. */
  targetGrain: Grain;
}

/** The rolled-up components of one group of points and their final value. */
export type DimensionRollUp<K extends AggregationKind = AggregationKind> = {
  dimensions: BreakdownValues;
  components: ComponentsByKind[K];
  /** How many points went into it. */
  pointCount: number;
} & AggregateResult;

export type PeriodRollUp<K extends AggregationKind = AggregationKind> = DimensionRollUp<K> & {
  period: Period;
};

interface Group<K extends AggregationKind> {
  period: Period | undefined;
  dimensions: BreakdownValues;
  /** Points by their full set of dimension values: each series is rolled up over time first. */
  series: Map<string, { dimensions: PointDimensions | undefined; items: ComponentsByKind[K][] }>;
  pointCount: number;
}

function addToGroup<K extends AggregationKind>(
  groups: Map<string, Group<K>>,
  point: AggregationPoint<K>,
  period: Period | undefined,
  breakdown: readonly string[],
): void {
  const dimensions = breakdownOf(point.dimensions, breakdown);
  const key = `${period?.key ?? ''}|${JSON.stringify(Object.values(dimensions))}`;
  let group = groups.get(key);
  if (!group) {
    group = { period, dimensions, series: new Map(), pointCount: 0 };
    groups.set(key, group);
  }
  const sKey = seriesKey(point.dimensions);
  let series = group.series.get(sKey);
  if (!series) {
    series = { dimensions: point.dimensions, items: [] };
    group.series.set(sKey, series);
  }
  series.items.push(point.components);
  group.pointCount += 1;
}

function finish<K extends AggregationKind>(kind: K, group: Group<K>): DimensionRollUp<K> {
  const series = [...group.series.values()];
  if (kind === 'distinct' && series.length > 1) {
    const where = group.period ? ` in ${group.period.key}` : '';
    const labels = series.slice(0, 3).map((s) => `{${dimensionsLabel(s.dimensions)}}`);
    throw new DistinctRollUpError(
      `a total across ${series.length} dimension combinations${where} was asked: ` +
        `${labels.join(', ')}${series.length > 3 ? ', …' : ''}; break them down or filter to one`,
    );
  }
  const perSeries = series.map((s) => rollUp(kind, s.items));
  const components = totalAcrossDimensions(kind, perSeries);
  return {
    dimensions: group.dimensions,
    components,
    pointCount: group.pointCount,
    ...finalize(kind, components),
  };
}

function basePeriod(
  lookup: PeriodLookup,
  period: Period | CivilDate,
): Pick<Period, 'key' | 'start'> {
  if (typeof period === 'string') return lookup.startingOn(period);
  if (period.grain !== lookup.grain) {
    throw new RangeError(
      `point period ${period.key} is a ${period.grain}, expected a ${lookup.grain}`,
    );
  }
  return period;
}

/**
 * Rolls base-grain points up to a coarser grain of a workspace calendar, each metric by its kind:
 * one row per target period (and per combination of the `breakdown` dimensions), with the
 * rolled-up components and the final value. Periods without points get no row (no data is not 0).
 *
 * Within a group, each series (full set of dimension values) is first rolled up over time, then
 * the series are totalled across dimension values (see `combineAcrossDimensions`).
 * Throws when the base grain does not nest in the target grain, for `distinct` across periods or
 * dimension values, and when two points share a period and dimension values.
 *
 * @example
 * rollUpByPeriod(
 *   [{ period: '2026-01-01', components: { sum: 5 } }, { period: '2026-02-14', components: { sum: 7 } }],
 *   { calendar: new GregorianCalendar(), kind: 'sum', baseGrain: 'day', targetGrain: 'quarter' },
 * ); // [{ period: { key: '2026-Q1', … }, components: { sum: 12 }, value: 12, dimensions: {}, pointCount: 2 }]
 */
export function rollUpByPeriod<K extends AggregationKind>(
  points: readonly AggregationPoint<K>[],
  options: PeriodRollUpOptions<K>,
): PeriodRollUp<K>[] {
  const { calendar, kind, baseGrain, targetGrain, where } = options;
  const breakdown = options.breakdown ?? [];
  if (!calendar.nests(baseGrain, targetGrain)) {
    throw new RangeError(
      `cannot roll ${baseGrain} values up to ${targetGrain}s: in this calendar a ${baseGrain} ` +
        `does not always lie wholly inside one ${targetGrain}`,
    );
  }
  if (kind === 'distinct' && baseGrain !== targetGrain) {
    throw new DistinctRollUpError(`from ${baseGrain}s to ${targetGrain}s`);
  }
  const bases = new PeriodLookup(calendar, baseGrain);
  const targets = new PeriodLookup(calendar, targetGrain);
  const seen = new Set<string>();
  const groups = new Map<string, Group<K>>();
  for (const point of points) {
    if (!matchesFilter(point.dimensions, where)) continue;
    const base = basePeriod(bases, point.period);
    const pointKey = `${base.key}|${seriesKey(point.dimensions)}`;
    if (seen.has(pointKey)) {
      throw new RangeError(
        `two points for ${base.key} with the same dimensions (${dimensionsLabel(point.dimensions)}): ` +
          'pass one value per period and dimension values (the latest revision)',
      );
    }
    seen.add(pointKey);
    addToGroup(groups, point, targets.containing(base.start), breakdown);
  }
  const rows = [...groups.values()].map((g) => ({
    period: g.period as Period,
    ...finish(kind, g),
  }));
  return rows.sort(
    (a, b) =>
      (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0) ||
      compareBreakdown(a.dimensions, b.dimensions, breakdown),
  );
}

/**
 * Totals the points of one period across dimension values (e.g. all regions), or per combination
 * of the `breakdown` dimensions. Stocks (`last`/`first`) add up across dimension values; `distinct`
 * throws when more than one dimension combination would be merged.
 *
 * @example
 * rollUpAcrossDimensions('ratio', [
 *   { components: { numerator: 3, denominator: 10 }, dimensions: { region: 'EU' } },
 *   { components: { numerator: 1, denominator: 30 }, dimensions: { region: 'US' } },
 * ]); // [{ dimensions: {}, components: { numerator: 4, denominator: 40 }, value: 0.1, pointCount: 2 }]
 */
export function rollUpAcrossDimensions<K extends AggregationKind>(
  kind: K,
  points: readonly Omit<AggregationPoint<K>, 'period'>[],
  options: DimensionRollUpOptions = {},
): DimensionRollUp<K>[] {
  const breakdown = options.breakdown ?? [];
  const groups = new Map<string, Group<K>>();
  const seen = new Set<string>();
  for (const point of points) {
    if (!matchesFilter(point.dimensions, options.where)) continue;
    const key = seriesKey(point.dimensions);
    if (seen.has(key)) {
      throw new RangeError(
        `two points with the same dimensions (${dimensionsLabel(point.dimensions)}) in one period`,
      );
    }
    seen.add(key);
    addToGroup(groups, { ...point, period: '' }, undefined, breakdown);
  }
  return [...groups.values()]
    .map((g) => finish(kind, g))
    .sort((a, b) => compareBreakdown(a.dimensions, b.dimensions, breakdown));
}
