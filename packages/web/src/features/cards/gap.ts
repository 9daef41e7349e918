import { isBand, type Direction, type MetricUnit, type TargetValue } from '@vitals/core';
import type { ChangeTone } from '../../format/change';
import { formatPoints, formatValue, type NumberContext } from '../../format/number';

/** How far the actual is from what it is judged against, and whether that is good news. */
export interface GapPresentation {
  /** "$12k below expected", "3.5 pp above target", "within the band". */
  text: string;
  tone: ChangeTone;
  colorToken: string;
}

const TOKENS: Record<ChangeTone, string> = {
  better: '--change-better',
  worse: '--change-worse',
  neutral: '--change-neutral',
};

/**
 * A distance in the unit's own terms: percent KPIs in points, large amounts compact (12k, $3.4M),
 * small ones with the unit's decimals (0.05×).
 */
export function formatDistance(distance: number, unit: MetricUnit, context: NumberContext): string {
  if (unit.kind === 'percent') return formatPoints(distance, context.locale);
  return formatValue(distance, unit, context, { compact: Math.abs(distance) >= 1000 });
}

/**
 * The gap between the actual and the reference (the expected-to-date while a period runs, the
 * target once it is complete). The colour follows the direction: below target is bad news for
 * revenue and good news for churn.
 *
 * @example
 * presentGap({ actual: 90, reference: 100, direction: 'higher_is_better', … }).text; // "10 below target"
 */
export function presentGap(input: {
  actual: number | null;
  reference: TargetValue | null;
  /** "target" or "expected": what the reference is called. */
  referenceName: string;
  direction: Direction;
  unit: MetricUnit;
  context: NumberContext;
}): GapPresentation | null {
  const { actual, reference, referenceName, direction, unit, context } = input;
  if (actual === null || reference === null) return null;
  if (isBand(reference)) {
    const below = reference.lower - actual;
    const above = actual - reference.upper;
    if (below <= 0 && above <= 0) return make('within the band', 'better');
    const outside = below > 0 ? below : above;
    const side = below > 0 ? 'below' : 'above';
    return make(`${formatDistance(outside, unit, context)} ${side} the band`, 'worse');
  }
  const difference = actual - reference;
  const size = Math.abs(difference);
  if (size <= Math.max(Math.abs(actual), Math.abs(reference)) * 1e-9) {
    return make(`on ${referenceName}`, 'better');
  }
  const side = difference > 0 ? 'above' : 'below';
  const good = direction === 'lower_is_better' ? difference < 0 : difference > 0;
  const tone: ChangeTone = direction === 'within_band' ? 'neutral' : good ? 'better' : 'worse';
  return make(`${formatDistance(size, unit, context)} ${side} ${referenceName}`, tone);
}

function make(text: string, tone: ChangeTone): GapPresentation {
  return { text, tone, colorToken: TOKENS[tone] };
}
