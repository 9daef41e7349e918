import { cpus, totalmem } from 'node:os';
import type { FigureResult } from '../figures/types';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

/** One engine's run of the bench, as written to bench/results/<engine>-<date>.json. */
export interface EngineResult {
  engine: 'sqlite' | 'postgres';
  date: string;
  quick: boolean;
  command: string;
  machine: Machine;
  workload: {
    seed: number;
    metrics: number;
    kpis: number;
    points: number;
    targets: number;
    dashboards: number;
    asOf: string;
  };
  figures: FigureResult[];
  durationSeconds: number;
}

export function machine(): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
