import type { Kpi, KpiEvaluation, Metric } from '@vitals/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { queryKeys } from '../../api/queries';
import { fetchDataPoints } from '../../api/series';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { Loading } from '../../components/Page';
import { numericCell, TableFrame } from '../../components/TableFrame';
import type { NumberContext } from '../../format/number';
import { formatPeriod } from '../../format/period';
import { formatRelativeTime } from '../../format/relative-time';
import { useNames, usePeople } from '../home/useHomeData';
import { actorText, componentsText, sourceText } from './data-point-text';
import { lastDay } from './days';
import { RevisionHistory } from './RevisionHistory';
import styles from './DataPointsPanel.module.css';

const PAGE = 100;

/**
 * The stored data points behind one period of the KPI, with where each came from, who changed it
 * last and, on request, every earlier value.
 */
export function DataPointsPanel({
  kpi,
  metric,
  evaluation,
  initialKey,
  context,
}: {
  kpi: Kpi;
  metric: Metric;
  evaluation: KpiEvaluation;
  initialKey: string | undefined;
  context: NumberContext;
}) {
  const periods = evaluation.periods.filter((p) => p.phase !== 'future').reverse();
  const [key, setKey] = useState(initialKey ?? periods[0]?.period.key ?? '');
  const period = periods.find((p) => p.period.key === key)?.period ?? periods[0]?.period;
  const people = useNames(usePeople().data);
  const [open, setOpen] = useState<string | null>(null);
  const request = period
    ? { from: period.start, to: lastDay(period.end), filter: kpi.dimensionFilter, limit: PAGE }
    : null;
  const points = useInfiniteQuery({
    queryKey: queryKeys.dataPoints(metric.id, request ?? {}),
    queryFn: ({ pageParam, signal }) =>
      fetchDataPoints(
        metric.id,
        { ...(request ?? { from: '', to: '' }), cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: request !== null && metric.sourceKind !== 'formula',
  });
  if (metric.sourceKind === 'formula') {
    return (
      <p>
        This KPI is computed by the formula <code>{metric.formula}</code> from other metrics, after
        each is aggregated for the period; their data points hold the numbers.
      </p>
    );
  }
  const items = points.data?.pages.flatMap((page) => page.items) ?? [];
  const now = new Date(evaluation.asOf);
  const hasDimensions = metric.dimensions.length > 0;
  return (
    <div className={styles.panel}>
      <div className={styles.picker}>
        <SelectField
          label="Period"
          value={period?.key ?? ''}
          onChange={(e) => {
            setKey(e.target.value);
            setOpen(null);
          }}
          options={periods.map((p) => ({
            value: p.period.key,
            label: `${formatPeriod(p.period, context.locale)} (${p.pointCount} points)`,
          }))}
        />
      </div>
      {points.isPending && <Loading label="Loading data points…" />}
      {points.isError && (
        <Alert tone="error">
          <p>{points.error.message}</p>
        </Alert>
      )}
      {points.isSuccess && items.length === 0 && <p>No data points in this period.</p>}
      {items.length > 0 && (
        <TableFrame label="Data points" compact>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {hasDimensions && <th scope="col">Dimensions</th>}
              <th scope="col" className={numericCell}>
                Value
              </th>
              <th scope="col">Source</th>
              <th scope="col">Last changed</th>
              <th scope="col">History</th>
            </tr>
          </thead>
          <tbody>
            {items.map((point) => (
              <Fragment key={point.id}>
                <tr>
                  <th scope="row">{point.periodKey}</th>
                  {hasDimensions && (
                    <td>
                      {Object.entries(point.dimensions)
                        .map(([name, value]) => `${name}: ${value}`)
                        .join(', ') || '—'}
                    </td>
                  )}
                  <td className={numericCell}>
                    {componentsText(point.components, metric.unit, context)}
                  </td>
                  <td>
                    {sourceText(point.source)}
                    {point.note && <span className={styles.note}> — {point.note}</span>}
                  </td>
                  <td>
                    {actorText(point.updatedBy, people)},{' '}
                    <time dateTime={point.updatedAt}>
                      {formatRelativeTime(point.updatedAt, now, context.locale)}
                    </time>
                  </td>
                  <td>
                    {point.revision > 1 ? (
                      <Button
                        size="small"
                        aria-expanded={open === point.id}
                        onClick={() => setOpen(open === point.id ? null : point.id)}
                      >
                        {open === point.id ? 'Hide' : `${point.revision - 1} earlier`}
                        <span className="visually-hidden"> values of {point.periodKey}</span>
                      </Button>
                    ) : (
                      <span className={styles.note}>Original</span>
                    )}
                  </td>
                </tr>
                {open === point.id && (
                  <tr>
                    <td colSpan={hasDimensions ? 6 : 5}>
                      <RevisionHistory
                        dataPointId={point.id}
                        unit={metric.unit}
                        context={context}
                        names={people}
                        now={now}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </TableFrame>
      )}
      {points.hasNextPage && (
        <div>
          <Button
            size="small"
            busy={points.isFetchingNextPage}
            onClick={() => void points.fetchNextPage()}
          >
            Show more data points
          </Button>
        </div>
      )}
    </div>
  );
}
