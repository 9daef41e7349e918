import {
  compareWithBase,
  type Change,
  type Direction,
  type MetricUnit,
  type TargetBand,
} from '@vitals/core';
import type { IconName } from '../components/Icon';
import { NO_VALUE, formatPoints, formatValue, type NumberContext } from './number';

export type ChangeTone = 'better' | 'worse' | 'neutral';

/**
 * How a change looks. The arrow follows the sign (the number went up or down); the colour and the
 * word follow the verdict from the KPI's direction: a fall in churn is green, a rise is red.
 */
export interface ChangePresentation {
  /** "+10%", "−1.2 pp" (percent KPIs change in points), "+$1,200" when the base is zero. */
  text: string;
  icon: IconName | null;
  tone: ChangeTone;
  colorToken: string;
  /** The whole change in words for screen readers, e.g. "down 10% vs last year, better". */
  description: string;
}

const TONE_TOKENS: Record<ChangeTone, string> = {
  better: '--change-better',
  worse: '--change-worse',
  neutral: '--change-neutral',
};

/**
 * @example
 * presentChange(compareWithBase(18, 20, 'lower_is_better'), { kind: 'count' }, ctx, 'vs previous period');
 * // { text: '−10%', icon: 'arrowDown', tone: 'better', description: 'down 10% vs previous period, better' }
 */
export function presentChange(
  change: Change,
  unit: MetricUnit,
  context: NumberContext,
  against: string,
): ChangePresentation {
  if (change.absolute === null) {
    return {
      text: NO_VALUE,
      icon: null,
      tone: 'neutral',
      colorToken: TONE_TOKENS.neutral,
      description: `no comparison ${against}`,
    };
  }
  const tone: ChangeTone =
    change.verdict === 'better' ? 'better' : change.verdict === 'worse' ? 'worse' : 'neutral';
  const sign = change.absolute > 0 ? 1 : change.absolute < 0 ? -1 : 0;
  const text = changeText(change, unit, context);
  const movement = sign > 0 ? 'up' : sign < 0 ? 'down' : 'unchanged';
  const magnitude = sign === 0 ? '' : ` ${text.replace(/^[+−]/, '')}`;
  const verdict = change.verdict === 'unknown' ? '' : `, ${verdictWord(change)}`;
  return {
    text,
    icon: sign > 0 ? 'arrowUp' : sign < 0 ? 'arrowDown' : 'arrowRight',
    tone,
    colorToken: TONE_TOKENS[tone],
    description: `${movement}${magnitude} ${against}${verdict}`,
  };
}

/** compareWithBase and presentChange in one step, for a KPI's current and base values. */
export function presentComparison(input: {
  current: number | null;
  base: number | null;
  direction: Direction;
  band?: TargetBand | null;
  unit: MetricUnit;
  context: NumberContext;
  against: string;
}): ChangePresentation {
  const change = compareWithBase(input.current, input.base, input.direction, input.band);
  return presentChange(change, input.unit, input.context, input.against);
}

function verdictWord(change: Change): string {
  return change.verdict === 'same' ? 'no change' : change.verdict;
}

function changeText(change: Change, unit: MetricUnit, context: NumberContext): string {
  const absolute = change.absolute ?? 0;
  const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text);
  if (unit.kind === 'percent')
    return signed(absolute, formatPoints(Math.abs(absolute), context.locale));
  if (change.percent !== null) {
    const percent = new Intl.NumberFormat(context.locale, {
      style: 'percent',
      maximumFractionDigits: Math.abs(change.percent) < 10 ? 1 : 0,
    }).format(Math.abs(change.percent) / 100);
    return signed(change.percent, percent);
  }
  return signed(absolute, formatValue(Math.abs(absolute), unit, context, { compact: true }));
}
