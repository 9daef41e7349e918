import { TextAreaField } from '../../../components/Field';
import type { StepProps } from '../wizard-types';

export function InfluenceStep({ draft, update, errorOf }: StepProps) {
  return (
    <TextAreaField
      label="How to influence it"
      name="howToInfluence"
      hint="The levers the team controls. A KPI nobody can move is only a report."
      rows={5}
      value={draft.howToInfluence}
      onChange={(e) => update({ howToInfluence: e.target.value }, 'howToInfluence')}
      error={errorOf('howToInfluence')}
    />
  );
}
