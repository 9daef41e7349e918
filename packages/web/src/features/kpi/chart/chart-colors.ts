/**
 * Chart colours (ECharts needs literal colours, not CSS variables); they mirror styles/tokens.css.
 * Lines also differ by dash pattern and marker, so no series rests on colour alone.
 */
export const CHART_COLORS = {
  actual: '#1d4ed8',
  target: '#111827',
  expected: '#111827',
  previous: '#4b5563',
  lastYear: '#7c3aed',
  atRisk: 'rgba(245, 158, 11, 0.22)',
  offTrack: 'rgba(220, 38, 38, 0.16)',
  note: '#92400e',
  axis: '#4b5563',
  grid: '#e5e7eb',
  /** Breakdown series, distinct in hue and lightness. */
  palette: ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#6b7280'],
} as const;
