import type { StoreLocation } from '../store/engine';
import type { DayRange, Timed } from './raw-reads';

/** What the parent tells the server process at start (as JSON in argv[2]). */
export interface ChildConfig {
  location: StoreLocation;
}

/** Requests the parent sends over the IPC channel; each is answered once, by id. */
export type ChildRequest =
  | { type: 'setupToken' }
  | { type: 'precompute'; url: string; authorization: string }
  | { type: 'evaluateAll'; workspaceId: string; asOf: string }
  | { type: 'rawPoints'; metricIds: string[]; ranges: DayRange[] }
  | { type: 'series'; workspaceId: string; metricId: string; from: string; to: string }
  | { type: 'rawSeries'; metricId: string; from: string; toExclusive: string }
  | { type: 'close' };

export interface EvaluateAllResult extends Timed {
  /** How many KPIs got each status (a sanity check that the evaluation did real work). */
  statuses: Record<string, number>;
}

export interface ChildResults {
  setupToken: string | null;
  precompute: { bytes: number };
  evaluateAll: EvaluateAllResult;
  rawPoints: Timed;
  series: Timed;
  rawSeries: Timed;
  close: null;
}

export type ChildMessage =
  | { kind: 'ready'; port: number }
  | { kind: 'reply'; id: number; result: unknown }
  | { kind: 'error'; id: number; message: string };

/** The route serving the precomputed dashboard document (the bare-framework ceiling). */
export const PRECOMPUTED_PATH = '/bench/precomputed';
