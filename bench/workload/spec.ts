import { civilOf, dayNumberOf, monthKeys } from './dates';
import { intBetween, seededRandom } from './random';

export type Kind = 'sum' | 'ratio' | 'last' | 'average';
export type Direction = 'higher_is_better' | 'lower_is_better';

export interface MetricSpec {
  id: string;
  key: string;
  kind: Kind;
  /** Values of the one dimension (`region`), empty for an undimensioned metric. */
  regions: string[];
  /** The level the metric's daily values move around. */
  level: number;
}

export interface KpiSpec {
  id: string;
  metric: MetricSpec;
  name: string;
  direction: Direction;
  /** `{}` or `{"region":"r1"}`. */
  dimensionFilter: Record<string, string>;
  /** Month key → target value. */
  targets: Map<string, number>;
}

export interface Workload {
  seed: number;
  /** The instant every evaluation is made at (the running month is this one's month). */
  asOf: string;
  firstDay: string;
  lastDay: string;
  days: number;
  metrics: MetricSpec[];
  kpis: KpiSpec[];
  /** 12 KPI ids each (dashboards are lists of KPIs until the dashboards endpoint exists). */
  dashboards: string[][];
  /** How many data points the metrics hold in all. */
  pointCount: number;
}

export interface WorkloadSize {
  metrics: number;
  dashboards: number;
}

export const FULL: WorkloadSize = { metrics: 1000, dashboards: 40 };
export const QUICK: WorkloadSize = { metrics: 100, dashboards: 4 };

const KINDS: readonly Kind[] = ['sum', 'sum', 'ratio', 'last', 'average'];
const DAYS = 1096;
const AS_OF = '2026-11-20T12:00:00.000Z';
export const KPIS_PER_DASHBOARD = 12;

/** Ids from the seeded stream, shaped as UUIDs (v4 layout) so the API's id checks accept them. */
function idFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Expected value of a KPI's metric over one month (the target is set near it). */
function monthlyExpectation(metric: MetricSpec, filtered: boolean): number {
  if (metric.kind !== 'sum') return metric.level;
  const share = filtered && metric.regions.length > 0 ? 1 / metric.regions.length : 1;
  return metric.level * 30.4 * share;
}

/**
 * The workload of the issue, from a seed: metrics of mixed kinds (a quarter broken down by 3–8
 * regions, each region recording every n-th day so every metric holds one point per day in all),
 * one KPI per metric with monthly targets, and dashboards of 12 KPIs.
 */
export function buildWorkload(size: WorkloadSize, seed = 20261120): Workload {
  const random = seededRandom(seed);
  const lastDay = AS_OF.slice(0, 10);
  const firstDay = civilOf(dayNumberOf(lastDay) - (DAYS - 1));
  const months = monthKeys(firstDay, lastDay);
  const metrics: MetricSpec[] = [];
  const kpis: KpiSpec[] = [];
  for (let i = 0; i < size.metrics; i++) {
    const kind = KINDS[intBetween(random, 0, KINDS.length - 1)] as Kind;
    const regionCount = i % 4 === 0 ? intBetween(random, 3, 8) : 0;
    const regions = Array.from({ length: regionCount }, (_, r) => `r${r + 1}`);
    const level = kind === 'ratio' ? 0.2 + random() * 0.6 : 100 + random() * 9900;
    const metric: MetricSpec = {
      id: idFrom(random),
      key: `bench_${String(i).padStart(4, '0')}_${kind}`,
      kind,
      regions,
      level,
    };
    metrics.push(metric);
    const filtered = regionCount > 0 && i % 12 === 0;
    const expected = monthlyExpectation(metric, filtered);
    const targets = new Map(months.map((m) => [m, expected * (0.95 + random() * 0.15)]));
    kpis.push({
      id: idFrom(random),
      metric,
      name: `KPI ${String(i).padStart(4, '0')} ${kind}${regionCount ? ' by region' : ''}`,
      direction: random() < 0.8 ? 'higher_is_better' : 'lower_is_better',
      dimensionFilter: filtered ? { region: 'r1' } : {},
      targets,
    });
  }
  const dashboards = Array.from({ length: size.dashboards }, (_, d) =>
    Array.from(
      { length: KPIS_PER_DASHBOARD },
      (_, k) => (kpis[(d * 7 + k * 13) % kpis.length] as KpiSpec).id,
    ),
  );
  return {
    seed,
    asOf: AS_OF,
    firstDay,
    lastDay,
    days: DAYS,
    metrics,
    kpis,
    dashboards,
    pointCount: metrics.length * DAYS,
  };
}
