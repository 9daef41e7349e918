import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { webRoot } from './paths';

/**
 * `npm test` builds the web app before the suites; a direct `vitest run` builds it here when
 * packages/web/dist is missing or older than its sources.
 */
export function ensureWebAppBuilt(): void {
  const result = spawnSync('node', [join(webRoot, 'scripts', 'build-if-stale.mjs')], {
    cwd: webRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
  }
}
