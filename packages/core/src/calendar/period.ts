import { z } from 'zod';
import type { CivilDate } from './civil-date';

export const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const grainSchema = z.enum(GRAINS);
export type Grain = z.infer<typeof grainSchema>;

/** Finest first: a grain's index grows with its length. */
export function grainRank(grain: Grain): number {
  return GRAINS.indexOf(grain);
}

/**
 * One calendar bucket in a workspace's calendar.
 * `start` is the first day; `end` is the day after the last (half-open), so periods tile without overlap.
 */
export interface Period {
  grain: Grain;
  /** Stable key: `2026-11-21`, `2026-W47`, `2026-11`, `2026-Q4` / `FY2027-Q1`, `2026` / `FY2027`. */
  key: string;
  start: CivilDate;
  end: CivilDate;
}

export const periodSchema = z.object({
  grain: grainSchema,
  key: z.string(),
  start: z.string(),
  end: z.string(),
});

/** The days of a period-to-date comparison: `[start, end)`. */
export interface DateWindow {
  start: CivilDate;
  end: CivilDate;
}
