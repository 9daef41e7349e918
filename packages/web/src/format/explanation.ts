import { isBand, type ExplanationPart, type MetricUnit } from '@vitals/core';
import { formatValue, type NumberContext } from './number';

/**
 * An explanation from the API (words and exact values) with each value formatted by the KPI's
 * unit: `2026-11 = $90,609.63 (phased from 2026 by even)`. Without parts (an older server), the
 * server's own line.
 */
export function formatExplanation(
  parts: readonly ExplanationPart[] | null | undefined,
  fallback: string | null,
  unit: MetricUnit,
  context: NumberContext,
): string | null {
  if (!parts) return fallback;
  const v = (n: number) => formatValue(n, unit, context);
  return parts
    .map((part) => {
      if ('text' in part) return part.text;
      return isBand(part.value) ? `${v(part.value.lower)}–${v(part.value.upper)}` : v(part.value);
    })
    .join('');
}
