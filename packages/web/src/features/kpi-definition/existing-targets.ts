import {
  isBand,
  kpiTargetUpdateSchema,
  type KpiTarget,
  type KpiTargetUpdate,
  type TargetBasis,
  type TargetValue,
} from '@vitals/core';
import { numberOf } from './draft';

/** Phasing methods the form offers; weights and ramps are kept as they are. */
export type EditablePhasing = 'even' | 'last_year';

/** One stored target as the form edits it (numbers stay text until saved). */
export interface ExistingTargetDraft {
  id: string;
  /** The target as it was when the form opened: only what the person changed since is sent. */
  original: KpiTarget;
  value: string;
  lower: string;
  upper: string;
  /** A phased horizon's method when the form may change it; null otherwise. */
  phasing: EditablePhasing | null;
  basis: TargetBasis;
  note: string;
  /** Deleted when the definition is saved; the audit log keeps what it was. */
  deleted: boolean;
}

export type ExistingTargetChange =
  { kind: 'update'; id: string; update: KpiTargetUpdate } | { kind: 'delete'; id: string };

const text = (n: number) => String(n);

function editablePhasing(target: KpiTarget): EditablePhasing | null {
  const method = target.phasing?.method;
  return method === 'even' || method === 'last_year' ? method : null;
}

/** The form's copy of each stored target. */
export function existingTargetDrafts(targets: readonly KpiTarget[]): ExistingTargetDraft[] {
  return targets.map((t) => ({
    id: t.id,
    original: t,
    value: isBand(t.value) ? '' : text(t.value),
    lower: isBand(t.value) ? text(t.value.lower) : '',
    upper: isBand(t.value) ? text(t.value.upper) : '',
    phasing: editablePhasing(t),
    basis: t.basis,
    note: t.note,
    deleted: false,
  }));
}

/** The typed value: a band for within-band KPIs, else a number (NaN parts when not numbers). */
export function typedValue(draft: ExistingTargetDraft, band: boolean): TargetValue {
  return band
    ? { lower: numberOf(draft.lower), upper: numberOf(draft.upper) }
    : numberOf(draft.value);
}

function sameValue(a: TargetValue, b: TargetValue): boolean {
  if (isBand(a) && isBand(b)) return a.lower === b.lower && a.upper === b.upper;
  return !isBand(a) && !isBand(b) && a === b;
}

/**
 * Only what the person changed from the target as the form loaded it; null when nothing. A field
 * someone else changed meanwhile (the list refreshes live) is left as they set it.
 */
function updateOf(draft: ExistingTargetDraft, band: boolean): KpiTargetUpdate | null {
  const stored = draft.original;
  const update: KpiTargetUpdate = {};
  const value = typedValue(draft, band);
  if (!sameValue(value, stored.value)) update.value = value;
  if (draft.phasing !== null && draft.phasing !== editablePhasing(stored)) {
    update.phasing = { method: draft.phasing };
  }
  if (draft.basis !== stored.basis) update.basis = draft.basis;
  if (draft.note !== stored.note) update.note = draft.note;
  return Object.keys(update).length > 0 ? update : null;
}

/**
 * What saving does to the stored targets: deletions first (so a new target may take a freed
 * slot), then changes. Targets no longer stored (deleted elsewhere meanwhile) are left out.
 */
export function existingTargetChanges(
  drafts: readonly ExistingTargetDraft[],
  stored: readonly KpiTarget[],
  band: boolean,
): ExistingTargetChange[] {
  const ids = new Set(stored.map((t) => t.id));
  const deletes: ExistingTargetChange[] = [];
  const updates: ExistingTargetChange[] = [];
  for (const draft of drafts) {
    if (!ids.has(draft.id)) continue;
    if (draft.deleted) {
      deletes.push({ kind: 'delete', id: draft.id });
      continue;
    }
    const update = updateOf(draft, band);
    if (update) updates.push({ kind: 'update', id: draft.id, update });
  }
  return [...deletes, ...updates];
}

/**
 * Field messages of the edited targets, keyed `targets/<id>/value` (`…/value/lower`, `…/note`),
 * from the same update schema the server checks.
 */
export function existingTargetErrors(
  drafts: readonly ExistingTargetDraft[],
  band: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const draft of drafts) {
    if (draft.deleted) continue;
    const key = `targets/${draft.id}`;
    const value = typedValue(draft, band);
    if (isBand(value)) {
      if (Number.isNaN(value.lower))
        errors[`${key}/value/lower`] = 'Type the lower bound as a number';
      if (Number.isNaN(value.upper))
        errors[`${key}/value/upper`] = 'Type the upper bound as a number';
      else if (value.lower > value.upper) {
        errors[`${key}/value/upper`] = 'The upper bound must not be below the lower';
      }
    } else if (Number.isNaN(value)) {
      errors[`${key}/value`] = 'Type the target as a number';
    }
    const checked = kpiTargetUpdateSchema.safeParse({ basis: draft.basis, note: draft.note });
    for (const issue of checked.error?.issues ?? []) {
      const field = `${key}/${issue.path.map(String).join('/')}`;
      if (!(field in errors)) errors[field] = issue.message;
    }
  }
  return errors;
}
