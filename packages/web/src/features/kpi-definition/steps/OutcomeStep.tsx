import { TextAreaField, TextField } from '../../../components/Field';
import type { StepProps } from '../wizard-types';

export function OutcomeStep({ draft, update, errorOf }: StepProps) {
  return (
    <>
      <TextField
        label="Name"
        name="name"
        hint="What people will call it, e.g. “Conversion rate” or “New customers (EU)”"
        value={draft.name}
        onChange={(e) => update({ name: e.target.value }, 'name')}
        error={errorOf('name')}
        maxLength={200}
        required
      />
      <TextAreaField
        label="Objective"
        name="objective"
        hint="The outcome you want, in one sentence: “Turn more visitors into customers.”"
        value={draft.objective}
        onChange={(e) => update({ objective: e.target.value }, 'objective')}
        error={errorOf('objective')}
      />
      <TextAreaField
        label="Why it matters"
        name="whyItMatters"
        hint="What improves for the business or its customers when this KPI improves"
        value={draft.whyItMatters}
        onChange={(e) => update({ whyItMatters: e.target.value }, 'whyItMatters')}
        error={errorOf('whyItMatters')}
      />
    </>
  );
}
