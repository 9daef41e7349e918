import type { AggregateResult } from '../aggregation/components';
import type { RollUpFilter } from '../aggregation/dimensions';
import type { AggregationKind } from '../aggregation/kind';
import { rollUpByPeriod, type AggregationPoint } from '../aggregation/roll-up';
import type { Calendar } from '../calendar/calendar';
import type { Grain, Period } from '../calendar/period';
import { evaluateFormula, type FormulaResult } from './evaluate';
import { parseFormula, type ParsedFormula } from './parse';

/** A metric a formula reads, with its aggregation kind. */
export interface FormulaMetric {
  key: string;
  kind: AggregationKind;
}

export interface FormulaPeriodInput {
  calendar: Calendar;
  /** The grain of the stored points. */
  baseGrain: Grain;
  /** The period to evaluate (its grain is the target grain). */
  period: Period;
  /** The definitions of (at least) every metric the formula references. */
  metrics: readonly FormulaMetric[];
  /** Each metric's base-grain points, by metric key. Points outside the period are ignored. */
  points: Readonly<Record<string, readonly AggregationPoint[] | undefined>>;
  /** A dimension filter applied to every operand (e.g. `{ region: 'EU' }`). */
  where?: RollUpFilter;
}

/** The formula's value for the period, with each operand's aggregated value. */
export type FormulaPeriodResult = FormulaResult & {
  period: Period;
  operands: Record<string, AggregateResult>;
  /** The previous period's operands (only those read by prev()), or null when prev() is not used. */
  previousOperands: Record<string, AggregateResult> | null;
};

function pointStart(point: AggregationPoint): string {
  return typeof point.period === 'string' ? point.period : point.period.start;
}

function aggregate(
  metric: FormulaMetric,
  points: readonly AggregationPoint[],
  period: Period,
  input: FormulaPeriodInput,
): AggregateResult {
  const inside = points.filter((p) => {
    const start = pointStart(p);
    return start >= period.start && start < period.end;
  });
  const rows = rollUpByPeriod(inside, {
    calendar: input.calendar,
    kind: metric.kind,
    baseGrain: input.baseGrain,
    targetGrain: period.grain,
    ...(input.where ? { where: input.where } : {}),
  });
  const row = rows.find((r) => r.period.key === period.key);
  if (!row) return { value: null, reason: `no data for ${period.key}` };
  return row.value === null ? { value: null, reason: row.reason } : { value: row.value };
}

/**
 * Evaluates a formula for one period the right way (DESIGN rule 3): each operand is first rolled
 * up from its base-grain points to the period by its own kind, then the formula is applied to
 * those totals. prev() reads the operands rolled up to the calendar's previous period.
 *
 * @example
 * // A quarter's churn: Σ lost customers over the customers at the quarter's start.
 * evaluateFormulaForPeriod('lost / customers * 100', {
 *   calendar, baseGrain: 'month', period: calendar.parseKey('2026-Q1'),
 *   metrics: [{ key: 'lost', kind: 'sum' }, { key: 'customers', kind: 'first' }],
 *   points: { lost: [...], customers: [...] },
 * }).value;
 */
export function evaluateFormulaForPeriod(
  formula: ParsedFormula | string,
  input: FormulaPeriodInput,
): FormulaPeriodResult {
  const parsed = typeof formula === 'string' ? parseFormula(formula) : formula;
  const definitions = new Map(input.metrics.map((m) => [m.key, m]));
  const operandsFor = (keys: readonly string[], period: Period) => {
    const out: Record<string, AggregateResult> = {};
    for (const key of keys) {
      const metric = definitions.get(key);
      if (!metric) {
        throw new RangeError(
          `the formula "${parsed.text}" references "${key}", which is not a defined metric`,
        );
      }
      const points = Object.hasOwn(input.points, key) ? (input.points[key] ?? []) : [];
      out[key] = aggregate(metric, points, period, input);
    }
    return out;
  };
  const operands = operandsFor(parsed.references, input.period);
  const previousOperands = parsed.usesPrevious
    ? operandsFor(parsed.previousReferences, input.calendar.previous(input.period))
    : null;
  const result = evaluateFormula(parsed.ast, {
    values: operands,
    ...(previousOperands ? { previous: previousOperands } : {}),
  });
  return { ...result, period: input.period, operands, previousOperands };
}
