import { GRAINS, TARGET_BASES, type Grain } from '@vitals/core';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { FieldRow } from '../../../components/Form';
import { RadioGroup } from '../../../components/RadioGroup';
import type { TargetDraft, TargetMode } from '../draft';
import { BASIS_LABELS, CADENCE_LABELS } from '../labels';
import styles from '../Wizard.module.css';
import type { StepProps } from '../wizard-types';
import { ExistingTargets } from './ExistingTargets';
import { TargetValueFields } from './TargetValueFields';

export function TargetStep(props: StepProps & { isSum: boolean }) {
  const { draft, update, errorOf, context, isSum } = props;
  const { target } = draft;
  const set = (patch: Partial<TargetDraft>, field: string) =>
    update({ target: { ...target, ...patch } }, `target/${field}`);
  const now = new Date();
  const thisYear = context.calendar.periodAt(now, 'year');
  const nextYear = context.calendar.next(thisYear);
  const band = draft.direction === 'within_band';
  const lowerBetter = draft.direction === 'lower_is_better';
  return (
    <>
      {context.mode === 'edit' && <ExistingTargets {...props} />}
      <RadioGroup<TargetMode>
        legend={context.mode === 'edit' ? 'Add a target' : 'Target'}
        name="targetMode"
        value={target.mode}
        onChange={(mode) => set({ mode }, 'mode')}
        error={errorOf('target/mode')}
        options={[
          {
            value: 'none',
            label: 'No target yet',
            description: 'The KPI shows its values without a status.',
          },
          {
            value: 'standing',
            label: `A standing value per ${target.grain}`,
            description: 'The same target for every period until you change it.',
          },
          {
            value: 'annual',
            label: 'An annual total, spread over the months',
            description: isSum
              ? 'A year’s total split evenly, or by the shape of last year’s months.'
              : 'Only for metrics that add up over time (sums); this one is a level.',
            disabled: !isSum,
          },
        ]}
      />
      {target.mode !== 'none' && (
        <>
          <FieldRow>
            <TargetValueFields
              band={band}
              label={target.mode === 'annual' ? 'Total for the year' : 'Target value'}
              hint="In the KPI’s unit; percentages as percent (12.5 for 12.5 %)"
              names={{ value: 'targetValue', lower: 'targetLower', upper: 'targetUpper' }}
              text={target}
              onChange={(part, text, field) => set({ [part]: text }, field)}
              errorOf={(field) => errorOf(`target/${field}`)}
            />
            {target.mode === 'standing' ? (
              <>
                <SelectField
                  label="Per"
                  name="targetGrain"
                  options={GRAINS.map((g) => ({ value: g, label: CADENCE_LABELS[g] }))}
                  value={target.grain}
                  onChange={(e) => set({ grain: e.target.value as Grain }, 'grain')}
                  error={errorOf('target/grain')}
                />
                <SelectField
                  label="Applies from"
                  name="targetFrom"
                  options={[
                    { value: 'this_year', label: `The start of ${thisYear.key}` },
                    { value: 'this_period', label: `This ${target.grain} on` },
                  ]}
                  value={target.from}
                  onChange={(e) =>
                    set(
                      { from: e.target.value === 'this_period' ? 'this_period' : 'this_year' },
                      'from',
                    )
                  }
                  error={errorOf('target/effectiveFrom')}
                />
              </>
            ) : target.mode === 'annual' ? (
              <>
                <SelectField
                  label="Year"
                  name="targetYear"
                  options={[thisYear, nextYear].map((p) => ({ value: p.key, label: p.key }))}
                  value={target.yearKey || thisYear.key}
                  onChange={(e) => set({ yearKey: e.target.value }, 'periodKey')}
                  error={errorOf('target/periodKey')}
                />
                <SelectField
                  label="Spread over the months"
                  name="targetPhasing"
                  options={[
                    { value: 'even', label: 'Evenly' },
                    { value: 'last_year', label: 'By last year’s shape' },
                  ]}
                  value={target.phasing}
                  onChange={(e) =>
                    set(
                      { phasing: e.target.value === 'last_year' ? 'last_year' : 'even' },
                      'phasing',
                    )
                  }
                  error={errorOf('target/phasing')}
                />
              </>
            ) : null}
          </FieldRow>
          <RadioGroup
            legend="What the target is based on"
            name="targetBasis"
            columns
            value={target.basis}
            onChange={(basis) => set({ basis }, 'basis')}
            error={errorOf('target/basis')}
            options={TARGET_BASES.map((b) => ({
              value: b,
              label: BASIS_LABELS[b].label,
              description: BASIS_LABELS[b].description,
            }))}
          />
          <TextAreaField
            label="Note on the target"
            name="targetNote"
            hint="How it was set, so the next review knows: “Last year’s 3.1 % plus the checkout test’s gain”"
            value={target.note}
            onChange={(e) => set({ note: e.target.value }, 'note')}
            error={errorOf('target/note')}
          />
        </>
      )}
      <fieldset className={styles.plainFieldset}>
        <legend className={styles.subTitle}>Status thresholds</legend>
        <p className={styles.muted}>
          {lowerBetter
            ? 'Mirrored for lower-is-better: on track up to 100 % of the expected value, at risk up to 110 % (with the defaults), off track above.'
            : 'On track at or above the first share of the expected value, at risk from the second, off track below.'}
        </p>
        <FieldRow>
          <TextField
            label="On track from (%)"
            name="onTrack"
            inputMode="decimal"
            value={draft.onTrack}
            onChange={(e) => update({ onTrack: e.target.value }, 'thresholds/onTrack')}
            error={errorOf('thresholds/onTrack')}
          />
          <TextField
            label="At risk from (%)"
            name="atRisk"
            inputMode="decimal"
            value={draft.atRisk}
            onChange={(e) => update({ atRisk: e.target.value }, 'thresholds/atRisk')}
            error={errorOf('thresholds/atRisk') ?? errorOf('thresholds')}
          />
        </FieldRow>
      </fieldset>
    </>
  );
}
