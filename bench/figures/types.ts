import type { Session } from '../load/http';
import type { ServerProcess } from '../server/handle';
import type { Summary } from '../stats';
import type { Store } from '../store/engine';
import type { Workload } from '../workload/spec';

export interface Target {
  /** E.g. `ratio ≥ 0.5`. */
  text: string;
  value: number;
  pass: boolean;
}

/** One figure of one engine: the Vitals side, the raw side, their ratio and the targets. */
export interface FigureResult {
  id: 'ingest' | 'dashboard' | 'evaluate-all' | 'series' | 'after-write';
  title: string;
  /** What the numbers count: `points/s`, `req/s`, `ms`. */
  unit: string;
  vitals: Summary;
  baseline: Summary;
  baselineName: string;
  /** Vitals ÷ baseline, per run (paired), summarized. */
  ratio: Summary;
  targets: Target[];
  /** Peak RSS of the server process while the figure ran (bytes). */
  peakRss: number;
  /** Further measurements shown in the report (latencies, sizes, end-to-end times). */
  extra: Record<string, Summary | number | string>;
}

export interface BenchContext {
  engine: 'sqlite' | 'postgres';
  workload: Workload;
  quick: boolean;
  main: Store;
  server: ServerProcess;
  session: Session;
  log: (line: string) => void;
}

/** `value ≥ limit` (throughput) or `value ≤ limit` (time) as a reported target. */
export function target(text: string, value: number, pass: boolean): Target {
  return { text, value, pass };
}
