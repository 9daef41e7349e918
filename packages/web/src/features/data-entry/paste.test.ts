import { describe, expect, it } from 'vitest';
import { parseClipboard, planPaste, type PasteTarget } from './paste';

describe('parseClipboard', () => {
  it('splits rows on newlines and cells on tabs, ignoring the trailing newline', () => {
    expect(parseClipboard('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboard('1\r\n2\r\n')).toEqual([['1'], ['2']]);
    expect(parseClipboard('42')).toEqual([['42']]);
  });

  it('keeps empty cells in place', () => {
    expect(parseClipboard('1\t\t3\n\t5\t')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
  });

  it('reads quoted cells holding tabs, newlines and doubled quotes, as spreadsheets write them', () => {
    expect(parseClipboard('"a\tb"\t"line 1\nline 2"\t"say ""hi"""\n')).toEqual([
      ['a\tb', 'line 1\nline 2', 'say "hi"'],
    ]);
    // A quote that does not wrap the whole cell is text.
    expect(parseClipboard('5" screen\t2')).toEqual([['5" screen', '2']]);
  });

  it('gives nothing for an empty clipboard', () => {
    expect(parseClipboard('')).toEqual([]);
  });
});

const rows = ['2026-11-07', '2026-11-06', '2026-11-05', '2026-11-04'];
const target: PasteTarget = {
  rowKeys: rows,
  columnIds: ['a', 'b', 'c'],
  isPeriod: (label) => /^\d{4}-\d{2}-\d{2}$/.test(label),
  rowOf: (label) => (rows.includes(label) ? label : undefined),
};

describe('planPaste', () => {
  it('places a plain block from the anchor cell down and right, counting what falls outside', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      { row: 3, column: 2 },
      target,
    );
    expect(plan.byPeriod).toBe(false);
    expect(plan.writes).toEqual([{ row: '2026-11-04', column: 'c', text: '1' }]);
    expect(plan.outside).toBe(3);
  });

  it('matches rows by the period named in the first column, whatever their order', () => {
    const plan = planPaste(
      [
        ['Date', 'Conversions', 'Visitors'],
        ['2026-11-04', '12', '400'],
        ['2026-11-05', '15', '410'],
        ['2026-10-01', '1', '2'],
      ],
      { row: 0, column: 0 },
      target,
    );
    expect(plan).toMatchObject({ byPeriod: true, headerSkipped: true });
    expect(plan.unknownPeriods).toEqual(['2026-10-01']);
    expect(plan.writes).toEqual([
      { row: '2026-11-04', column: 'a', text: '12' },
      { row: '2026-11-04', column: 'b', text: '400' },
      { row: '2026-11-05', column: 'a', text: '15' },
      { row: '2026-11-05', column: 'b', text: '410' },
    ]);
  });

  it('fills from the anchor’s column when matching by period', () => {
    const plan = planPaste([['2026-11-07', '9']], { row: 2, column: 1 }, target);
    expect(plan.writes).toEqual([{ row: '2026-11-07', column: 'b', text: '9' }]);
  });

  it('trims pasted text', () => {
    expect(planPaste([[' 7 ']], { row: 0, column: 0 }, target).writes).toEqual([
      { row: '2026-11-07', column: 'a', text: '7' },
    ]);
  });
});
