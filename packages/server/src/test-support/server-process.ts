import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real server (packages/server/src/main.ts) running in a process of its own. */
export interface ServerProcess {
  baseUrl: string;
  /** The token of the setup link the server printed, when the store was not set up yet. */
  setupToken: string | undefined;
  pid: number;
  /** Everything it printed so far, for failure messages. */
  output(): string;
  /** Whether it has exited. */
  exited(): boolean;
  /** Sends the signal and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts main.ts with `env` (VITALS_DATA_DIR or DATABASE_URL) on a free port, and waits until it
 * answers /api/health (and, on an empty store, has printed its setup link). `node --import tsx`
 * runs main.ts as `npx tsx` does, but in ONE process, so a SIGKILL hits the server itself.
 */
export async function startServer(
  env: Record<string, string>,
  { timeoutMs = 30_000 } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      VITALS_DATA_DIR: '',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    baseUrl,
    setupToken: undefined,
    pid: child.pid ?? 0,
    output: () => output,
    exited: () => exited,
    async stop(signal) {
      if (!exited) child.kill(signal);
      await exit;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    // main.ts prints the link right after listen(): give it a moment to appear.
    const link = /\/setup\?token=(\S+)/.exec(output);
    if (healthy && (link || (await setUpAlready(baseUrl)))) {
      server.setupToken = link?.[1];
      return server;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop('SIGKILL');
  throw new Error(`the server did not start within ${timeoutMs} ms:\n${output}`);
}

async function setUpAlready(baseUrl: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/api/setup`);
  return ((await res.json()) as { setUp: boolean }).setUp;
}
