import { extrasText, mb, range, ratioNumber, ratioText } from './format';
import type { EngineResult } from './result';

const TITLES: Record<string, string> = {
  ingest: '1. Ingest',
  dashboard: '2. Dashboard read',
  'evaluate-all': '3. Evaluate all',
  series: '4. Coarse series',
  'after-write': '5. After a write',
};

/** The markdown summary of one bench invocation (bench/results/latest.md). */
export function markdown(results: readonly EngineResult[], command: string): string {
  const first = results[0];
  if (!first) return '';
  const m = first.machine;
  const out = [
    `# Vitals benchmark — ${first.date}, ${first.quick ? 'quick (a tenth of the size)' : 'full size'}`,
    '',
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}.`,
    `Workload: ${first.workload.metrics} metrics, ${first.workload.kpis} KPIs, ${first.workload.points.toLocaleString('en')} data points, ${first.workload.targets.toLocaleString('en')} monthly targets, ${first.workload.dashboards} dashboards of 12 KPIs (seed ${first.workload.seed}, as of ${first.workload.asOf}).`,
    `Command: \`${command}\`. Each cell: median [min–max] over the runs; ratio = Vitals ÷ baseline per run.`,
  ];
  for (const r of results) {
    out.push(
      '',
      `## ${r.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${r.durationSeconds.toFixed(0)} s)`,
      '',
      '| figure | Vitals | baseline | ratio | target | peak RSS |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const f of r.figures) {
      const targets = f.targets
        .map((t) => `${t.pass ? '✅' : '❌'} ${t.text} (${ratioNumber(t.value)})`)
        .join('<br>');
      out.push(
        `| ${TITLES[f.id] ?? f.id} (${f.vitals.runs} runs) | ${range(f.vitals, f.unit)} | ${range(f.baseline, f.unit)} — ${f.baselineName} | ${ratioText(f.ratio)} | ${targets} | ${mb(f.peakRss)} |`,
      );
    }
    out.push('', ...r.figures.map((f) => `- ${TITLES[f.id] ?? f.id}: ${extrasText(f)}`));
  }
  return `${out.join('\n')}\n`;
}
