import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const webRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Screenshots of every browser test, git-ignored. */
export const screenshotDir = fileURLToPath(
  new URL('../../../../test-results/e2e/', import.meta.url),
);
