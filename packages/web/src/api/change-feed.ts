import type { Stale } from './change-keys';
import { staleOfEvent } from './change-keys';

/** `Live` while the stream is open, `Reconnecting…` after it dropped; `connecting` at first. */
export type FeedStatus = 'connecting' | 'live' | 'reconnecting';

/** The part of the browser's `EventSource` the feed uses. */
export interface EventSourceLike {
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: 'change', listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export interface FeedOptions {
  url: string;
  open: (url: string) => EventSourceLike;
  /** Refetches what a change made stale. */
  onStale: (stale: Stale) => void;
  onStatus: (status: FeedStatus) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** A number in [0, 1), for jitter. */
  random: () => number;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * How long to wait before the `attempt`-th reconnect (0 for the first): doubling from 1 s up to
 * 30 s, each wait between half and all of that so many open pages do not all return at once.
 */
export function reconnectDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * One stream of workspace changes. The browser's own retry is replaced by ours (it retries at a
 * fixed pace, and not at all after an HTTP error): on error the source is closed and reopened
 * after a growing delay. Changes missed while disconnected are unknown, so a reconnect refetches
 * everything; a change seen twice (same version) is ignored.
 */
export class ChangeFeed {
  private source: EventSourceLike | null = null;
  private timer: unknown = null;
  private attempt = 0;
  private lastVersion = 0;
  private droppedOnce = false;
  private stopped = false;

  constructor(private readonly options: FeedOptions) {}

  start(): void {
    this.stopped = false;
    this.options.onStatus('connecting');
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.source?.close();
    this.source = null;
    if (this.timer !== null) this.options.clearTimer(this.timer);
    this.timer = null;
  }

  private connect(): void {
    const source = this.options.open(this.options.url);
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      this.options.onStatus('live');
      if (!this.droppedOnce) return;
      // What changed meanwhile is unknown: refetch everything and take versions afresh.
      this.lastVersion = 0;
      this.options.onStale({ all: true });
    };
    source.onerror = () => this.drop(source);
    source.addEventListener('change', (event) => {
      const change = staleOfEvent(event.data);
      if (!change) return;
      if (change.version !== null) {
        if (change.version <= this.lastVersion) return;
        this.lastVersion = change.version;
      }
      this.options.onStale(change.stale);
    });
  }

  private drop(source: EventSourceLike): void {
    if (this.stopped || source !== this.source) return;
    source.close();
    this.source = null;
    this.droppedOnce = true;
    this.options.onStatus('reconnecting');
    const delay = reconnectDelay(this.attempt, this.options.random);
    this.attempt += 1;
    this.timer = this.options.setTimer(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, delay);
  }
}
