import type { Kpi, KpiEvaluation, KpiPeriodEvaluationDto } from '@vitals/core';
import { Loading } from '../../components/Page';
import type { NumberContext } from '../../format/number';
import { explainPeriod } from './explain-model';
import styles from './TermList.module.css';
import { useTargetResolution, useTargets } from './useKpiPage';

/**
 * "Explain this number": the data points, the target and its source, pacing, thresholds and zones
 * behind the current status, in words.
 */
export function ExplainPanel({
  kpi,
  evaluation,
  period,
  context,
}: {
  kpi: Kpi;
  evaluation: KpiEvaluation;
  period: KpiPeriodEvaluationDto;
  context: NumberContext;
}) {
  const resolution = useTargetResolution(kpi.id, period.period.grain, period.period.key);
  const targets = useTargets(kpi.id);
  const rows = explainPeriod({
    period,
    direction: evaluation.direction,
    thresholds: kpi.thresholds,
    unit: evaluation.unit,
    context,
    resolution: resolution.data?.periods[0],
    targets: targets.data,
  });
  return (
    <>
      <dl className={styles.list}>
        {rows.map((row) => (
          <div key={row.term} className={styles.row}>
            <dt className={styles.term}>{row.term}</dt>
            <dd className={styles.detail}>{row.detail}</dd>
          </div>
        ))}
      </dl>
      {(resolution.isPending || targets.isPending) && (
        <Loading label="Loading the target's sources…" />
      )}
      <p className={styles.more}>
        <a href="#data-title">See the data points of this period</a> ·{' '}
        <a href="#definition-title">the KPI's definition</a>
      </p>
    </>
  );
}
