import type { Kpi, KpiEvaluation, Metric } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { queryKeys } from '../../api/queries';
import { fetchSeries } from '../../api/series';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { Loading } from '../../components/Page';
import { numericCell, TableFrame } from '../../components/TableFrame';
import type { NumberContext } from '../../format/number';
import { formatPeriod } from '../../format/period';
import { formatCardValue } from '../cards/card-model';
import { breakdownModel } from './breakdown-model';
import { formatAxisValue } from './chart/axis-format';
import { breakdownOption } from './chart/breakdown-option';
import { EChart } from './chart/EChart';
import styles from './DataPointsPanel.module.css';
import { daysOf } from './useKpiPage';

/** The KPI split by one of its metric's dimensions (region, channel, …), over the chart's periods. */
export function BreakdownPanel({
  kpi,
  metric,
  evaluation,
  context,
}: {
  kpi: Kpi;
  metric: Metric;
  evaluation: KpiEvaluation;
  context: NumberContext;
}) {
  const [dimension, setDimension] = useState(metric.dimensions[0] ?? '');
  const days = daysOf(evaluation);
  const request = days
    ? {
        grain: evaluation.grain,
        ...days,
        breakdown: [dimension],
        filter: kpi.dimensionFilter,
      }
    : null;
  const series = useQuery({
    queryKey: queryKeys.series(metric.id, request ?? {}),
    queryFn: ({ signal }) =>
      fetchSeries(metric.id, request ?? { grain: evaluation.grain, from: '', to: '' }, signal),
    enabled: request !== null && dimension !== '',
  });
  const model = useMemo(
    () => (series.data ? breakdownModel(series.data, dimension) : null),
    [series.data, dimension],
  );
  const { unit, grain } = evaluation;
  const format = (value: number | null) => formatCardValue(value, unit, context);
  const labels = (model?.periods ?? []).map((key) => formatPeriod({ grain, key }, context.locale));
  const option = useMemo(() => {
    if (!model) return null;
    const periodLabels = model.periods.map((key) => formatPeriod({ grain, key }, context.locale));
    const formatValue = (value: number | null) => formatCardValue(value, unit, context);
    return breakdownOption(model, periodLabels, metric.aggregation === 'sum', formatValue, (v) =>
      formatAxisValue(v, unit, context),
    );
  }, [model, metric.aggregation, grain, unit, context]);
  const recent = labels.slice(-4);
  return (
    <div className={styles.panel}>
      <div className={styles.picker}>
        <SelectField
          label="Break down by"
          value={dimension}
          onChange={(e) => setDimension(e.target.value)}
          options={metric.dimensions.map((d) => ({ value: d, label: d }))}
        />
      </div>
      {series.isPending && <Loading label="Loading the breakdown…" />}
      {series.isError && (
        <Alert tone="error">
          <p>{series.error.message}</p>
        </Alert>
      )}
      {model && option && model.groups.length > 0 && (
        <>
          <EChart
            option={option}
            height="18rem"
            label={`${kpi.name} by ${dimension} over ${labels.length} periods; the numbers are in the table below.`}
          />
          <TableFrame label={`${kpi.name} by ${dimension}`} compact>
            <thead>
              <tr>
                <th scope="col">{dimension}</th>
                {recent.map((label) => (
                  <th key={label} scope="col" className={numericCell}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.groups.map((group) => (
                <tr key={group.name}>
                  <th scope="row">{group.name}</th>
                  {group.values.slice(-4).map((value, i) => (
                    <td key={recent[i] ?? i} className={numericCell}>
                      {format(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </TableFrame>
          {model.hidden > 0 && <p>And {model.hidden} smaller groups not shown.</p>}
        </>
      )}
      {model && model.groups.length === 0 && <p>No data to break down in these periods.</p>}
    </div>
  );
}
