import { templateByKey } from '@vitals/core';
import { SelectField } from '../../../components/Field';
import { RadioGroup, type RadioOption } from '../../../components/RadioGroup';
import { AGGREGATION_KIND_EXPLANATIONS } from '../../metrics/aggregation-kinds';
import { blankMetric, keyFromName, type MetricChoice } from '../draft';
import { unitLabel } from '../labels';
import styles from '../Wizard.module.css';
import type { StepProps } from '../wizard-types';
import { NewMetricFields } from './NewMetricFields';
import { TemplateMetrics } from './TemplateMetrics';

type Mode = MetricChoice['mode'];

export function MeasureStep(props: StepProps) {
  const { draft, update, errorOf, context } = props;
  const template = draft.templateKey ? templateByKey(draft.templateKey) : undefined;
  const mode = draft.metric.mode;
  const modes: RadioOption<Mode>[] = [
    ...(template
      ? [
          {
            value: 'template' as const,
            label: `The metrics of the “${template.name}” template`,
            description:
              'Creates the base metrics that do not exist yet, and the formula over them.',
          },
        ]
      : []),
    {
      value: 'new',
      label: 'A new metric',
      description: 'Say what is recorded, in which unit, and how it adds up over time.',
    },
    {
      value: 'existing',
      label: 'An existing metric',
      description:
        context.metrics.length > 0
          ? 'One the workspace records already.'
          : 'The workspace has no metrics yet.',
      disabled: context.metrics.length === 0,
    },
  ];
  const choose = (next: Mode) => {
    const metric: MetricChoice =
      next === 'template'
        ? { mode: 'template' }
        : next === 'existing'
          ? { mode: 'existing', metricId: context.kpi?.metricId ?? '' }
          : {
              mode: 'new',
              metric: { ...blankMetric(), name: draft.name, key: keyFromName(draft.name) },
            };
    update({ metric }, 'metric');
  };
  const existing =
    draft.metric.mode === 'existing'
      ? context.metrics.find((m) => m.id === (draft.metric as { metricId: string }).metricId)
      : undefined;
  return (
    <>
      <RadioGroup
        legend="The metric this KPI measures"
        name="metricMode"
        value={mode}
        options={modes}
        onChange={choose}
      />
      {draft.metric.mode === 'template' && template && (
        <TemplateMetrics template={template} metrics={context.metrics} />
      )}
      {draft.metric.mode === 'new' && <NewMetricFields {...props} />}
      {draft.metric.mode === 'existing' && (
        <>
          <SelectField
            label="Metric"
            name="metricId"
            options={[
              { value: '', label: 'Choose a metric…' },
              ...context.metrics.map((m) => ({
                value: m.id,
                label: `${m.name} (${m.key}) — ${unitLabel(m.unit)}`,
              })),
            ]}
            value={draft.metric.metricId}
            onChange={(e) =>
              update({ metric: { mode: 'existing', metricId: e.target.value } }, 'metric')
            }
            error={errorOf('metric')}
          />
          {existing && (
            <p className={styles.muted}>
              {existing.sourceKind === 'formula'
                ? `Computed as ${existing.formula}.`
                : `${AGGREGATION_KIND_EXPLANATIONS[existing.aggregation].label}. ${AGGREGATION_KIND_EXPLANATIONS[existing.aggregation].explanation}`}
            </p>
          )}
        </>
      )}
    </>
  );
}
