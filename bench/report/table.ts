import type { EngineResult } from './result';
import { mb, range, ratioText, targetsText } from './format';

/** The results as a plain-text table for the terminal. */
export function terminalTable(result: EngineResult): string {
  const header = ['figure', 'Vitals', 'baseline', 'ratio', 'targets', 'peak RSS'];
  const rows = result.figures.map((f) => [
    f.id,
    range(f.vitals, f.unit),
    range(f.baseline, f.unit),
    ratioText(f.ratio),
    targetsText(f),
    mb(f.peakRss),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  return [
    `${result.engine} — ${result.quick ? 'quick (a tenth of the size)' : 'full size'}, ${result.workload.points.toLocaleString('en')} points, ${result.durationSeconds.toFixed(0)} s`,
    line(header),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map(line),
  ].join('\n');
}
