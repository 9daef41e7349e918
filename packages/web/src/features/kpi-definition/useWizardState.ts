import { templateByKey, type AggregationKind } from '@vitals/core';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/problem';
import { formulaKindOf, type KpiDraft } from './draft';
import { stepOfField, validateDraft, type FieldErrors } from './validate';
import type { StepId, WizardContext } from './wizard-types';

/** The first message under a field key: its own, or one of its sub-fields'. */
export function errorAt(errors: FieldErrors, key: string): string | undefined {
  if (errors[key]) return errors[key];
  const sub = Object.keys(errors).find((k) => k.startsWith(`${key}/`));
  return sub ? errors[sub] : undefined;
}

/** The aggregation kind the KPI's target will be judged by. */
export function kindOf(draft: KpiDraft, context: WizardContext): AggregationKind | null {
  const { metric } = draft;
  if (metric.mode === 'existing') {
    return context.metrics.find((m) => m.id === metric.metricId)?.aggregation ?? null;
  }
  if (metric.mode === 'new') return metric.metric.aggregation;
  const template = draft.templateKey ? templateByKey(draft.templateKey) : undefined;
  return template ? formulaKindOf(template) : null;
}

/** The draft with its field messages: shown once a field is changed, or its step is checked. */
export function useWizardState(initial: KpiDraft, context: WizardContext) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState<ReadonlySet<StepId>>(new Set());
  const [server, setServer] = useState<FieldErrors>({});
  const kind = kindOf(draft, context);
  const metricKeys = useMemo(() => new Set(context.metrics.map((m) => m.key)), [context.metrics]);
  const errors = useMemo(
    () => validateDraft(draft, { calendar: context.calendar, now: new Date(), kind, metricKeys }),
    [draft, context.calendar, kind, metricKeys],
  );
  const errorOf = (field: string): string | undefined => {
    const fromServer = errorAt(server, field);
    if (fromServer) return fromServer;
    const step = stepOfField(field);
    const shown = touched.has(field) || (step !== undefined && revealed.has(step));
    return shown ? errorAt(errors, field) : undefined;
  };
  const update = (patch: Partial<KpiDraft>, field: string) => {
    setDraft((current) => ({ ...current, ...patch }));
    setTouched((current) => new Set(current).add(field));
    setServer((current) => {
      const next = { ...current };
      for (const key of Object.keys(next)) {
        if (key === field || key.startsWith(`${field}/`) || field.startsWith(`${key}/`)) {
          delete next[key];
        }
      }
      return next;
    });
  };
  const stepsWithErrors = (all: FieldErrors): Set<StepId> =>
    new Set(
      Object.keys(all)
        .map(stepOfField)
        .filter((s): s is NonNullable<typeof s> => s !== undefined),
    );
  /** Takes a failed save's field messages; returns the steps they belong to. */
  const takeServerError = (error: unknown): Set<StepId> => {
    if (!(error instanceof ApiError)) return new Set();
    const fields: FieldErrors = {};
    for (const [key, message] of Object.entries(error.fields)) {
      fields[key.startsWith('metricId') ? 'metric' : key] = message;
    }
    setServer(fields);
    return stepsWithErrors(fields);
  };
  return {
    draft,
    setDraft,
    kind,
    errors,
    errorOf,
    update,
    serverFields: Object.keys(server),
    reveal: (steps: Iterable<StepId>) => setRevealed((current) => new Set([...current, ...steps])),
    revealed,
    stepsWithErrors,
    takeServerError,
  };
}
