import {
  evaluateFormulaForPeriod,
  parseFormula,
  type AggregationPoint,
  type BreakdownValues,
  type Calendar,
  type Grain,
  type ParsedFormula,
  type Period,
} from '@vitals/core';
import { HttpProblem, badRequest } from '../../http/problem';
import type { MetricDef } from './data-points.rows';
import type { RolledRow } from './series.aggregate';

export interface FormulaSeriesInput {
  metric: MetricDef;
  calendar: Calendar;
  grain: Grain;
  periods: readonly Period[];
  breakdown: readonly string[];
  /** Looks up the operands named by the formula, by key. */
  operandsByKey: (keys: readonly string[]) => Promise<MetricDef[]>;
  /** Checks an operand can be read at the grain with the filter and breakdown (throws a 400). */
  checkOperand: (operand: MetricDef) => void;
  /** One operand rolled up by its own kind over the periods (filtered, broken down). */
  rollOperand: (operand: MetricDef, periods: readonly Period[]) => Promise<RolledRow[]>;
}

export type FormulaRow = RolledRow & { operands: Record<string, number | null> };

function parsed(metric: MetricDef): ParsedFormula {
  try {
    return parseFormula(metric.formula ?? '');
  } catch (error) {
    // Formulas are checked when saved; one that no longer parses is a store problem to surface.
    throw new HttpProblem(
      409,
      'conflict',
      `The formula of metric "${metric.key}" cannot be used: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function operandsOf(input: FormulaSeriesInput, formula: ParsedFormula) {
  const keys = [...new Set([...formula.references, ...formula.previousReferences])];
  const found = await input.operandsByKey(keys);
  const missing = keys.filter((k) => !found.some((m) => m.key === k));
  if (missing.length > 0) {
    throw badRequest(
      `The formula of metric "${input.metric.key}" reads ${missing.map((k) => `"${k}"`).join(', ')}, which is not a metric of this workspace`,
    );
  }
  for (const operand of found) {
    if (operand.sourceKind === 'formula') {
      throw badRequest(
        `The formula of metric "${input.metric.key}" reads the formula metric "${operand.key}"; formulas over formulas are not supported yet`,
      );
    }
    input.checkOperand(operand);
  }
  return found;
}

/**
 * A formula metric's series, the right way (DESIGN rule 3): each operand is rolled up to each
 * period by its own kind first (in SQL where it can be), then core's `evaluateFormulaForPeriod`
 * applies the formula to those totals, per period and breakdown combination. prev() reads the
 * period before, so the operands are read one period further back when it is used.
 */
export async function formulaRows(input: FormulaSeriesInput): Promise<FormulaRow[]> {
  const formula = parsed(input.metric);
  const operands = await operandsOf(input, formula);
  const first = input.periods[0];
  if (!first) return [];
  const read = formula.usesPrevious
    ? [input.calendar.previous(first), ...input.periods]
    : [...input.periods];
  const cellKey = (periodKey: string, dims: BreakdownValues) =>
    `${periodKey}\u0000${JSON.stringify(input.breakdown.map((n) => dims[n] ?? null))}`;
  const byOperand = new Map<string, Map<string, RolledRow>>();
  const combos = new Map<string, Map<string, BreakdownValues>>();
  for (const operand of operands) {
    const rows = new Map<string, RolledRow>();
    for (const row of await input.rollOperand(operand, read)) {
      rows.set(cellKey(row.period.key, row.dimensions), row);
      let perPeriod = combos.get(row.period.key);
      if (!perPeriod) combos.set(row.period.key, (perPeriod = new Map()));
      perPeriod.set(cellKey('', row.dimensions), row.dimensions);
    }
    byOperand.set(operand.key, rows);
  }

  const metrics = operands.map((o) => ({ key: o.key, kind: o.aggregation }));
  const out: FormulaRow[] = [];
  for (const period of input.periods) {
    const previous = formula.usesPrevious ? input.calendar.previous(period) : undefined;
    for (const dimensions of combos.get(period.key)?.values() ?? []) {
      const points: Record<string, AggregationPoint[]> = {};
      let pointCount = 0;
      for (const operand of operands) {
        const rows = byOperand.get(operand.key) as Map<string, RolledRow>;
        const list: AggregationPoint[] = [];
        const current = rows.get(cellKey(period.key, dimensions));
        if (current) {
          list.push({ period: period.start, components: current.components });
          pointCount += current.pointCount;
        }
        const before = previous && rows.get(cellKey(previous.key, dimensions));
        if (before) list.push({ period: before.period.start, components: before.components });
        points[operand.key] = list;
      }
      const result = evaluateFormulaForPeriod(formula, {
        calendar: input.calendar,
        baseGrain: input.grain,
        period,
        metrics,
        points,
      });
      out.push({
        period,
        dimensions,
        components: {} as RolledRow['components'],
        operands: Object.fromEntries(
          Object.entries(result.operands).map(([key, r]) => [key, r.value]),
        ),
        pointCount,
        value: result.value,
        ...(result.value === null ? { reason: result.reason } : {}),
      });
    }
  }
  return out;
}
