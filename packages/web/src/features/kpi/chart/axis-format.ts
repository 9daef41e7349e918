import type { MetricUnit } from '@vitals/core';
import { formatValue, type NumberContext } from '../../../format/number';

/**
 * An axis tick in the KPI's unit, short: "$50k", "$0", "2.5%", "1 h 30 min".
 * @example formatAxisValue(0, { kind: 'currency' }, { locale: 'en-US', currency: 'USD' }); // "$0"
 */
export function formatAxisValue(value: number, unit: MetricUnit, context: NumberContext): string {
  const wholeMoney = unit.kind === 'currency' && Number.isInteger(value);
  return formatValue(value, wholeMoney ? { ...unit, decimals: 0 } : unit, context, {
    compact: Math.abs(value) >= 1000,
  });
}
