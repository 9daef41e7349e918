import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StoreLocation } from '../store/engine';
import { RssWatch } from './rss';
import type { ChildMessage, ChildRequest, ChildResults } from './protocol';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

export interface ServerOptions {
  /** Extra node flags, e.g. --cpu-prof for profiling. */
  nodeFlags?: readonly string[];
}

/** The server under test running as a child process: its base URL, IPC calls and RSS. */
export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'ready') return;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.kind === 'reply') waiting.resolve(message.result);
      else waiting.reject(new Error(`server process: ${message.message}`));
    });
    child.on('exit', (code) => {
      for (const { reject } of this.pending.values()) {
        reject(new Error(`server process exited (${code ?? 'signal'})`));
      }
      this.pending.clear();
    });
  }

  static start(location: StoreLocation, options: ServerOptions = {}): Promise<ServerProcess> {
    const child = fork(CHILD, [JSON.stringify({ location })], {
      execArgv: ['--import', 'tsx', ...(options.nodeFlags ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`server process exited before listening (${code ?? 'signal'})`));
      child.once('exit', onExit);
      child.on('message', (message: ChildMessage) => {
        if (message.kind !== 'ready') return;
        child.off('exit', onExit);
        resolve(new ServerProcess(child, `http://127.0.0.1:${message.port}`));
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  call<T extends ChildRequest['type']>(
    request: Extract<ChildRequest, { type: T }>,
  ): Promise<ChildResults[T]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as ChildResults[T]), reject });
      this.child.send({ id, request });
    });
  }

  /** Runs `work` and returns its result with the server's peak RSS meanwhile (bytes). */
  async watched<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
    const watch = new RssWatch(this.pid);
    try {
      const result = await work();
      return { result, peakRss: watch.stop() };
    } catch (error) {
      watch.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.call({ type: 'close' }).catch(() => this.child.kill('SIGTERM'));
    await exited;
  }
}
