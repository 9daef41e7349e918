import { AGGREGATION_KINDS, GRAINS, METRIC_UNIT_KINDS } from '@vitals/core';
import { SelectField, TextField } from '../../../components/Field';
import { FieldRow } from '../../../components/Form';
import { RadioGroup } from '../../../components/RadioGroup';
import { AGGREGATION_KIND_EXPLANATIONS } from '../../metrics/aggregation-kinds';
import { keyFromName, type NewMetricDraft } from '../draft';
import { CADENCE_LABELS, UNIT_KIND_LABELS } from '../labels';
import styles from '../Wizard.module.css';
import type { StepProps } from '../wizard-types';

/** Name, key, unit, aggregation kind (each explained with its trap), grain and dimensions. */
export function NewMetricFields({ draft, update, errorOf, context }: StepProps) {
  if (draft.metric.mode !== 'new') return null;
  const metric = draft.metric.metric;
  const set = (patch: Partial<NewMetricDraft>, field: string) =>
    update({ metric: { mode: 'new', metric: { ...metric, ...patch } } }, `metric/${field}`);
  return (
    <>
      <FieldRow>
        <TextField
          label="Metric name"
          name="metricName"
          hint="What is recorded, e.g. “Visitors”"
          value={metric.name}
          onChange={(e) =>
            set(
              metric.keyEdited
                ? { name: e.target.value }
                : { name: e.target.value, key: keyFromName(e.target.value) },
              'name',
            )
          }
          error={errorOf('metric/name')}
        />
        <TextField
          label="Metric key"
          name="metricKey"
          hint="Formulas and imports name the metric by it; fixed once saved"
          value={metric.key}
          onChange={(e) => set({ key: e.target.value, keyEdited: true }, 'key')}
          error={errorOf('metric/key')}
          spellCheck={false}
        />
      </FieldRow>
      <TextField
        label="What is recorded for each period"
        name="metricDescription"
        value={metric.description}
        onChange={(e) => set({ description: e.target.value }, 'description')}
        error={errorOf('metric/description')}
      />
      <FieldRow>
        <SelectField
          label="Unit"
          name="unitKind"
          options={METRIC_UNIT_KINDS.map((kind) => ({
            value: kind,
            label: UNIT_KIND_LABELS[kind],
          }))}
          value={metric.unitKind}
          onChange={(e) =>
            set({ unitKind: e.target.value as NewMetricDraft['unitKind'] }, 'unit/kind')
          }
          error={errorOf('metric/unit/kind')}
        />
        {metric.unitKind === 'currency' && (
          <TextField
            label="Currency"
            name="currency"
            hint={`Leave empty for the workspace’s ${context.currency}`}
            value={metric.currency}
            onChange={(e) => set({ currency: e.target.value.toUpperCase() }, 'unit/currency')}
            error={errorOf('metric/unit/currency')}
            maxLength={3}
          />
        )}
        <TextField
          label="Decimals shown"
          name="decimals"
          hint="Optional"
          inputMode="numeric"
          value={metric.decimals}
          onChange={(e) => set({ decimals: e.target.value }, 'unit/decimals')}
          error={errorOf('metric/unit/decimals') ?? errorOf('metric/unit')}
        />
      </FieldRow>
      <RadioGroup
        legend="How it adds up over time"
        hint="Chosen once: stored values keep the parts of this kind."
        name="aggregation"
        value={metric.aggregation}
        onChange={(aggregation) => set({ aggregation }, 'aggregation')}
        error={errorOf('metric/aggregation')}
        options={AGGREGATION_KINDS.map((kind) => {
          const about = AGGREGATION_KIND_EXPLANATIONS[kind];
          return {
            value: kind,
            label: about.label,
            description: (
              <>
                {about.explanation}{' '}
                <span className={styles.trap}>
                  <strong>Trap:</strong> {about.trap}
                </span>
              </>
            ),
          };
        })}
      />
      <FieldRow>
        <SelectField
          label="Recorded per"
          name="baseGrain"
          hint="The finest period values are entered for; weeks, months and years roll up from it"
          options={GRAINS.map((grain) => ({ value: grain, label: CADENCE_LABELS[grain] }))}
          value={metric.baseGrain}
          onChange={(e) =>
            set({ baseGrain: e.target.value as NewMetricDraft['baseGrain'] }, 'baseGrain')
          }
          error={errorOf('metric/baseGrain')}
        />
        <TextField
          label="Dimensions"
          name="dimensions"
          hint="Optional, comma-separated, e.g. “region, channel”"
          value={metric.dimensions}
          onChange={(e) => set({ dimensions: e.target.value }, 'dimensions')}
          error={errorOf('metric/dimensions')}
          spellCheck={false}
        />
      </FieldRow>
    </>
  );
}
