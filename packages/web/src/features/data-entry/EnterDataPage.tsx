import type { Metric } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchAllKpis } from '../../api/kpis';
import { fetchAllMetrics } from '../../api/metrics';
import { queryKeys } from '../../api/queries';
import { recentPeriods, useWorkspaceCalendar } from '../../app/calendar';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { EmptyState, Loading, PageHeader, Panel, Stack } from '../../components/Page';
import { AGGREGATION_KIND_EXPLANATIONS } from '../metrics/aggregation-kinds';
import { DataEntryEditor } from './DataEntryEditor';
import styles from './EnterData.module.css';
import { gridChoiceFor } from './grid-metrics';

const PERIOD_COUNTS = [7, 14, 31, 60, 90];

/** Type or paste values of a metric by period (and dimension), saved in one batch. */
export function EnterDataPage() {
  const { user } = useCurrentSession();
  const metrics = useQuery({ queryKey: queryKeys.allMetrics, queryFn: () => fetchAllMetrics() });
  const isViewer = user.role === 'viewer';
  const kpis = useQuery({
    queryKey: queryKeys.allKpis,
    queryFn: () => fetchAllKpis(),
    enabled: isViewer,
  });
  return (
    <>
      <PageHeader
        title="Enter data"
        description="Type values, or paste them from a spreadsheet, by period. Nothing is saved until you save, and then all of it or none."
      />
      {metrics.isPending ? (
        <Loading label="Loading metrics…" />
      ) : metrics.isError ? (
        <Alert tone="error">
          <p>{metrics.error.message}</p>
        </Alert>
      ) : metrics.data.length === 0 ? (
        <EmptyState
          title="No metrics yet"
          actions={
            <ButtonLink to="/kpis/new" variant="primary">
              Define a KPI
            </ButtonLink>
          }
        >
          Metrics are created when you define a KPI (from a template or blank). Then come back here
          to enter their values.
        </EmptyState>
      ) : (
        <Chooser
          metrics={metrics.data}
          ownedMetricIds={
            isViewer
              ? new Set(
                  (kpis.data ?? []).filter((k) => k.ownerId === user.id).map((k) => k.metricId),
                )
              : null
          }
        />
      )}
    </>
  );
}

function Chooser({
  metrics,
  ownedMetricIds,
}: {
  metrics: readonly Metric[];
  /** For viewers: the metrics of the KPIs they own (the only ones they may write). */
  ownedMetricIds: ReadonlySet<string> | null;
}) {
  const { workspace } = useCurrentSession();
  const calendar = useWorkspaceCalendar();
  const [params, setParams] = useSearchParams();
  const metricId = params.get('metric') ?? '';
  const count = Number(params.get('periods')) || 14;
  const metric = metrics.find((m) => m.id === metricId);
  const choice = useMemo(() => (metric ? gridChoiceFor(metric, metrics) : null), [metric, metrics]);
  const grain = choice?.grain;
  const periods = useMemo(
    () => (grain ? recentPeriods(calendar, grain, count) : []),
    [calendar, grain, count],
  );
  const set = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const readOnly =
    ownedMetricIds !== null && !(choice?.metrics ?? []).every((m) => ownedMetricIds.has(m.id));
  const options = [
    { value: '', label: 'Choose a metric…' },
    ...metrics.map((m) => ({
      value: m.id,
      label: m.sourceKind === 'formula' ? `${m.name} (computed: enter its parts)` : m.name,
    })),
  ];
  return (
    <Stack>
      <div className={styles.controls}>
        <SelectField
          label="Metric"
          name="metric"
          options={options}
          value={metricId}
          onChange={(e) => set('metric', e.target.value)}
        />
        <SelectField
          label="Periods shown"
          name="periods"
          hint="The latest first, at the metric’s own grain"
          options={PERIOD_COUNTS.map((n) => ({
            value: String(n),
            label: `Last ${n} ${grain ?? 'period'}s`,
          }))}
          value={String(count)}
          onChange={(e) => set('periods', e.target.value)}
          disabled={!metric}
        />
      </div>
      {metric && choice && (
        <Panel title={metric.name} id="grid">
          <About metric={metric} choiceNames={choice.metrics.map((m) => m.name)} />
          {choice.elsewhere.length > 0 && (
            <Alert tone="info">
              <p>
                These parts are entered on their own, as they are computed or kept at another grain:
              </p>
              <ul className={styles.links}>
                {choice.elsewhere.map((m) => (
                  <li key={m.id}>
                    <Link to={`/enter-data?metric=${m.id}`}>{m.name}</Link>
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {readOnly && (
            <Alert tone="info">
              <p>
                You can see the stored values. Only editors, admins and the owner of a KPI on this
                metric can enter data.
              </p>
            </Alert>
          )}
          {choice.metrics.length > 0 && (
            <DataEntryEditor
              key={`${metric.id}:${count}`}
              metrics={choice.metrics}
              periods={periods}
              calendar={calendar}
              locale={workspace.locale}
              readOnly={readOnly}
            />
          )}
        </Panel>
      )}
    </Stack>
  );
}

function About({ metric, choiceNames }: { metric: Metric; choiceNames: readonly string[] }) {
  if (metric.sourceKind === 'formula') {
    return (
      <p className={styles.about}>
        {metric.name} is computed as <code>{metric.formula}</code> after each part is rolled up by
        its own rule, so you enter its parts: {choiceNames.join(' and ')}.
      </p>
    );
  }
  const kind = AGGREGATION_KIND_EXPLANATIONS[metric.aggregation];
  return (
    <p className={styles.about}>
      {metric.description && `${metric.description} `}
      {kind.label}: enter {kind.record}.
    </p>
  );
}
