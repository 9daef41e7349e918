import { civilOf, dayNumberOf } from './dates';
import { seededRandom } from './random';
import type { MetricSpec, Workload } from './spec';

/** One data point as the workload makes it: the identity and the value columns of its kind. */
export interface PointRow {
  metricId: string;
  day: string;
  /** `{}` or `{"region":"r3"}` (canonical: the store's dim_key). */
  dimKey: string;
  region: string | null;
  value: number | null;
  sum: number | null;
  count: number | null;
  numerator: number | null;
  denominator: number | null;
  at: string | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A day's value: the level with a slow trend, a weekly swing and noise. */
function dailyValue(metric: MetricSpec, day: number, random: () => number): number {
  const trend = 1 + 0.0002 * day;
  const weekly = 1 + 0.08 * Math.sin((2 * Math.PI * day) / 7);
  return metric.level * trend * weekly * (0.95 + random() * 0.1);
}

/** The points of one metric: every day, one region per day in turn for a dimensioned metric. */
export function pointsOf(workload: Workload, metric: MetricSpec, index: number): PointRow[] {
  const random = seededRandom(workload.seed ^ (index * 2654435761));
  const first = dayNumberOf(workload.firstDay);
  const rows: PointRow[] = [];
  for (let d = 0; d < workload.days; d++) {
    const day = civilOf(first + d);
    const region =
      metric.regions.length > 0 ? (metric.regions[d % metric.regions.length] ?? null) : null;
    const v = dailyValue(metric, d, random);
    const row: PointRow = {
      metricId: metric.id,
      day,
      dimKey: region ? JSON.stringify({ region }) : '{}',
      region,
      value: null,
      sum: null,
      count: null,
      numerator: null,
      denominator: null,
      at: null,
    };
    switch (metric.kind) {
      case 'sum':
        row.sum = round2(v);
        break;
      case 'average': {
        const n = 1 + Math.floor(random() * 40);
        row.sum = round2(v * n);
        row.count = n;
        break;
      }
      case 'ratio': {
        const denominator = 500 + Math.floor(random() * 1500);
        row.numerator = Math.round(v * denominator);
        row.denominator = denominator;
        break;
      }
      case 'last':
        row.value = round2(v);
        row.at = day;
        break;
    }
    rows.push(row);
  }
  return rows;
}

/** The batch item the API takes for a point (`at` left out: a day's `last` is as of that day). */
export function toItem(row: PointRow): Record<string, unknown> {
  const components: Record<string, number> = {};
  if (row.value !== null) components['value'] = row.value;
  if (row.sum !== null) components['sum'] = row.sum;
  if (row.count !== null) components['count'] = row.count;
  if (row.numerator !== null) components['numerator'] = row.numerator;
  if (row.denominator !== null) components['denominator'] = row.denominator;
  return {
    metricId: row.metricId,
    periodKey: row.day,
    ...(row.region ? { dimensions: { region: row.region } } : {}),
    components,
  };
}

/** The metrics split into `parts` contiguous groups, with their points (one group per ingest run). */
export function slices(workload: Workload, parts: number): PointRow[][] {
  const out: PointRow[][] = [];
  const per = Math.ceil(workload.metrics.length / parts);
  for (let p = 0; p < parts; p++) {
    const rows: PointRow[] = [];
    workload.metrics.slice(p * per, (p + 1) * per).forEach((metric, i) => {
      rows.push(...pointsOf(workload, metric, p * per + i));
    });
    out.push(rows);
  }
  return out;
}
