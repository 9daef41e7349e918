import type { KpiTemplate } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createKpi, updateKpi } from '../../api/kpi-definitions';
import { createMetric, fetchAllMetrics } from '../../api/metrics';
import { queryKeys } from '../../api/queries';
import { createTarget, deleteTarget, updateTarget } from '../../api/targets';
import { Button } from '../../components/Button';
import { Form, FormActions } from '../../components/Form';
import { FormErrors } from '../../components/FormErrors';
import { blankDraft, draftFromTemplate, type KpiDraft } from './draft';
import { SavedPanel } from './SavedPanel';
import { saveDefinition, type SaveProgress, type SaveResult } from './save';
import { StepList } from './StepList';
import { InfluenceStep } from './steps/InfluenceStep';
import { MeasureStep } from './steps/MeasureStep';
import { OutcomeStep } from './steps/OutcomeStep';
import { OwnershipStep } from './steps/OwnershipStep';
import { ReviewStep } from './steps/ReviewStep';
import { StartStep } from './steps/StartStep';
import { SummaryStep } from './steps/SummaryStep';
import { TargetStep } from './steps/TargetStep';
import { useWizardState } from './useWizardState';
import { stepOfField } from './validate';
import styles from './Wizard.module.css';
import {
  CREATE_STEPS,
  EDIT_STEPS,
  STEP_QUESTIONS,
  STEP_TITLES,
  type StepId,
  type WizardContext,
} from './wizard-types';

const API = {
  fetchAllMetrics,
  createMetric,
  createKpi,
  updateKpi,
  createTarget,
  updateTarget,
  deleteTarget,
};

/** The stepped Define-a-KPI form: one SMART question per step, checked as you type. */
export function KpiWizard({ initial, context }: { initial: KpiDraft; context: WizardContext }) {
  const client = useQueryClient();
  const steps = context.mode === 'create' ? CREATE_STEPS : EDIT_STEPS;
  const state = useWizardState(initial, context);
  const { draft, errors } = state;
  const [index, setIndex] = useState(0);
  const [reached, setReached] = useState(context.mode === 'edit' ? steps.length - 1 : 0);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<SaveResult | null>(null);
  const progress = useRef<SaveProgress>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const moved = useRef(false);
  const step = steps[index] ?? 'summary';

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [index]);
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const goTo = (target: number) => {
    setIndex(target);
    setReached((r) => Math.max(r, target));
  };
  const goToStep = (id: StepId) => goTo(Math.max(0, steps.indexOf(id)));
  const errorSteps = state.stepsWithErrors(errors);
  const attention = new Set([...errorSteps].filter((s) => state.revealed.has(s)));

  const save = useMutation({
    mutationFn: () =>
      saveDefinition(
        draft,
        {
          api: API,
          calendar: context.calendar,
          now: new Date(),
          kpiId: context.kpi?.id,
          targets: context.targets,
        },
        progress.current,
      ),
    onSuccess: (result) => {
      setSaved(result);
      void client.invalidateQueries({ queryKey: queryKeys.kpis });
      void client.invalidateQueries({ queryKey: ['metrics'] });
      void client.invalidateQueries({ queryKey: ['targets'] });
      void client.invalidateQueries({ queryKey: queryKeys.evaluations });
    },
    onError: (error) => {
      const failed = state.takeServerError(error);
      state.reveal(failed);
      const first = steps.find((s) => failed.has(s));
      if (first && first !== step) goToStep(first);
      setAttempt((a) => a + 1);
    },
  });

  const next = () => {
    if (errorSteps.has(step)) {
      state.reveal([step]);
      setAttempt((a) => a + 1);
      return;
    }
    goTo(index + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step !== 'summary') return next();
    if (errorSteps.size > 0) {
      state.reveal(errorSteps);
      const first = steps.find((s) => errorSteps.has(s));
      if (first) goToStep(first);
      setAttempt((a) => a + 1);
      return;
    }
    save.mutate();
  };
  const choose = (template: KpiTemplate | null) => {
    state.setDraft(template ? draftFromTemplate(template) : blankDraft());
    goTo(1);
  };

  if (saved) return <SavedPanel result={saved} mode={context.mode} />;
  const props = { draft, update: state.update, errorOf: state.errorOf, context };
  const shownFields = state.serverFields.filter((key) => stepOfField(key) !== undefined);
  return (
    <div className={styles.wizard}>
      <StepList steps={steps} current={index} reached={reached} attention={attention} onGo={goTo} />
      <Form formRef={formRef} onSubmit={submit} aria-labelledby="step-title">
        <FormErrors error={save.error} fieldsShown={shownFields} />
        <section className={styles.step}>
          <h2 id="step-title" ref={heading} tabIndex={-1} className={styles.stepTitle}>
            <span className={styles.stepOf}>
              Step {index + 1} of {steps.length}: {STEP_TITLES[step]}
            </span>
            {STEP_QUESTIONS[step]}
          </h2>
          {step === 'start' && (
            <StartStep
              onBlank={() => choose(null)}
              onTemplate={choose}
              chosen={draft.templateKey ? draft.name : null}
            />
          )}
          {step === 'outcome' && <OutcomeStep {...props} />}
          {step === 'measure' && <MeasureStep {...props} />}
          {step === 'influence' && <InfluenceStep {...props} />}
          {step === 'ownership' && <OwnershipStep {...props} />}
          {step === 'review' && <ReviewStep {...props} />}
          {step === 'target' && <TargetStep {...props} isSum={state.kind === 'sum'} />}
          {step === 'summary' && <SummaryStep {...props} goTo={goToStep} />}
        </section>
        {step !== 'start' && (
          <FormActions>
            {index > 0 && <Button onClick={() => goTo(index - 1)}>Back</Button>}
            {step === 'summary' ? (
              <Button type="submit" variant="primary" busy={save.isPending}>
                {context.mode === 'create' ? 'Save KPI' : 'Save changes'}
              </Button>
            ) : (
              <Button type="submit" variant="primary">
                Next
              </Button>
            )}
          </FormActions>
        )}
      </Form>
    </div>
  );
}
