import { DIRECTIONS, KPI_REVIEW_CADENCES, type KpiReviewCadence } from '@vitals/core';
import { SelectField } from '../../../components/Field';
import { RadioGroup } from '../../../components/RadioGroup';
import { CADENCE_LABELS, DIRECTION_LABELS } from '../labels';
import type { StepProps } from '../wizard-types';

export function ReviewStep({ draft, update, errorOf }: StepProps) {
  return (
    <>
      <SelectField
        label="Reviewed"
        name="reviewCadence"
        hint="How often the owner checks in on it; data older than this makes it stale"
        options={KPI_REVIEW_CADENCES.map((c) => ({ value: c, label: CADENCE_LABELS[c] }))}
        value={draft.reviewCadence}
        onChange={(e) => {
          const reviewCadence = e.target.value as KpiReviewCadence;
          update(
            { reviewCadence, target: { ...draft.target, grain: reviewCadence } },
            'reviewCadence',
          );
        }}
        error={errorOf('reviewCadence')}
      />
      <RadioGroup
        legend="Which way is good"
        name="direction"
        value={draft.direction}
        onChange={(direction) => update({ direction }, 'direction')}
        error={errorOf('direction')}
        options={DIRECTIONS.map((d) => ({
          value: d,
          label: DIRECTION_LABELS[d].label,
          description: DIRECTION_LABELS[d].description,
        }))}
      />
    </>
  );
}
