import type { BreakdownModel } from '../breakdown-model';
import { CHART_COLORS } from './chart-colors';
import type { ChartOption } from './echarts';

/**
 * A breakdown over time: stacked bars when the parts add up (sums), lines otherwise (a region's
 * conversion rate does not stack onto another's).
 */
export function breakdownOption(
  model: BreakdownModel,
  labels: readonly string[],
  stacked: boolean,
  format: (value: number | null) => string,
  formatAxis: (value: number) => string,
): ChartOption {
  const symbols = [
    'circle',
    'rect',
    'triangle',
    'diamond',
    'emptyCircle',
    'roundRect',
    'pin',
    'arrow',
  ];
  return {
    animation: false,
    color: [...CHART_COLORS.palette],
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'plain', textStyle: { color: CHART_COLORS.axis } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => format(typeof value === 'number' ? value : null),
    },
    xAxis: {
      type: 'category',
      data: [...labels],
      axisLabel: { color: CHART_COLORS.axis, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: CHART_COLORS.axis, formatter: formatAxis },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series: model.groups.map((group, i) =>
      stacked
        ? { type: 'bar', name: group.name, stack: 'total', data: group.values }
        : {
            type: 'line',
            name: group.name,
            data: group.values,
            symbol: symbols[i % symbols.length],
            symbolSize: 7,
          },
    ),
  };
}
