import {
  isBand,
  TARGET_BASES,
  type KpiTarget,
  type MetricUnit,
  type TargetBasis,
} from '@vitals/core';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextAreaField } from '../../../components/Field';
import { FieldRow } from '../../../components/Form';
import { formatValue, type NumberContext } from '../../../format/number';
import type { EditablePhasing, ExistingTargetDraft } from '../existing-targets';
import { BASIS_LABELS } from '../labels';
import styles from '../Wizard.module.css';
import { TargetValueFields } from './TargetValueFields';

/** Where a stored target applies, in words: "Per month from 2026-01-01", "For 2026-12". */
export function placementOf(target: KpiTarget): string {
  if (target.effectiveFrom) return `Per ${target.grain} from ${target.effectiveFrom}`;
  if (target.phasing)
    return `${target.periodKey}, spread by ${target.grain} (${target.phasing.method.replace('_', ' ')})`;
  return `For ${target.periodKey}`;
}

/** A stored value in the KPI's unit: "$120,000", or "80%–90%" for a band. */
export function storedValueText(target: KpiTarget, unit: MetricUnit, context: NumberContext) {
  const v = (n: number) => formatValue(n, unit, context);
  return isBand(target.value)
    ? `${v(target.value.lower)}–${v(target.value.upper)}`
    : v(target.value);
}

interface RowProps {
  row: ExistingTargetDraft;
  target: KpiTarget;
  band: boolean;
  /** Last year's shape spreads only totals (sum metrics); levels keep their phasing. */
  isSum: boolean;
  unit: MetricUnit;
  numbers: NumberContext;
  onChange: (next: ExistingTargetDraft, field: string) => void;
  errorOf: (field: string) => string | undefined;
}

/** One stored target: what it is, and its fields to change, or a confirmed deletion to undo. */
export function ExistingTargetRow({
  row,
  target,
  band,
  isSum,
  unit,
  numbers,
  onChange,
  errorOf,
}: RowProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const key = `targets/${row.id}`;
  const error = (field: string) => errorOf(`${key}/${field}`);
  // A message from the server (or a check) opens the fields, so it shows at its input.
  const open = !row.deleted && (editing || errorOf(key) !== undefined);
  const place = placementOf(target);
  const set = (patch: Partial<ExistingTargetDraft>, field: string) =>
    onChange({ ...row, ...patch }, field);
  const summary = (
    <>
      <strong>{place}</strong>: {storedValueText(target, unit, numbers)} —{' '}
      {BASIS_LABELS[target.basis].label}
      {target.note && ` (“${target.note}”)`}
    </>
  );
  if (row.deleted) {
    return (
      <li className={styles.targetRow}>
        <p>
          <del>{summary}</del> <span className={styles.muted}>Deleted when you save.</span>
        </p>
        <div className={styles.rowActions}>
          <Button
            size="small"
            aria-label={`Undo delete of the target ${place}`}
            onClick={() => set({ deleted: false }, 'deleted')}
          >
            Undo delete
          </Button>
        </div>
      </li>
    );
  }
  return (
    <li className={styles.targetRow}>
      <p>{summary}</p>
      {confirming ? (
        <div role="group" aria-label={`Delete the target ${place}?`} className={styles.confirm}>
          <p>Delete this target when you save? The target history keeps what it was.</p>
          <Button
            size="small"
            variant="danger"
            onClick={() => {
              setConfirming(false);
              set({ deleted: true }, 'deleted');
            }}
          >
            Delete target
          </Button>
          <Button
            size="small"
            onClick={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          >
            Keep it
          </Button>
        </div>
      ) : (
        <div className={styles.rowActions}>
          <Button
            size="small"
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Change'} the target ${place}`}
            onClick={() => setEditing(!open)}
          >
            {open ? 'Hide' : 'Change'}
          </Button>
          <Button
            size="small"
            ref={deleteButton}
            aria-label={`Delete the target ${place}`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </Button>
        </div>
      )}
      {open && (
        <fieldset className={styles.plainFieldset}>
          <legend className={styles.muted}>Change the target {place}</legend>
          <FieldRow>
            <TargetValueFields
              band={band}
              label="Value"
              hint={target.phasing ? 'The total of the horizon' : 'In the KPI’s unit'}
              text={row}
              onChange={(part, text, field) => set({ [part]: text }, field)}
              errorOf={error}
            />
            {row.phasing !== null && isSum && (
              <SelectField
                label="Spread"
                options={[
                  { value: 'even', label: 'Evenly' },
                  { value: 'last_year', label: 'By last year’s shape' },
                ]}
                value={row.phasing}
                onChange={(e) => set({ phasing: e.target.value as EditablePhasing }, 'phasing')}
                error={error('phasing')}
              />
            )}
            <SelectField
              label="Basis"
              options={TARGET_BASES.map((b) => ({ value: b, label: BASIS_LABELS[b].label }))}
              value={row.basis}
              onChange={(e) => set({ basis: e.target.value as TargetBasis }, 'basis')}
              error={error('basis')}
            />
          </FieldRow>
          <TextAreaField
            label="Note"
            value={row.note}
            onChange={(e) => set({ note: e.target.value }, 'note')}
            error={error('note')}
          />
        </fieldset>
      )}
    </li>
  );
}
