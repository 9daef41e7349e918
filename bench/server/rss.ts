import { readFileSync, writeFileSync } from 'node:fs';

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Peak RSS of another process during one workload (Linux): the kernel's high-water mark, reset at
 * the start through /proc/<pid>/clear_refs, and a 10 ms sample of VmRSS as a fallback where the
 * reset is not allowed.
 */
export class RssWatch {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly hwmReset: boolean;

  constructor(private readonly pid: number) {
    let reset = false;
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      reset = true;
    } catch {
      reset = false;
    }
    this.hwmReset = reset;
    this.sample();
    this.timer = setInterval(() => this.sample(), 10);
    this.timer.unref();
  }

  private sample(): void {
    const rss = statusField(this.pid, 'VmRSS');
    if (rss !== null && rss > this.peak) this.peak = rss;
  }

  /** Bytes. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    const hwm = this.hwmReset ? statusField(this.pid, 'VmHWM') : null;
    return Math.max(this.peak, hwm ?? 0);
  }
}
