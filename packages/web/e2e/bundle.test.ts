import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWebAppBuilt } from './support/build';
import { webRoot } from './support/paths';

/** What the first visit downloads must stay small; charts and rare pages load on demand. */
const INITIAL_JS_BUDGET_GZIP = 150 * 1024;

function initialScripts(): string[] {
  const html = readFileSync(join(webRoot, 'dist', 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)];
  return srcs.map((match) => match[1] ?? '');
}

describe('the built web app', () => {
  beforeAll(() => ensureWebAppBuilt(), 120_000);

  it(`keeps the initial JavaScript under ${INITIAL_JS_BUDGET_GZIP / 1024} kB gzip`, () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((path) => readFileSync(join(webRoot, 'dist', path)));
    const gzip = code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
    expect(gzip).toBeLessThan(INITIAL_JS_BUDGET_GZIP);
  });

  it("bundles React's production build and no chart code up front", () => {
    const code = initialScripts()
      .map((path) => readFileSync(join(webRoot, 'dist', path), 'utf8'))
      .join('\n');
    // Development builds of React carry these warnings; production builds do not.
    expect(code).not.toContain('Each child in a list should have a unique');
    expect(code).not.toContain('react-dom.development');
    expect(code).not.toMatch(/echarts|zrender/i);
  });
});
