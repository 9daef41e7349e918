import type { Calendar, Kpi, KpiTarget, Metric, Team, User } from '@vitals/core';
import type { KpiDraft } from './draft';

export const CREATE_STEPS = [
  'start',
  'outcome',
  'measure',
  'influence',
  'ownership',
  'review',
  'target',
  'summary',
] as const;
export type StepId = (typeof CREATE_STEPS)[number];
export const EDIT_STEPS: readonly StepId[] = CREATE_STEPS.filter((s) => s !== 'start');

export const STEP_TITLES: Record<StepId, string> = {
  start: 'Start',
  outcome: 'Outcome',
  measure: 'Measure',
  influence: 'Influence',
  ownership: 'Owner',
  review: 'Review',
  target: 'Target',
  summary: 'Check and save',
};

/** The question each step answers (the SMART questions of a good KPI). */
export const STEP_QUESTIONS: Record<StepId, string> = {
  start: 'Start blank, or from the template library?',
  outcome: 'What outcome do you want, and why does it matter?',
  measure: 'How is it measured?',
  influence: 'How can the team influence it?',
  ownership: 'Who owns it, and where does it sit?',
  review: 'How often is it reviewed, and which way is good?',
  target: 'What is the target, and what is it based on?',
  summary: 'Check the definition and save it',
};

/** What the steps read besides the draft. */
export interface WizardContext {
  mode: 'create' | 'edit';
  metrics: readonly Metric[];
  people: readonly User[];
  teams: readonly Team[];
  calendar: Calendar;
  currency: string;
  /** The workspace's locale, for numbers. */
  locale: string;
  /** Edit mode: the KPI as stored and its targets. */
  kpi?: Kpi;
  targets?: readonly KpiTarget[];
}

export interface StepProps {
  draft: KpiDraft;
  /** Changes the draft; `field` is the key of the field changed (its message shows from now on). */
  update: (patch: Partial<KpiDraft>, field: string) => void;
  /** The message of a field (or of its sub-fields) to show now, if any. */
  errorOf: (field: string) => string | undefined;
  context: WizardContext;
}
