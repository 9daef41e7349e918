import type { MetricUnit } from '@vitals/core';

/** The workspace's number conventions: its locale (en-US, de-DE) and default currency. */
export interface NumberContext {
  locale: string;
  currency: string;
}

export interface FormatOptions {
  /** Short form for cards and axes: 1.2k, 3.4M, $1.2M. */
  compact?: boolean;
}

/** Shown for a missing value everywhere. */
export const NO_VALUE = '—';

const MINUS = '−';

/**
 * A value formatted by its metric's unit.
 * - currency: Intl with the unit's currency or the workspace's
 * - percent: the value is in percent (12.5 means 12.5 %), as the KPI catalogue's formulas (× 100)
 * - count: whole numbers; duration: seconds shown as h / min / s; ratio: 3.2×; number and score: plain
 *
 * @example
 * formatValue(1234.5, { kind: 'currency' }, { locale: 'en-US', currency: 'USD' }); // "$1,234.50"
 * formatValue(12.5, { kind: 'percent' }, ctx); // "12.5%"
 */
export function formatValue(
  value: number | null | undefined,
  unit: MetricUnit,
  context: NumberContext,
  options: FormatOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  if (unit.kind === 'duration') return formatDuration(value);
  const format = smallPercent(value, unit) ?? numberFormatOptions(unit, context);
  const text = options.compact
    ? formatCompactWith(value, context.locale, format)
    : fixMinus(new Intl.NumberFormat(context.locale, format).format(scaled(value, unit)));
  return unit.kind === 'ratio' ? `${text}×` : text;
}

/** The Intl options of a unit (duration is formatted separately). */
function numberFormatOptions(unit: MetricUnit, context: NumberContext): Intl.NumberFormatOptions {
  const decimals = unit.decimals;
  switch (unit.kind) {
    case 'currency':
      return {
        style: 'currency',
        currency: unit.currency ?? context.currency,
        ...(decimals === undefined
          ? {}
          : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
      };
    case 'percent':
      return { style: 'percent', maximumFractionDigits: decimals ?? 1 };
    case 'count':
      return { maximumFractionDigits: decimals ?? 0 };
    case 'ratio':
      return { maximumFractionDigits: decimals ?? 2 };
    case 'score':
      return { maximumFractionDigits: decimals ?? 1 };
    case 'number':
    case 'duration':
      return { maximumFractionDigits: decimals ?? 2 };
  }
}

/**
 * Percent values under 1 (a churn of 0.25 %) keep two significant digits whatever the unit's
 * decimals, so that 0.25 % and 0.21 % do not both read "0.2%".
 */
function smallPercent(value: number, unit: MetricUnit): Intl.NumberFormatOptions | undefined {
  if (unit.kind !== 'percent') return undefined;
  if (value === 0 || Math.abs(value) >= 1) return undefined;
  return { style: 'percent', maximumSignificantDigits: 2 };
}

/** Percentage points: one decimal, or two significant digits under one point ("0.04 pp"). */
export function formatPoints(points: number, locale: string): string {
  const options: Intl.NumberFormatOptions =
    points !== 0 && Math.abs(points) < 1
      ? { maximumSignificantDigits: 2 }
      : { maximumFractionDigits: 1 };
  return `${new Intl.NumberFormat(locale, options).format(points)} pp`;
}

/** Intl's percent style multiplies by 100; our percent values already are percent. */
function scaled(value: number, unit: MetricUnit): number {
  return unit.kind === 'percent' ? value / 100 : value;
}

/** A true minus sign (U+2212) rather than a hyphen, as typography and screen readers expect. */
function fixMinus(text: string): string {
  return text.replace(/^-/, MINUS);
}

const COMPACT_STEPS: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/**
 * A plain number in short form: 1.2k, 3.4M, 5B, with the locale's decimal mark.
 * @example formatCompact(1234, 'en-US'); // "1.2k"
 */
export function formatCompact(value: number, locale: string): string {
  return formatCompactWith(value, locale, {});
}

function formatCompactWith(
  value: number,
  locale: string,
  format: Intl.NumberFormatOptions,
): string {
  const magnitude = Math.abs(value);
  const isPercent = format.style === 'percent';
  const step = isPercent ? undefined : COMPACT_STEPS.find(([size]) => magnitude >= size * 0.9995);
  const short: Intl.NumberFormatOptions = {
    ...format,
    minimumFractionDigits: 0,
    maximumFractionDigits: step ? (magnitude >= step[0] * 99.95 ? 0 : 1) : 1,
  };
  if (isPercent) return formatValueOnly(value / 100, locale, short);
  const [size, suffix] = step ?? [1, ''];
  const parts = new Intl.NumberFormat(locale, short).formatToParts(value / size);
  // The suffix goes right after the digits, so currencies read $1.2M or 1,2k €.
  const lastDigit = parts.findLastIndex((p) => p.type === 'integer' || p.type === 'fraction');
  const text = parts
    .map((part, index) => (index === lastDigit ? `${part.value}${suffix}` : part.value))
    .join('');
  return fixMinus(text);
}

function formatValueOnly(value: number, locale: string, format: Intl.NumberFormatOptions): string {
  return fixMinus(new Intl.NumberFormat(locale, format).format(value));
}

/**
 * Seconds as hours, minutes and seconds, leaving out zero parts and seconds once past an hour.
 * @example formatDuration(3725); // "1 h 2 min"
 * @example formatDuration(90); // "1 min 30 s"
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return NO_VALUE;
  const sign = seconds < 0 ? MINUS : '';
  const total = Math.abs(seconds);
  if (total < 60) {
    const rounded = total < 10 ? Math.round(total * 10) / 10 : Math.round(total);
    return `${sign}${rounded} s`;
  }
  const wholeSeconds = Math.round(total);
  const hours = Math.floor(wholeSeconds / 3600);
  const minutes = Math.floor((wholeSeconds % 3600) / 60);
  const secs = wholeSeconds % 60;
  if (hours > 0) {
    const roundedMinutes = Math.round((wholeSeconds % 3600) / 60);
    const h = roundedMinutes === 60 ? hours + 1 : hours;
    const m = roundedMinutes === 60 ? 0 : roundedMinutes;
    return `${sign}${h} h${m > 0 ? ` ${m} min` : ''}`;
  }
  return `${sign}${minutes} min${secs > 0 ? ` ${secs} s` : ''}`;
}
