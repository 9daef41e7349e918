import { z } from 'zod';
import { isBand, mapTargetValue, targetValueSchema, type TargetValue } from './value';

/**
 * A piece of "explain this number": words, or a target value kept as a number so that each reader
 * formats it its own way (the web app by the KPI's unit and the workspace's currency).
 */
export const explanationPartSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ value: targetValueSchema }),
]);
export type ExplanationPart = z.infer<typeof explanationPartSchema>;

export const explanationPartsSchema = z.array(explanationPartSchema);

/** Marks a value inside an `explain` template. */
export function shown(value: TargetValue): { value: TargetValue } {
  return { value };
}

type Hole = string | number | { value: TargetValue } | readonly ExplanationPart[];

/**
 * Builds explanation parts from a template: strings and numbers stay words (period keys, day
 * counts), `shown(v)` becomes a value part, and nested part lists are spliced in. Adjacent words
 * are merged.
 *
 * @example
 * explain`${'2026-11'} = ${shown(90609.6275)} (override)`;
 * // [{ text: '2026-11 = ' }, { value: 90609.6275 }, { text: ' (override)' }]
 */
export function explain(strings: TemplateStringsArray, ...holes: Hole[]): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  const push = (part: ExplanationPart) => {
    const last = parts[parts.length - 1];
    if ('text' in part && part.text === '') return;
    if ('text' in part && last && 'text' in last) last.text += part.text;
    else parts.push({ ...part });
  };
  strings.forEach((text, i) => {
    push({ text });
    if (i >= holes.length) return;
    const hole = holes[i] as Hole;
    if (typeof hole === 'string' || typeof hole === 'number') push({ text: String(hole) });
    else if (Array.isArray(hole)) for (const part of hole as ExplanationPart[]) push(part);
    else push(hole as { value: TargetValue });
  });
  return parts;
}

/** Joins part lists with a separator (`'; '`). */
export function joinParts(
  lists: readonly (readonly ExplanationPart[])[],
  separator: string,
): ExplanationPart[] {
  return lists.reduce<ExplanationPart[]>(
    (all, list, i) => (i === 0 ? explain`${list}` : explain`${all}${separator}${list}`),
    [],
  );
}

/**
 * A number rounded for reading without a unit: two decimals, or three significant digits for
 * small values (a 3.45 % rate stored as 0.0345 keeps its digits), never more than six decimals.
 */
export function roundForText(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const decimals = Math.min(6, Math.max(2, 3 - Math.ceil(Math.log10(Math.abs(x)))));
  const factor = 10 ** decimals;
  return Math.round(x * factor) / factor;
}

/** A value as plain text: `90609.63`, or `80–90` for a band. */
export function valueText(value: TargetValue): string {
  const rounded = mapTargetValue(value, roundForText);
  return isBand(rounded) ? `${rounded.lower}–${rounded.upper}` : String(rounded);
}

/** The one-line text of an explanation, values rounded (the parts keep them exact). */
export function explanationText(parts: readonly ExplanationPart[]): string {
  return parts.map((part) => ('text' in part ? part.text : valueText(part.value))).join('');
}
