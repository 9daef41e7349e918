import type { z } from 'zod';
import type { AggregationKind } from '../aggregation/kind';
import type { Calendar, Period } from '../calendar/index';
import { phaseHorizon, phasingMethodsFor } from './phasing';
import {
  horizonTargetSchema,
  targetDefinitionSchema,
  type HorizonTarget,
  type TargetDefinition,
} from './schema';
import { isBand } from './value';

export interface TargetContext {
  calendar: Calendar;
  /** The metric's aggregation kind: decides whether targets add up (sum) or are levels. */
  kind: AggregationKind;
}

function parseKey(calendar: Calendar, key: string): Period | string {
  try {
    return calendar.parseKey(key);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function shapesAgree(def: TargetDefinition, h: HorizonTarget): boolean {
  const band = def.direction === 'within_band';
  return (
    isBand(h.total) === band && (h.phasing.method !== 'ramp' || isBand(h.phasing.from) === band)
  );
}

function checkWithCalendar(def: TargetDefinition, ctx: z.RefinementCtx, tc: TargetContext): void {
  const { calendar, kind } = tc;
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  def.entries.forEach((e, i) => {
    const start = calendar.periodOf(e.effectiveFrom, e.grain).start;
    if (start !== e.effectiveFrom) {
      issue(
        ['entries', i, 'effectiveFrom'],
        `${e.effectiveFrom} is not the first day of a ${e.grain} (that ${e.grain} starts ${start})`,
      );
    }
  });
  def.overrides.forEach((o, i) => {
    const parsed = parseKey(calendar, o.period);
    if (typeof parsed === 'string') issue(['overrides', i, 'period'], parsed);
  });
  const spans: { i: number; period: Period }[] = [];
  def.horizons.forEach((h, i) => {
    const parsed = parseKey(calendar, h.horizon);
    if (typeof parsed === 'string') return issue(['horizons', i, 'horizon'], parsed);
    for (const other of spans) {
      if (parsed.start < other.period.end && other.period.start < parsed.end) {
        issue(
          ['horizons', i, 'horizon'],
          `${h.horizon} overlaps horizons[${other.i}] (${other.period.key})`,
        );
      }
    }
    spans.push({ i, period: parsed });
    if (!phasingMethodsFor(kind).includes(h.phasing.method)) {
      return issue(
        ['horizons', i, 'phasing', 'method'],
        `"${h.phasing.method}" does not fit a ${kind} metric; use ${phasingMethodsFor(kind).join(', ')}`,
      );
    }
    // Bad weights and mismatched shapes are already reported by the base schema.
    if (!horizonTargetSchema.safeParse(h).success || !shapesAgree(def, h)) return;
    try {
      phaseHorizon(h, calendar, kind);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = /^phasing\.(\w+)/.exec(message)?.[1];
      return issue(field ? ['horizons', i, 'phasing', field] : ['horizons', i, 'grain'], message);
    }
  });
}

/**
 * The target-definition schema with the checks that need the workspace calendar and the metric's
 * kind: period keys exist, effective dates start a period, horizons phase at a grain that nests,
 * one weight / last-year value per sub-period, phasing methods fit the kind, horizons do not overlap.
 *
 * @example
 * const schema = targetDefinitionSchemaFor({ calendar: new GregorianCalendar(), kind: 'sum' });
 * schema.parse({ direction: 'higher_is_better', basis: 'past_performance',
 *   entries: [{ grain: 'month', effectiveFrom: '2026-01-01', value: 100 }] });
 */
export function targetDefinitionSchemaFor(tc: TargetContext) {
  return targetDefinitionSchema.superRefine((def, ctx) => checkWithCalendar(def, ctx, tc));
}

/**
 * Parses and fully validates a target definition; throws a ZodError whose issues name each bad
 * field (`horizons.0.phasing.weights.3`, `entries.1.effectiveFrom`, …).
 *
 * @example
 * parseTargetDefinition(input, { calendar, kind: 'sum' });
 */
export function parseTargetDefinition(input: unknown, tc: TargetContext): TargetDefinition {
  return targetDefinitionSchemaFor(tc).parse(input);
}
