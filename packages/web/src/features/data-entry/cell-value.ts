import type { MetricUnit } from '@vitals/core';
import type { ComponentSpec } from './grid-model';

/** The group and decimal marks of a locale: `,` and `.` in en-US, `.` and `,` in de-DE. */
export interface NumberMarks {
  group: string;
  decimal: string;
}

export function numberMarksOf(locale: string): NumberMarks {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

export type CellValue =
  { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'error'; message: string };

const EMPTY: CellValue = { kind: 'empty' };
const SPACES = /[\s\u00a0\u202f]+/g;
const SPACE_MARK = /^[\s\u00a0\u202f]$/;
const CURRENCY = /^(?:[A-Z]{3}|[$€£¥₹₩₽₺₴₪฿])|(?:[A-Z]{3}|[$€£¥₹₩₽₺₴₪฿])$/;
const PLAIN = /^\d*\.?\d+(?:[eE][+-]?\d+)?$|^\d+\.$/;
const CLOCK = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function error(message: string): CellValue {
  return { kind: 'error', message };
}

/** Digits with the locale's marks (1,234.5 or 1.234,5), else the plain form (1234.5, 1e6). */
function parseDigits(text: string, marks: NumberMarks): number | undefined {
  const group = SPACE_MARK.test(marks.group) ? '' : escape(marks.group);
  const decimal = escape(marks.decimal);
  const grouped = group ? `\\d{1,3}(?:${group}\\d{3})+|` : '';
  const local = new RegExp(`^(?:${grouped}\\d+)?(?:${decimal}\\d+)?$`);
  if (/\d/.test(text) && local.test(text)) {
    const normal = (group ? text.replace(new RegExp(group, 'g'), '') : text).replace(
      marks.decimal,
      '.',
    );
    return Number(normal);
  }
  // The plain form, as programs write numbers; but an en-US "1,234" is never read as 1.234.
  if (PLAIN.test(text)) return Number(text);
  return undefined;
}

/** `1:30` (minutes and seconds) or `1:02:03` (hours, minutes, seconds) in seconds. */
function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, a = '0', b = '0', c] = match;
  return c === undefined
    ? Number(a) * 60 + Number(b)
    : Number(a) * 3600 + Number(b) * 60 + Number(c);
}

/**
 * Reads what a person typed or pasted into a cell, by the metric's unit and the component:
 * `1,234.5` (the workspace locale's marks), `-3`, `−3` or `(3)`; `12.5%` for percentages (stored as
 * 12.5); `$1,200` or `1.200 €` for money; `1:30` for durations (90 seconds). Anything else, or a
 * sign the unit does not use, is refused with a message for the cell.
 *
 * @example parseCell('1,234.5', { kind: 'count' }, SUM, { group: ',', decimal: '.' }); // { kind: 'value', value: 1234.5 }
 */
export function parseCell(
  raw: string,
  unit: MetricUnit,
  component: ComponentSpec,
  marks: NumberMarks,
): CellValue {
  let text = raw.trim();
  if (text === '') return EMPTY;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  if (text.endsWith('%')) {
    if (!(component.inUnit && unit.kind === 'percent')) {
      return error('A percent sign fits only percentages; type the number alone');
    }
    text = text.slice(0, -1).trim();
  }
  if (CURRENCY.test(text)) {
    if (!(component.inUnit && unit.kind === 'currency')) {
      return error('A currency sign fits only money values; type the number alone');
    }
    text = text.replace(CURRENCY, '').trim();
    // Signs may sit inside the currency: "$-5" or "-$5".
    if (/^[-−–]/.test(text)) {
      negative = !negative;
      text = text.slice(1).trim();
    }
  }
  // Spaces inside a number are group marks wherever they come from (1 234,5 or 1 234.5).
  const compact = text.replace(SPACES, '');
  let value = parseDigits(compact, marks);
  if (value === undefined && component.inUnit && unit.kind === 'duration') {
    value = parseClock(compact);
  }
  if (value === undefined || !Number.isFinite(value)) {
    const example = `1${marks.group}234${marks.decimal}5`;
    return error(`“${raw.trim()}” is not a number (type it like ${example})`);
  }
  const signed = negative ? -value : value;
  if (component.nonNegative && signed < 0) return error(`${component.label} must not be negative`);
  if (component.whole && !Number.isInteger(signed)) {
    return error(`${component.label} must be a whole number`);
  }
  return { kind: 'value', value: Object.is(signed, -0) ? 0 : signed };
}

/** A stored number as the grid shows it for editing: plain digits with the locale's decimal mark. */
export function cellText(value: number | string | undefined, marks: NumberMarks): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return String(value).replace('.', marks.decimal);
}
