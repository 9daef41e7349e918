import { isSingleMetricTemplate, type KpiTemplate, type Metric } from '@vitals/core';
import { AGGREGATION_KIND_EXPLANATIONS } from '../../metrics/aggregation-kinds';
import { formulaKindOf } from '../draft';
import { unitLabel } from '../labels';
import styles from '../Wizard.module.css';

/** What saving from a template records: each base metric (new or reused) and the formula. */
export function TemplateMetrics({
  template,
  metrics,
}: {
  template: KpiTemplate;
  metrics: readonly Metric[];
}) {
  const existing = new Set(metrics.map((m) => m.key));
  const single = isSingleMetricTemplate(template);
  return (
    <div className={styles.metricList}>
      <ul aria-label="Base metrics">
        {template.metrics.map((metric) => {
          const kind = AGGREGATION_KIND_EXPLANATIONS[metric.aggregation];
          return (
            <li key={metric.key} className={styles.metricItem}>
              <div>
                <strong>{metric.name}</strong> <code>{metric.key}</code>{' '}
                <span className={styles.tag}>
                  {existing.has(metric.key) ? 'exists: reused' : 'will be created'}
                </span>
              </div>
              <p>{metric.description}</p>
              <p>
                <strong>{kind.label}.</strong> {kind.explanation}
              </p>
              <p className={styles.trap}>
                <strong>Trap:</strong> {kind.trap}
              </p>
              <p className={styles.muted}>
                Unit: {unitLabel(metric.unit)}
                {metric.dimensions.length > 0 &&
                  ` · broken down by ${metric.dimensions.join(', ')}`}
              </p>
            </li>
          );
        })}
      </ul>
      {!single && (
        <p>
          The KPI is the formula metric <code>{template.key}</code> ={' '}
          <code>{template.formula}</code> ({unitLabel(template.unit, template.unitLabel)}), computed
          after each base metric is rolled up by its own rule — so a month’s value is{' '}
          {formulaKindOf(template) === 'ratio'
            ? 'the month’s totals divided, never an average of daily rates'
            : 'computed from the month’s values'}
          .{existing.has(template.key) && ' It exists already and is reused.'}
        </p>
      )}
    </div>
  );
}
