import { GRAINS, type Grain, type Kpi } from '@vitals/core';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Loading, PageHeader, Panel } from '../../components/Page';
import { Segmented } from '../../components/Segmented';
import { cadenceWord } from '../../format/period';
import { AnnotationList } from '../annotations/AnnotationList';
import { useNumberContext } from '../cards/number-context';
import { CheckInTimeline } from '../check-ins/CheckInTimeline';
import { BreakdownPanel } from './BreakdownPanel';
import { ActualVsTargetChart } from './chart/ActualVsTargetChart';
import type { Overlays } from './chart/chart-option';
import { currentPeriodOf } from './current-period';
import { DataPointsPanel } from './DataPointsPanel';
import { DefinitionPanel } from './DefinitionPanel';
import { ExplainPanel } from './ExplainPanel';
import { grainsFor } from './grains';
import { KpiHeadline } from './KpiHeadline';
import styles from './KpiPage.module.css';
import { PeriodTable } from './PeriodTable';
import { TargetForm } from './TargetForm';
import { useAnnotations, useEvaluation, useKpi, useMetric } from './useKpiPage';

/** `/kpis/:id`: everything about one KPI, and why its number is what it is. */
export function KpiPage() {
  const { id = '' } = useParams();
  const kpi = useKpi(id);
  if (kpi.isPending) return <Loading />;
  if (kpi.isError) {
    return (
      <>
        <PageHeader title="KPI" />
        <Alert tone="error">
          <p>{kpi.error.message}</p>
        </Alert>
      </>
    );
  }
  return <KpiView kpi={kpi.data} />;
}

const isGrain = (value: string | null): value is Grain =>
  value !== null && (GRAINS as readonly string[]).includes(value);

function KpiView({ kpi }: { kpi: Kpi }) {
  const { user } = useCurrentSession();
  const context = useNumberContext();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('grain');
  const grain: Grain = isGrain(asked) ? asked : kpi.reviewCadence;
  const [overlays, setOverlays] = useState<Overlays>({ previous: false, lastYear: true });
  const metric = useMetric(kpi.metricId);
  const evaluation = useEvaluation(kpi.id, grain);
  const annotations = useAnnotations(kpi.id, evaluation.data);
  const current = useMemo(
    () => (evaluation.data ? currentPeriodOf(evaluation.data) : undefined),
    [evaluation.data],
  );
  const grains = metric.data ? grainsFor(metric.data.baseGrain) : [kpi.reviewCadence];
  const canEdit = user.role === 'admin' || user.role === 'editor';
  const setGrain = (next: Grain) => {
    const params = new URLSearchParams(search);
    if (next === kpi.reviewCadence) params.delete('grain');
    else params.set('grain', next);
    setSearch(params, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={kpi.name}
        description={kpi.objective || undefined}
        actions={
          <div className={styles.actions}>
            <ButtonLink to={`/kpis/${kpi.id}/check-in`} variant="primary">
              Record a check-in
            </ButtonLink>
            {canEdit && (
              <a href="#target-title" className={styles.jump}>
                Change the target
              </a>
            )}
          </div>
        }
      />
      {evaluation.isError && (
        <Alert tone="error">
          <p>{evaluation.error.message}</p>
        </Alert>
      )}
      {evaluation.data && current ? (
        <KpiHeadline kpi={kpi} evaluation={evaluation.data} current={current} />
      ) : (
        !evaluation.isError && <div className={styles.headlinePlaceholder} />
      )}
      <div className={styles.stack}>
        <Panel title="Actual vs target" id="chart">
          <div className={styles.controls}>
            <Segmented
              legend="Grain"
              value={grain}
              onChange={setGrain}
              options={grains.map((g) => ({ value: g, label: cadenceWord(g) }))}
            />
            <fieldset className={styles.overlays}>
              <legend>Compare with</legend>
              <label>
                <input
                  type="checkbox"
                  checked={overlays.previous}
                  onChange={(e) => setOverlays({ ...overlays, previous: e.target.checked })}
                />{' '}
                Previous period
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={overlays.lastYear}
                  onChange={(e) => setOverlays({ ...overlays, lastYear: e.target.checked })}
                />{' '}
                Last year
              </label>
            </fieldset>
          </div>
          {evaluation.isPending ? (
            <div className={styles.chartPlaceholder}>
              <Loading label="Loading the chart…" />
            </div>
          ) : evaluation.data ? (
            <>
              <ActualVsTargetChart
                evaluation={evaluation.data}
                annotations={annotations.data ?? []}
                overlays={overlays}
                context={context}
              />
              <details className={styles.details}>
                <summary>The numbers behind the chart</summary>
                <PeriodTable evaluation={evaluation.data} context={context} />
              </details>
            </>
          ) : null}
        </Panel>
        <div className={styles.columns}>
          <Panel title="Explain this number" id="explain">
            {evaluation.data && current ? (
              <ExplainPanel
                kpi={kpi}
                evaluation={evaluation.data}
                period={current}
                context={context}
              />
            ) : (
              <Loading />
            )}
          </Panel>
          {canEdit && current && (
            <Panel title="Change the target" id="target">
              <TargetForm key={current.period.key} kpi={kpi} period={current} />
            </Panel>
          )}
        </div>
        {metric.data && metric.data.dimensions.length > 0 && evaluation.data && (
          <Panel title="Breakdown" id="breakdown">
            <BreakdownPanel
              kpi={kpi}
              metric={metric.data}
              evaluation={evaluation.data}
              context={context}
            />
          </Panel>
        )}
        <Panel title="Data points" id="data">
          {metric.data && evaluation.data ? (
            <DataPointsPanel
              key={evaluation.data.grain}
              kpi={kpi}
              metric={metric.data}
              evaluation={evaluation.data}
              initialKey={
                current && current.pointCount > 0
                  ? current.period.key
                  : evaluation.data.periods.findLast((p) => p.pointCount > 0)?.period.key
              }
              context={context}
            />
          ) : (
            <Loading />
          )}
        </Panel>
        <div className={styles.columns}>
          <Panel title="Definition" id="definition">
            <DefinitionPanel
              kpi={kpi}
              period={current}
              unit={evaluation.data?.unit ?? metric.data?.unit ?? { kind: 'number' }}
              context={context}
            />
          </Panel>
          <Panel title="Check-ins" id="check-ins">
            <div>
              <ButtonLink to={`/kpis/${kpi.id}/check-in`} size="small">
                Record a check-in
              </ButtonLink>
            </div>
            <CheckInTimeline kpiId={kpi.id} />
          </Panel>
        </div>
        <Panel title="Annotations" id="annotations">
          <AnnotationList kpiId={kpi.id} />
        </Panel>
      </div>
    </>
  );
}
