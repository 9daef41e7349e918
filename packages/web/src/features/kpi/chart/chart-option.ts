import type { ChartModel, ChartRow, Range } from './chart-model';
import { CHART_COLORS } from './chart-colors';
import type { ChartOption, LineSeriesOption } from './echarts';

export interface Overlays {
  previous: boolean;
  lastYear: boolean;
}

type Format = (value: number | null) => string;

const LEGEND = {
  actual: 'Actual',
  target: 'Target',
  lower: 'Band lower bound',
  upper: 'Band upper bound',
  expected: 'Expected to date',
  previous: 'Previous period',
  lastYear: 'Last year',
  atRisk: 'At risk',
  offTrack: 'Off track',
} as const;

/** A zone as two stacked series: an invisible base up to its lower edge, then its height filled. */
function zoneSeries(
  rows: readonly ChartRow[],
  pick: (row: ChartRow) => Range,
  name: string,
  color: string,
  stack: string,
): LineSeriesOption[] {
  const common: LineSeriesOption = {
    type: 'line',
    stack,
    step: 'middle',
    symbol: 'none',
    silent: true,
    lineStyle: { opacity: 0 },
    emphasis: { disabled: true },
    z: 1,
  };
  return [
    { ...common, name: `${stack} base`, data: rows.map((r) => pick(r)?.[0] ?? null) },
    {
      ...common,
      name,
      color,
      areaStyle: { color, opacity: 1 },
      data: rows.map((r) => {
        const range = pick(r);
        return range ? range[1] - range[0] : null;
      }),
    },
  ];
}

function line(
  name: string,
  data: (number | null)[],
  color: string,
  style: { type?: 'solid' | 'dashed' | 'dotted'; width?: number; symbol?: string; size?: number },
): LineSeriesOption {
  return {
    type: 'line',
    name,
    data,
    color,
    symbol: style.symbol ?? 'circle',
    symbolSize: style.size ?? 6,
    lineStyle: { type: style.type ?? 'solid', width: style.width ?? 2 },
    connectNulls: false,
    z: 3,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The ECharts option of the actual-vs-target chart: status zones shaded behind, target dashed,
 * actual solid, expected-to-date as a diamond, overlays dotted, annotations as numbered markers.
 */
export function actualVsTargetOption(
  model: ChartModel,
  overlays: Overlays,
  format: Format,
  formatAxis: Format,
): ChartOption {
  const { rows } = model;
  const series: LineSeriesOption[] = [
    ...zoneSeries(rows, (r) => r.offTrackLow, LEGEND.offTrack, CHART_COLORS.offTrack, 'off-low'),
    ...zoneSeries(rows, (r) => r.atRiskLow, LEGEND.atRisk, CHART_COLORS.atRisk, 'risk-low'),
    ...zoneSeries(rows, (r) => r.atRiskHigh, LEGEND.atRisk, CHART_COLORS.atRisk, 'risk-high'),
    ...zoneSeries(rows, (r) => r.offTrackHigh, LEGEND.offTrack, CHART_COLORS.offTrack, 'off-high'),
  ];
  if (model.hasBand) {
    series.push(
      line(
        LEGEND.lower,
        rows.map((r) => r.targetLower),
        CHART_COLORS.target,
        { type: 'dashed', symbol: 'none' },
      ),
      line(
        LEGEND.upper,
        rows.map((r) => r.targetUpper),
        CHART_COLORS.target,
        { type: 'dashed', symbol: 'none' },
      ),
    );
  } else {
    series.push(
      line(
        LEGEND.target,
        rows.map((r) => r.target),
        CHART_COLORS.target,
        { type: 'dashed', symbol: 'rect', size: 5 },
      ),
    );
  }
  if (overlays.previous) {
    series.push(
      line(
        LEGEND.previous,
        rows.map((r) => r.previous),
        CHART_COLORS.previous,
        { type: 'dotted', symbol: 'triangle' },
      ),
    );
  }
  if (overlays.lastYear) {
    series.push(
      line(
        LEGEND.lastYear,
        rows.map((r) => r.lastYear),
        CHART_COLORS.lastYear,
        { type: 'dashed', symbol: 'emptyCircle' },
      ),
    );
  }
  const actual = line(
    LEGEND.actual,
    rows.map((r) => r.actual),
    CHART_COLORS.actual,
    { width: 3, size: 8 },
  );
  if (model.notes.length > 0) {
    const single = model.notes
      .map((n, i) => ({ ...n, number: i + 1 }))
      .filter((n) => n.from === n.to);
    const ranged = model.notes
      .map((n, i) => ({ ...n, number: i + 1 }))
      .filter((n) => n.from !== n.to);
    actual.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: CHART_COLORS.note, type: 'solid', width: 1.5 },
      label: { formatter: (p) => `${p.name}`, color: CHART_COLORS.note, fontWeight: 'bold' },
      data: single.map((n) => ({ name: String(n.number), xAxis: n.from })),
    };
    actual.markArea = {
      silent: true,
      itemStyle: { color: 'rgba(146, 64, 14, 0.08)' },
      label: { color: CHART_COLORS.note, fontWeight: 'bold' },
      data: ranged.map((n) => [{ name: String(n.number), xAxis: n.from }, { xAxis: n.to }]),
    };
  }
  series.push(actual);
  const expected = rows.map((r) => r.expected);
  if (expected.some((v) => v !== null)) {
    series.push({
      ...line(LEGEND.expected, expected, CHART_COLORS.expected, { symbol: 'diamond', size: 12 }),
      lineStyle: { opacity: 0 },
    });
  }
  const legend = [
    LEGEND.actual,
    ...(model.hasBand ? [LEGEND.lower, LEGEND.upper] : [LEGEND.target]),
    ...(expected.some((v) => v !== null) ? [LEGEND.expected] : []),
    ...(overlays.previous ? [LEGEND.previous] : []),
    ...(overlays.lastYear ? [LEGEND.lastYear] : []),
    ...(rows.some((r) => r.atRiskLow || r.atRiskHigh) ? [LEGEND.atRisk] : []),
    ...(rows.some((r) => r.offTrackLow || r.offTrackHigh) ? [LEGEND.offTrack] : []),
  ];
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { data: legend, top: 0, type: 'plain', textStyle: { color: CHART_COLORS.axis } },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = list[0]?.dataIndex ?? 0;
        const row = rows[index];
        if (!row) return '';
        const lines = [
          `<strong>${escapeHtml(row.label)}${row.running ? ' (to date)' : ''}</strong>`,
          `${LEGEND.actual}: ${format(row.actual)}`,
          model.hasBand
            ? `Target band: ${format(row.targetLower)} – ${format(row.targetUpper)}`
            : `${LEGEND.target}: ${format(row.target)}`,
          ...(row.expected !== null ? [`${LEGEND.expected}: ${format(row.expected)}`] : []),
          ...(overlays.previous ? [`${LEGEND.previous}: ${format(row.previous)}`] : []),
          ...(overlays.lastYear ? [`${LEGEND.lastYear}: ${format(row.lastYear)}`] : []),
          ...model.notes
            .map((n, i) => ({ ...n, number: i + 1 }))
            .filter((n) => n.from <= index && index <= n.to)
            .map((n) => `Note ${n.number}: ${escapeHtml(n.text)}`),
        ];
        return lines.join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { color: CHART_COLORS.axis, hideOverlap: true },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    },
    yAxis: {
      type: 'value',
      min: model.floor,
      max: model.ceiling,
      interval: model.step,
      axisLabel: { color: CHART_COLORS.axis, formatter: (value: number) => formatAxis(value) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
}
