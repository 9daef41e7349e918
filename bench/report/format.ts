import type { FigureResult } from '../figures/types';
import type { Summary } from '../stats';

const number = (x: number, unit: string): string => {
  if (!Number.isFinite(x)) return '–';
  if (unit === 'ms') return x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
  return Math.round(x).toLocaleString('en');
};

/** `median [min–max] unit`. */
export function range(s: Summary, unit: string): string {
  return `${number(s.median, unit)} [${number(s.min, unit)}–${number(s.max, unit)}] ${unit}`;
}

/** Two decimals, or two significant digits for ratios far below 1 (0.0045). */
export const ratioNumber = (x: number): string =>
  Math.abs(x) < 0.1 ? x.toPrecision(2) : x.toFixed(2);

export function ratioText(s: Summary): string {
  return `${ratioNumber(s.median)} [${ratioNumber(s.min)}–${ratioNumber(s.max)}]`;
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

export function targetsText(f: FigureResult): string {
  return f.targets
    .map((t) => `${t.pass ? 'PASS' : 'FAIL'} ${t.text} (${ratioNumber(t.value)})`)
    .join('; ');
}

/** The extra measurements of a figure, one short phrase each. */
export function extrasText(f: FigureResult): string {
  return Object.entries(f.extra)
    .map(([name, value]) => {
      if (typeof value === 'object') {
        const unit = name.endsWith('Ms') ? 'ms' : '';
        return unit ? `${name} ${range(value, unit)}` : `${name} ${ratioText(value)}`;
      }
      return `${name} ${value}`;
    })
    .join('; ');
}
