import {
  kpiCreateSchema,
  kpiTargetCreateSchema,
  metricCreateSchema,
  type AggregationKind,
  type Calendar,
} from '@vitals/core';
import type { z } from 'zod';
import { kpiInputOf, numberOf, type KpiDraft } from './draft';
import { existingTargetErrors } from './existing-targets';
import { newMetricInput, targetInputOf } from './requests';

/** Field key (`name`, `metric/key`, `target/value`, `thresholds/atRisk`) → what is wrong. */
export type FieldErrors = Record<string, string>;

/** Stands in for ids that exist only once saved, so the rest can be checked before. */
const LATER_ID = '00000000-0000-4000-8000-000000000000';

export const STEP_FIELDS = {
  outcome: ['name', 'objective', 'whyItMatters'],
  measure: ['metric'],
  influence: ['howToInfluence'],
  ownership: ['ownerId', 'teamId', 'level', 'typeTags'],
  review: ['reviewCadence', 'direction'],
  target: ['target', 'targets', 'thresholds'],
} as const;
export type StepWithFields = keyof typeof STEP_FIELDS;

/** The step that shows a field (by the field key's first part). */
export function stepOfField(key: string): StepWithFields | undefined {
  const head = key.split('/')[0] === 'metricId' ? 'metric' : key.split('/')[0];
  return (Object.keys(STEP_FIELDS) as StepWithFields[]).find((step) =>
    (STEP_FIELDS[step] as readonly string[]).includes(head ?? ''),
  );
}

function collect(errors: FieldErrors, issues: readonly z.core.$ZodIssue[], prefix = ''): void {
  for (const issue of issues) {
    const key = prefix + issue.path.map(String).join('/');
    if (!(key in errors)) errors[key] = issue.message;
  }
}

export interface DraftContext {
  calendar: Calendar;
  now: Date;
  /** The aggregation kind of the metric the KPI will measure (null while none is chosen). */
  kind: AggregationKind | null;
  /** Keys of the metrics that exist, to refuse a new metric's key that is taken. */
  metricKeys: ReadonlySet<string>;
}

/** Checks the whole draft with core's schemas (what the server will check), field by field. */
export function validateDraft(draft: KpiDraft, context: DraftContext): FieldErrors {
  const errors: FieldErrors = {};
  const kpi = kpiCreateSchema.safeParse(kpiInputOf(draft, LATER_ID));
  if (!kpi.success) collect(errors, kpi.error.issues);
  for (const name of ['onTrack', 'atRisk'] as const) {
    if (Number.isNaN(numberOf(draft[name]))) {
      errors[`thresholds/${name}`] = 'Type a percentage such as 90';
    }
  }
  const { metric } = draft;
  if (metric.mode === 'existing' && !metric.metricId) errors['metric'] = 'Choose a metric';
  if (metric.mode === 'new') {
    const checked = metricCreateSchema.safeParse(newMetricInput(metric.metric));
    if (!checked.success) collect(errors, checked.error.issues, 'metric/');
    if (context.metricKeys.has(metric.metric.key) && !errors['metric/key']) {
      errors['metric/key'] =
        'A metric with this key exists already: choose it as an existing metric, or change the key';
    }
    if (metric.metric.decimals.trim() !== '' && Number.isNaN(numberOf(metric.metric.decimals))) {
      errors['metric/unit/decimals'] = 'Type a whole number of decimals, such as 2';
    }
  }
  validateTarget(draft, context, errors);
  const band = draft.direction === 'within_band';
  for (const [key, message] of Object.entries(existingTargetErrors(draft.existingTargets, band))) {
    errors[key] ??= message;
  }
  return errors;
}

function validateTarget(draft: KpiDraft, context: DraftContext, errors: FieldErrors): void {
  const { target } = draft;
  if (target.mode === 'none') return;
  if (target.mode === 'annual' && context.kind !== null && context.kind !== 'sum') {
    errors['target/mode'] =
      'An annual total fits metrics that add up over time; this KPI is a level, so set a standing value';
    return;
  }
  if (draft.direction === 'within_band') {
    const lower = numberOf(target.lower);
    const upper = numberOf(target.upper);
    if (Number.isNaN(lower)) errors['target/value/lower'] = 'Type the lower bound as a number';
    if (Number.isNaN(upper)) errors['target/value/upper'] = 'Type the upper bound as a number';
    else if (lower > upper)
      errors['target/value/upper'] = 'The upper bound must not be below the lower';
  } else if (Number.isNaN(numberOf(target.value))) {
    errors['target/value'] = 'Type the target as a number';
  }
  const input = targetInputOf(draft, LATER_ID, context.calendar, context.now);
  const checked = kpiTargetCreateSchema.safeParse(input);
  if (!checked.success) {
    const rest = checked.error.issues.filter((issue) => issue.path[0] !== 'value');
    collect(errors, rest, 'target/');
  }
}
