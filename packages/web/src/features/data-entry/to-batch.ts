import type { DataPointBatchItemInput, ProblemIssue } from '@vitals/core';
import { parseCell, type NumberMarks } from './cell-value';
import { cellKey, componentsFor, type ColumnGroup } from './grid-model';

/** The grid's text: what each cell holds now and what it held when the stored values loaded. */
export interface GridText {
  rowKeys: readonly string[];
  groups: readonly ColumnGroup[];
  cells: Readonly<Record<string, string>>;
  loaded: Readonly<Record<string, string>>;
}

/** A message for one cell (by row key and column id). */
export interface CellIssue {
  row: string;
  column: string;
  message: string;
}

/** Where each item of a batch came from, so the server's errors find their cells again. */
export interface ItemOrigin {
  row: string;
  group: ColumnGroup;
}

export interface BatchPlan {
  items: DataPointBatchItemInput[];
  origins: ItemOrigin[];
  /** Problems found before sending; a plan with issues is not sent. */
  issues: CellIssue[];
  /** How many values (a row of one column group) differ from what was loaded. */
  changed: number;
}

const columnIdOf = (group: ColumnGroup, component: string) => `${group.id}#${component}`;

/**
 * Turns the edited cells into batch items: one item per row and column group that changed, with
 * its components parsed by the metric's unit. A group filled only in part, a value that cannot be
 * read, or a stored value emptied becomes an issue at its cell instead.
 */
export function gridToBatch(grid: GridText, marks: NumberMarks): BatchPlan {
  const plan: BatchPlan = { items: [], origins: [], issues: [], changed: 0 };
  for (const row of grid.rowKeys) {
    for (const group of grid.groups) {
      const parts = componentsFor(group.metric.aggregation).map((component) => {
        const key = cellKey(row, columnIdOf(group, component.name));
        const text = grid.cells[key] ?? '';
        const loaded = grid.loaded[key] ?? '';
        return { component, text, loaded, column: columnIdOf(group, component.name) };
      });
      if (parts.every((p) => p.text.trim() === p.loaded.trim())) continue;
      plan.changed += 1;
      const issue = (column: string, message: string) => plan.issues.push({ row, column, message });
      const filled = parts.filter((p) => p.text.trim() !== '');
      if (filled.length === 0) {
        for (const p of parts) {
          issue(p.column, 'A stored value cannot be removed here; type the value it should have');
        }
        continue;
      }
      const components: Record<string, number> = {};
      let ok = true;
      for (const p of parts) {
        if (p.text.trim() === '') {
          issue(p.column, `Give the ${p.component.label.toLowerCase()} too`);
          ok = false;
          continue;
        }
        const value = parseCell(p.text, group.metric.unit, p.component, marks);
        if (value.kind === 'error') {
          issue(p.column, value.message);
          ok = false;
        } else if (value.kind === 'value') {
          components[p.component.name] = value.value;
        }
      }
      if (!ok) continue;
      plan.items.push({
        metricId: group.metric.id,
        periodKey: row,
        dimensions: { ...group.dimensions },
        components,
        source: 'manual',
      });
      plan.origins.push({ row, group });
    }
  }
  return plan;
}

const ITEM_POINTER = /^\/body\/items\/(\d+)(?:\/(.*))?$/;

/**
 * Finds the cells of the server's per-item errors (`errors[].item` and `pointer`): a component's
 * error lands on its cell, any other error of an item on the item's first cell. Errors that name
 * no item are returned as they are.
 */
export function batchErrorsToCells(
  errors: readonly ProblemIssue[],
  origins: readonly ItemOrigin[],
): { cells: CellIssue[]; other: string[] } {
  const cells: CellIssue[] = [];
  const other: string[] = [];
  for (const error of errors) {
    const match = ITEM_POINTER.exec(error.pointer);
    const index = error.item ?? (match ? Number(match[1]) : undefined);
    const origin = index === undefined ? undefined : origins[index];
    if (!origin) {
      other.push(error.message);
      continue;
    }
    const specs = componentsFor(origin.group.metric.aggregation);
    const path = match?.[2] ?? '';
    const named = /^components\/(\w+)/.exec(path)?.[1];
    const spec = specs.find((s) => s.name === named) ?? specs[0];
    if (!spec) continue;
    cells.push({
      row: origin.row,
      column: columnIdOf(origin.group, spec.name),
      message: error.message,
    });
  }
  return { cells, other };
}
