import type { DateWindow } from '../calendar/index';
import { evaluateFormula, type FormulaOperandValue } from '../formulas/evaluate';
import type { ParsedFormula } from '../formulas/parse';
import type { Measure, Measurement } from './evaluate-kpi';

/**
 * A `Measure` for a formula KPI: each operand is measured over the window by its own kind first,
 * then the formula is evaluated (DESIGN rule 3) — a quarter's CAC is the quarter's spend over the
 * quarter's new customers. `prev()` reads the operands over `previousWindow(window)`.
 *
 * @example
 * formulaMeasure(parseFormula('spend / new_customers'), { spend, new_customers })({ start, end });
 */
export function formulaMeasure(
  formula: ParsedFormula,
  operands: Readonly<Record<string, Measure>>,
  previousWindow?: (window: DateWindow) => DateWindow,
): Measure {
  const measureAll = (window: DateWindow, keys: readonly string[]) => {
    const values: Record<string, FormulaOperandValue> = {};
    let pointCount = 0;
    for (const key of keys) {
      const measure = operands[key];
      const m: Measurement = measure ? measure(window) : { value: null, pointCount: 0 };
      values[key] = m.value;
      pointCount += m.pointCount;
    }
    return { values, pointCount };
  };
  return (window) => {
    const current = measureAll(window, formula.references);
    const previous =
      formula.usesPrevious && previousWindow
        ? measureAll(previousWindow(window), formula.previousReferences).values
        : undefined;
    const result = evaluateFormula(formula.ast, {
      values: current.values,
      ...(previous ? { previous } : {}),
    });
    return result.value === null
      ? { value: null, pointCount: current.pointCount, reason: result.reason }
      : { value: result.value, pointCount: current.pointCount };
  };
}
