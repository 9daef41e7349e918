import type { DataPointBatchResult, Period } from '@vitals/core';
import { isCivilDate, type Calendar } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { writeDataPoints } from '../../api/data-points';
import { ApiError } from '../../api/problem';
import { queryKeys } from '../../api/queries';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { FormActions } from '../../components/Form';
import { Loading } from '../../components/Page';
import { AddColumnForm } from './AddColumnForm';
import { numberMarksOf, parseCell } from './cell-value';
import { GridTable } from './GridTable';
import { cellKey, columnsOf, type ColumnGroup, type GridMetric } from './grid-model';
import { parseClipboard, planPaste, type PastePlan } from './paste';
import { SaveReport } from './SaveReport';
import { batchErrorsToCells, gridToBatch, type CellIssue } from './to-batch';
import { useStoredValues } from './useStoredValues';

interface Props {
  metrics: readonly GridMetric[];
  periods: readonly Period[];
  calendar: Calendar;
  locale: string;
  readOnly: boolean;
}

type Outcome =
  | { kind: 'saved'; result: DataPointBatchResult }
  | { kind: 'refused'; message: string; other: string[] };

const byCell = (issues: readonly CellIssue[]) =>
  Object.fromEntries(issues.map((i) => [cellKey(i.row, i.column), i.message]));

/** The editable grid of one metric (or a formula's operands), saved in one batch. */
export function DataEntryEditor({ metrics, periods, calendar, locale, readOnly }: Props) {
  const client = useQueryClient();
  const marks = useMemo(() => numberMarksOf(locale), [locale]);
  const stored = useStoredValues(metrics, periods, marks);
  const [added, setAdded] = useState<ColumnGroup[]>([]);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pasteNote, setPasteNote] = useState('');

  const groups = useMemo(() => {
    const known = new Set(stored.groups.map((g) => g.id));
    return [...stored.groups, ...added.filter((g) => !known.has(g.id))];
  }, [stored.groups, added]);
  const columns = useMemo(() => columnsOf(groups), [groups]);
  const cells = useMemo(() => ({ ...stored.loaded, ...edits }), [stored.loaded, edits]);
  const rowKeys = useMemo(() => periods.map((p) => p.key), [periods]);
  const grid = { rowKeys, groups, cells, loaded: stored.loaded };
  const pending = gridToBatch(grid, marks);
  const changed = pending.changed;

  // Validated as you type: a value that cannot be read is marked at once; what is missing (half a
  // ratio) only once the person tries to save.
  const typed: Record<string, string> = {};
  for (const column of columns) {
    for (const row of rowKeys) {
      const key = cellKey(row, column.id);
      const text = edits[key];
      if (text === undefined) continue;
      const value = parseCell(text, column.group.metric.unit, column.component, marks);
      if (value.kind === 'error') typed[key] = value.message;
    }
  }
  const issues = { ...checked, ...typed };

  const save = useMutation({
    mutationFn: () => writeDataPoints(pending.items),
    onSuccess: async (result) => {
      setEdits({});
      setChecked({});
      setOutcome({ kind: 'saved', result });
      await Promise.all([
        client.invalidateQueries({ queryKey: ['data-points'] }),
        client.invalidateQueries({ queryKey: ['series'] }),
        client.invalidateQueries({ queryKey: queryKeys.evaluations }),
      ]);
    },
    onError: (error) => {
      const problem = error instanceof ApiError ? error.problem : null;
      const mapped = batchErrorsToCells(problem?.errors ?? [], pending.origins);
      setChecked(byCell(mapped.cells));
      setOutcome({ kind: 'refused', message: error.message, other: mapped.other });
    },
  });

  const submit = () => {
    setOutcome(null);
    if (pending.issues.length > 0) {
      setChecked(byCell(pending.issues));
      const count = pending.issues.length;
      setOutcome({
        kind: 'refused',
        message: `${count === 1 ? 'One cell needs' : `${count} cells need`} attention; nothing was saved.`,
        other: [],
      });
      return;
    }
    if (pending.items.length > 0) save.mutate();
  };

  const edit = (key: string, text: string) => {
    setEdits((current) => ({ ...current, [key]: text }));
    setChecked((current) => without(current, key));
    setOutcome(null);
  };

  const paste = (row: number, column: number, text: string): boolean => {
    if (readOnly || !/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return false;
    const plan = planPaste(
      parseClipboard(text),
      { row, column },
      {
        rowKeys,
        columnIds: columns.map((c) => c.id),
        isPeriod: (label) => periodKeyOf(calendar, label, periods) !== undefined,
        rowOf: (label) => {
          const key = periodKeyOf(calendar, label, periods);
          return key !== undefined && rowKeys.includes(key) ? key : undefined;
        },
      },
    );
    const next = Object.fromEntries(plan.writes.map((w) => [cellKey(w.row, w.column), w.text]));
    setEdits((current) => ({ ...current, ...next }));
    setChecked({});
    setOutcome(null);
    setPasteNote(describePaste(plan));
    return true;
  };

  if (stored.isPending) return <Loading label="Loading stored values…" />;
  if (stored.error) {
    return (
      <Alert tone="error">
        <p>{stored.error.message}</p>
      </Alert>
    );
  }
  const dimensioned = metrics.filter((m) => m.dimensions.length > 0);
  return (
    <>
      {!readOnly &&
        dimensioned.map((metric) => (
          <AddColumnForm
            key={metric.id}
            metric={metric}
            onAdd={(group) => setAdded((current) => [...current, group])}
          />
        ))}
      {columns.length === 0 ? (
        <p>
          No values stored for these periods yet. Add a column for the dimension values to enter.
        </p>
      ) : (
        <GridTable
          periods={periods}
          groups={groups}
          columns={columns}
          cells={cells}
          loaded={stored.loaded}
          issues={issues}
          readOnly={readOnly}
          locale={locale}
          onEdit={edit}
          onPaste={paste}
        />
      )}
      <p role="status" aria-live="polite">
        {pasteNote}
      </p>
      {!readOnly && (
        <FormActions>
          <Button variant="primary" onClick={submit} busy={save.isPending} disabled={changed === 0}>
            {changed === 0
              ? 'Nothing to save'
              : `Save ${changed} ${changed === 1 ? 'value' : 'values'}`}
          </Button>
          <Button
            onClick={() => {
              setEdits({});
              setChecked({});
              setOutcome(null);
              setPasteNote('');
            }}
            disabled={Object.keys(edits).length === 0}
          >
            Discard changes
          </Button>
        </FormActions>
      )}
      <LiveRegion politeness={outcome?.kind === 'refused' ? 'assertive' : 'polite'}>
        {outcome?.kind === 'saved' && <SaveReport result={outcome.result} />}
        {outcome?.kind === 'refused' && (
          <Alert tone="error">
            <strong>{outcome.message}</strong>
            {outcome.other.length > 0 && (
              <ul>
                {outcome.other.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </LiveRegion>
    </>
  );
}

function without(record: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The key of the shown period a pasted label names: the key itself, or a date inside the period. */
function periodKeyOf(
  calendar: Calendar,
  label: string,
  periods: readonly Period[],
): string | undefined {
  const grain = periods[0]?.grain;
  if (!grain || label === '') return undefined;
  if (isCivilDate(label)) return calendar.periodOf(label, grain).key;
  try {
    const period = calendar.parseKey(label);
    return period.grain === grain ? period.key : undefined;
  } catch {
    return undefined;
  }
}

function describePaste(plan: PastePlan): string {
  const rows = new Set(plan.writes.map((w) => w.row)).size;
  const parts = [
    `Pasted ${plan.writes.length} ${plan.writes.length === 1 ? 'value' : 'values'} into ${rows} ${rows === 1 ? 'period' : 'periods'}${plan.byPeriod ? ', matched by the period in the first column' : ''}.`,
  ];
  if (plan.headerSkipped) parts.push('The first row was taken as a header and left out.');
  if (plan.outside > 0) parts.push(`${plan.outside} did not fit the grid and were left out.`);
  if (plan.unknownPeriods.length > 0) {
    parts.push(
      `Periods not shown were left out (${plan.unknownPeriods.slice(0, 3).join(', ')}${plan.unknownPeriods.length > 3 ? ', …' : ''}): show more periods to enter them.`,
    );
  }
  if (plan.unlabelledRows > 0) parts.push(`${plan.unlabelledRows} rows named no period.`);
  parts.push('Check the values, then save.');
  return parts.join(' ');
}
