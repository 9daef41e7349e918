import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the real start command (`npm start`'s script) on an empty data folder. */
describe('the start command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vitals-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves /api/health on PORT with the embedded store', async () => {
    const port = await freePort();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: new URL('../../..', import.meta.url).pathname,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        VITALS_DATA_DIR: dataDir,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 45_000;
      let body: unknown;
      while (Date.now() < deadline) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/health`);
          body = await res.json();
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      expect(body, `server output:\n${output}`).toMatchObject({ status: 'ok' });
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 60_000);
});
