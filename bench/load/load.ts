import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadOptions {
  baseUrl: string;
  /** Paths requested in turn by each connection. */
  paths: readonly string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** A warm-up: no answer at all is fine (the first requests may outlast it). */
  warmUp?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles in ms (autocannon's histogram: whole milliseconds). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  /** Connection errors and timeouts (autocannon's 10 s). */
  errors: number;
  non2xx: number;
  bytesPerRequest: number;
}

const WORKER = fileURLToPath(new URL('./autocannon-worker.ts', import.meta.url));

/** Runs autocannon against the server from a separate process. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const child = fork(WORKER, [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: LoadResult | undefined;
    child.on('message', (message: LoadResult) => {
      result = message;
    });
    child.on('exit', (code) => {
      if (result && result.non2xx === 0 && (result.requests > 0 || options.warmUp)) resolve(result);
      else if (result) {
        reject(new Error(`load: ${result.requests} answered, ${result.non2xx} not 2xx`));
      } else reject(new Error(`load process exited (${code ?? 'signal'}) without a result`));
    });
  });
}
