import type { Kpi, KpiPeriodEvaluationDto, MetricUnit } from '@vitals/core';
import type { ReactNode } from 'react';
import type { NumberContext } from '../../format/number';
import { cadenceWord, formatPeriod } from '../../format/period';
import { formatTarget } from '../cards/card-model';
import { levelTitle } from '../home/card-filters';
import { useNames, usePeople, useTeams } from '../home/useHomeData';
import { basisText, directionText, filterText, measuredText } from './definition-text';
import styles from './TermList.module.css';
import { thresholdsText } from './explain-model';
import { useMetric, useTargetResolution, useTargets } from './useKpiPage';

/** The KPI as it was defined: the SMART answers, who owns it, how often it is reviewed, its target. */
export function DefinitionPanel({
  kpi,
  period,
  unit,
  context,
}: {
  kpi: Kpi;
  period: KpiPeriodEvaluationDto | undefined;
  unit: MetricUnit;
  context: NumberContext;
}) {
  const metric = useMetric(kpi.metricId);
  const people = useNames(usePeople().data);
  const teams = useNames(useTeams().data);
  const targets = useTargets(kpi.id);
  const resolution = useTargetResolution(
    kpi.id,
    period?.period.grain ?? kpi.reviewCadence,
    period?.period.key,
  );
  const sourceIds = new Set((resolution.data?.periods[0]?.sources ?? []).map((s) => s.targetId));
  const setters = (targets.data ?? []).filter((t) => sourceIds.has(t.id));
  const rows: [string, ReactNode][] = [
    ['Objective', kpi.objective || 'Not written yet.'],
    ['Why it matters', kpi.whyItMatters || 'Not written yet.'],
    ['How to influence it', kpi.howToInfluence || 'Not written yet.'],
    ['Owner', kpi.ownerId ? (people.get(kpi.ownerId) ?? 'Someone') : 'Nobody yet'],
    ['Team', kpi.teamId ? (teams.get(kpi.teamId) ?? '—') : 'No team'],
    ['Level', levelTitle(kpi.level)],
    ['Review cadence', cadenceWord(kpi.reviewCadence)],
    ['Direction', directionText(kpi.direction)],
    ['Type', `${kpi.typeTags.scope}, ${kpi.typeTags.timing}, ${kpi.typeTags.nature}`],
    ['Measured as', metric.data ? measuredText(metric.data) : '…'],
    ['Filter', filterText(kpi) ?? 'The whole metric'],
    [
      'Target',
      period && period.target !== null
        ? `${formatTarget(period.target, unit, context)} for ${formatPeriod(period.period, context.locale)}`
        : 'No target for the current period',
    ],
    [
      'Target basis',
      setters.length > 0
        ? setters.map(basisText).join('; ')
        : targets.isPending
          ? '…'
          : 'Not stated',
    ],
    ['Thresholds', thresholdsText(kpi.thresholds, kpi.direction, context.locale)],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, detail]) => (
        <div key={term} className={styles.row}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
