import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args';
import { markdown } from './report/markdown';
import type { EngineResult } from './report/result';
import { terminalTable } from './report/table';
import { runEngine } from './suite';

/*
 * `npm run bench [-- --quick] [--engine sqlite|postgres|both] [--profile]`: every figure of the
 * benchmark issue on each engine, each as a ratio against the raw engine (or the bare framework)
 * measured in the same run. Writes bench/results/<engine>-<date>[-quick].json and latest.md.
 */
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const args = parseArgs(process.argv.slice(2));
const cleanups: (() => Promise<void>)[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, dropping the stores`);
    void Promise.all(cleanups.map((c) => c())).finally(() => process.exit(130));
  });
}

mkdirSync(resultsDir, { recursive: true });
// Profiles are large and machine-specific: outside the repository.
const profileDir = join(tmpdir(), 'vitals-bench-profiles');
if (args.profile) console.log(`bench: the server's CPU profiles go to ${profileDir}`);
const results: EngineResult[] = [];
for (const engine of args.engines) {
  const result = await runEngine(engine, args, profileDir, cleanups);
  results.push(result);
  const name = `${engine}-${result.date}${result.quick ? '-quick' : ''}.json`;
  writeFileSync(`${resultsDir}${name}`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${terminalTable(result)}\n\nbench: wrote bench/results/${name}`);
}
const command = [
  'npm run bench',
  ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
];
writeFileSync(`${resultsDir}latest.md`, markdown(results, command.join(' ')));
console.log('bench: wrote bench/results/latest.md');
