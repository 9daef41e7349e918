import type { Kpi, KpiEvaluation, KpiPeriodEvaluationDto } from '@vitals/core';
import { Icon } from '../../components/Icon';
import { StatusBadge } from '../../components/StatusBadge';
import type { ChangePresentation } from '../../format/change';
import { presentCard } from '../cards/card-model';
import { useNumberContext } from '../cards/number-context';
import { headlineCard } from './current-period';
import styles from './KpiHeadline.module.css';

/** Where the KPI stands now: status, value, target and gap, changes, freshness. */
export function KpiHeadline({
  kpi,
  evaluation,
  current,
}: {
  kpi: Kpi;
  evaluation: KpiEvaluation;
  current: KpiPeriodEvaluationDto;
}) {
  const context = useNumberContext();
  const view = presentCard(
    headlineCard(kpi, evaluation, current),
    context,
    new Date(evaluation.asOf),
  );
  return (
    <section
      className={styles.headline}
      aria-label="Current status"
      data-kpi-status={view.status.status}
    >
      <div className={styles.status}>
        <StatusBadge status={view.status.status} />
        {view.stale && view.status.status !== 'stale' && <StatusBadge status="stale" />}
        <span className={styles.statusText}>{view.status.description}</span>
      </div>
      <dl className={styles.figures}>
        <div>
          <dt>{view.periodLabel}</dt>
          <dd className={styles.value}>{view.value}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd className={styles.figure}>{view.target ?? 'None set'}</dd>
        </div>
        {view.expected && (
          <div>
            <dt>Expected to date</dt>
            <dd className={styles.figure}>{view.expected}</dd>
          </div>
        )}
        <div>
          <dt>Gap</dt>
          <dd
            className={styles.figure}
            style={{ color: `var(${view.gap?.colorToken ?? '--color-muted'})` }}
          >
            {view.gap?.text ?? '—'}
          </dd>
        </div>
        <Change term="Vs previous period" change={view.vsPrevious} />
        <Change term="Vs last year" change={view.vsLastYear} />
      </dl>
      <p className={styles.updated}>Data {view.updated}.</p>
    </section>
  );
}

function Change({ term, change }: { term: string; change: ChangePresentation }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={styles.figure} style={{ color: `var(${change.colorToken})` }}>
        <span aria-hidden="true" className={styles.change}>
          {change.icon && <Icon name={change.icon} size={16} />}
          {change.text}
        </span>
        <span className="visually-hidden">{change.description}</span>
      </dd>
    </div>
  );
}
