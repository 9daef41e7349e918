/**
 * Reads what a spreadsheet puts on the clipboard: rows separated by newlines, cells by tabs, and
 * cells holding a tab, a newline or a quote wrapped in double quotes (quotes doubled inside), as
 * Excel, LibreOffice and Google Sheets write them. A trailing newline adds no empty row.
 *
 * @example parseClipboard('1\t2\n3\t4\n'); // [['1', '2'], ['3', '4']]
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the closing quote; "" inside is one quote.
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        quoted += text[j];
        j += 1;
      }
      const after = text[j + 1];
      if (closed && (after === undefined || after === '\t' || after === '\n' || after === '\r')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // Not a well-formed quoted cell: keep the quote as text.
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Where pasted cells land: the grid's rows and columns in display order. */
export interface PasteTarget {
  rowKeys: readonly string[];
  columnIds: readonly string[];
  /** Whether a pasted label names a period (a period key, or a date in one). */
  isPeriod: (label: string) => boolean;
  /** The row of the period a label names, when that period is shown. */
  rowOf: (label: string) => string | undefined;
}

export interface PasteWrite {
  row: string;
  column: string;
  text: string;
}

export interface PastePlan {
  writes: PasteWrite[];
  /** True when the block's first column named the periods and rows were matched by it. */
  byPeriod: boolean;
  /** Cells that fell outside the grid (below the last row or right of the last column). */
  outside: number;
  /** Labels in the first column that name no period shown. */
  unknownPeriods: string[];
  /** Rows without a period label among rows matched by period (left out). */
  unlabelledRows: number;
  headerSkipped: boolean;
}

/**
 * Places a pasted block in the grid. When its first column names periods (keys such as
 * `2026-W47`, or dates), rows are matched by period whatever their order and the remaining cells
 * fill the columns from the anchor's; a first row that names no period is taken as a header.
 * Otherwise cells land from the anchor cell down and to the right.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  anchor: { row: number; column: number },
  target: PasteTarget,
): PastePlan {
  const plan: PastePlan = {
    writes: [],
    byPeriod: false,
    outside: 0,
    unknownPeriods: [],
    unlabelledRows: 0,
    headerSkipped: false,
  };
  const labelOf = (row: readonly string[]) => (row[0] ?? '').trim();
  const labelled = (row: readonly string[]) => target.isPeriod(labelOf(row));
  const body = block.length > 1 && !labelled(block[0] ?? []) ? block.slice(1) : block;
  const byPeriod =
    body.length > 0 && body.filter(labelled).length >= Math.max(1, Math.ceil(body.length / 2));
  const place = (rowIndex: number, cells: readonly string[]) => {
    cells.forEach((text, j) => {
      const row = target.rowKeys[rowIndex];
      const column = target.columnIds[anchor.column + j];
      if (row === undefined || column === undefined) plan.outside += 1;
      else plan.writes.push({ row, column, text: text.trim() });
    });
  };
  if (byPeriod) {
    plan.byPeriod = true;
    plan.headerSkipped = body !== block;
    for (const cells of body) {
      const row = target.rowOf(labelOf(cells));
      if (row === undefined) {
        if (labelled(cells)) plan.unknownPeriods.push(labelOf(cells));
        else plan.unlabelledRows += 1;
        continue;
      }
      place(target.rowKeys.indexOf(row), cells.slice(1));
    }
    return plan;
  }
  block.forEach((cells, i) => place(anchor.row + i, cells));
  return plan;
}
