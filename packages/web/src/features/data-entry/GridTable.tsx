import type { MetricUnit, Period } from '@vitals/core';
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import {
  cellKey,
  columnLabel,
  componentsFor,
  dimensionLabel,
  type ColumnGroup,
  type GridColumn,
} from './grid-model';
import styles from './GridTable.module.css';

export interface GridTableProps {
  periods: readonly Period[];
  groups: readonly ColumnGroup[];
  columns: readonly GridColumn[];
  cells: Readonly<Record<string, string>>;
  loaded: Readonly<Record<string, string>>;
  issues: Readonly<Record<string, string>>;
  readOnly: boolean;
  locale: string;
  onEdit: (key: string, text: string) => void;
  /** A multi-cell paste at a cell; returns false to let the browser paste a single value. */
  onPaste: (row: number, column: number, text: string) => boolean;
}

function unitMark(unit: MetricUnit, currency: string | undefined): string {
  switch (unit.kind) {
    case 'percent':
      return ' (%)';
    case 'currency':
      return ` (${unit.currency ?? currency ?? 'money'})`;
    case 'duration':
      return ' (seconds or m:ss)';
    default:
      return '';
  }
}

function rowLabel(period: Period, locale: string): string {
  if (period.grain !== 'day') return period.key;
  const date = new Date(`${period.key}T00:00:00Z`);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return `${weekday.format(date)} ${period.key}`;
}

/**
 * The grid: periods down, one column per component of each metric and dimension combination
 * across. Up, Down and Enter move between periods as in a spreadsheet; pasting several cells
 * fills the grid from the cell pasted into.
 */
export function GridTable(props: GridTableProps) {
  const { periods, groups, columns, cells, loaded, issues, readOnly, locale } = props;
  const table = useRef<HTMLTableElement>(null);
  const twoRows = columns.length > groups.length || groups.some((g) => g.metric.dimensions.length);
  const focusCell = (row: number, column: number) => {
    table.current?.querySelector<HTMLInputElement>(`[data-cell="${row}:${column}"]`)?.focus();
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const step = { ArrowDown: 1, Enter: event.shiftKey ? -1 : 1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    focusCell(row + step, column);
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (props.onPaste(row, column, text)) event.preventDefault();
  };
  return (
    <div className={styles.scroller}>
      <table ref={table} className={styles.grid}>
        <caption className="visually-hidden">
          Values by period, newest first. Type or paste from a spreadsheet.
        </caption>
        <thead>
          {twoRows && (
            <tr>
              <td className={styles.corner} />
              {groups.map((group) => (
                <th
                  key={group.id}
                  scope="colgroup"
                  colSpan={componentsFor(group.metric.aggregation).length}
                  className={styles.groupHead}
                >
                  {group.metric.name}
                  {unitMark(group.metric.unit, undefined)}
                  {dimensionLabel(group.dimensions) && (
                    <span className={styles.dims}>{dimensionLabel(group.dimensions)}</span>
                  )}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col" className={styles.periodHead}>
              Period
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {twoRows
                  ? column.component.label
                  : `${column.group.metric.name}${unitMark(column.group.metric.unit, undefined)}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period, r) => (
            <tr key={period.key}>
              <th scope="row" className={styles.period}>
                {rowLabel(period, locale)}
              </th>
              {columns.map((column, c) => {
                const key = cellKey(period.key, column.id);
                const issue = issues[key];
                const text = cells[key] ?? '';
                const edited = text.trim() !== (loaded[key] ?? '').trim();
                const issueId = `cell-issue-${r}-${c}`;
                return (
                  <td key={column.id} className={edited ? styles.edited : undefined}>
                    <input
                      className={styles.input}
                      data-cell={`${r}:${c}`}
                      value={text}
                      inputMode="decimal"
                      autoComplete="off"
                      spellCheck={false}
                      readOnly={readOnly}
                      aria-label={`${columnLabel(column)}, ${period.key}`}
                      aria-invalid={issue ? true : undefined}
                      aria-describedby={issue ? issueId : undefined}
                      onChange={(e) => props.onEdit(key, e.target.value)}
                      onKeyDown={(e) => keyDown(e, r, c)}
                      onPaste={(e) => paste(e, r, c)}
                    />
                    {issue && (
                      <span id={issueId} className={styles.issue}>
                        {issue}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
