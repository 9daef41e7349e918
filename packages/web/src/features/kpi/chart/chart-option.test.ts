import { describe, expect, it } from 'vitest';
import type { ChartModel, ChartRow } from './chart-model';
import { actualVsTargetOption } from './chart-option';

const row = (over: Partial<ChartRow>): ChartRow => ({
  key: '2026-10',
  label: 'Oct 2026',
  actual: 95,
  target: 100,
  targetLower: null,
  targetUpper: null,
  expected: null,
  previous: 90,
  lastYear: 80,
  offTrackLow: [0, 90],
  atRiskLow: [90, 100],
  atRiskHigh: null,
  offTrackHigh: null,
  running: false,
  ...over,
});

const model: ChartModel = {
  rows: [row({}), row({ key: '2026-11', label: 'Nov 2026', running: true, expected: 60 })],
  floor: 0,
  ceiling: 120,
  step: 20,
  notes: [{ from: 1, to: 1, text: 'Price change', when: 'Nov 3, 2026' }],
  hasBand: false,
};
const format = (v: number | null) => (v === null ? '—' : String(v));

type Series = { name: string; stack?: string; data: (number | null)[] };
const seriesOf = (option: ReturnType<typeof actualVsTargetOption>) =>
  option.series as unknown as Series[];

describe('actualVsTargetOption', () => {
  it('stacks each zone on an invisible base so it spans its two edges', () => {
    const series = seriesOf(
      actualVsTargetOption(model, { previous: false, lastYear: false }, format, format),
    );
    const offBase = series.find((s) => s.name === 'off-low base');
    const off = series.find((s) => s.name === 'Off track' && s.stack === 'off-low');
    expect(offBase?.data).toEqual([0, 0]);
    expect(off?.data).toEqual([90, 90]);
    const risk = series.find((s) => s.name === 'At risk' && s.stack === 'risk-low');
    expect(risk?.data).toEqual([10, 10]);
  });

  it('draws overlays only when asked, and the expected-to-date of the running period', () => {
    const without = seriesOf(
      actualVsTargetOption(model, { previous: false, lastYear: false }, format, format),
    );
    expect(without.map((s) => s.name)).not.toContain('Last year');
    const withBoth = actualVsTargetOption(
      model,
      { previous: true, lastYear: true },
      format,
      format,
    );
    const names = seriesOf(withBoth).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['Previous period', 'Last year', 'Expected to date']),
    );
    expect(seriesOf(withBoth).find((s) => s.name === 'Expected to date')?.data).toEqual([null, 60]);
    expect((withBoth.legend as { data: string[] }).data).toEqual([
      'Actual',
      'Target',
      'Expected to date',
      'Previous period',
      'Last year',
      'At risk',
      'Off track',
    ]);
  });

  it('numbers the annotations on the actual line', () => {
    const actual = seriesOf(
      actualVsTargetOption(model, { previous: false, lastYear: false }, format, format),
    ).find((s) => s.name === 'Actual') as unknown as {
      markLine: { data: { name: string; xAxis: number }[] };
    };
    expect(actual.markLine.data).toEqual([{ name: '1', xAxis: 1 }]);
  });
});
