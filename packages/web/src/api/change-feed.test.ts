import { describe, expect, it } from 'vitest';
import type { Stale } from './change-keys';
import { ChangeFeed, reconnectDelay, type EventSourceLike, type FeedStatus } from './change-feed';

describe('reconnectDelay', () => {
  it('doubles from one second up to thirty, jittered between half and all of it', () => {
    const most = (attempt: number) => reconnectDelay(attempt, () => 0.999_999);
    const least = (attempt: number) => reconnectDelay(attempt, () => 0);
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(most)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect([0, 1, 5].map(least)).toEqual([500, 1000, 15000]);
    expect(reconnectDelay(2, () => 0.5)).toBe(3000);
  });
});

/** A stand-in for the browser's EventSource, which Node does not have; the browser test runs the real one. */
class FakeSource implements EventSourceLike {
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners: ((event: MessageEvent<string>) => void)[] = [];
  addEventListener(_type: 'change', listener: (event: MessageEvent<string>) => void): void {
    this.listeners.push(listener);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.(new Event('open'));
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
  change(data: string): void {
    for (const listener of this.listeners) listener(new MessageEvent('change', { data }));
  }
}

function setUp() {
  const sources: FakeSource[] = [];
  const statuses: FeedStatus[] = [];
  const stale: Stale[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const feed = new ChangeFeed({
    url: '/api/events',
    open: (url) => {
      expect(url).toBe('/api/events');
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    onStale: (s) => stale.push(s),
    onStatus: (s) => statuses.push(s),
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
    random: () => 0.999_999,
  });
  return { feed, sources, statuses, stale, timers };
}

describe('ChangeFeed', () => {
  it('turns change events into stale queries, once per version', () => {
    const { feed, sources, statuses, stale } = setUp();
    feed.start();
    sources[0]?.open();
    sources[0]?.change('{"version":3,"kinds":["dashboards"]}');
    sources[0]?.change('{"version":3,"kinds":["dashboards"]}');
    sources[0]?.change('{"version":2,"kinds":["data"]}');
    sources[0]?.change('{"version":4,"kinds":["dashboards"]}');
    expect(statuses).toEqual(['connecting', 'live']);
    expect(stale).toEqual([
      { all: false, keys: [['dashboards']] },
      { all: false, keys: [['dashboards']] },
    ]);
  });

  it('reconnects with growing delays, and refetches everything once back', () => {
    const { feed, sources, statuses, stale, timers } = setUp();
    feed.start();
    sources[0]?.open();
    sources[0]?.change('{"version":9,"kinds":["data"]}');
    sources[0]?.fail();
    expect(sources[0]?.closed).toBe(true);
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0]?.run();
    sources[1]?.fail();
    timers[1]?.run();
    sources[2]?.fail();
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000, 4000]);
    timers[2]?.run();
    sources[3]?.open();
    expect(statuses).toEqual([
      'connecting',
      'live',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'live',
    ]);
    expect(stale.at(-1)).toEqual({ all: true });
    // versions are taken afresh after a reconnect; the delays start over after a success
    sources[3]?.change('{"version":1,"kinds":["dashboards"]}');
    expect(stale.at(-1)).toEqual({ all: false, keys: [['dashboards']] });
    sources[3]?.fail();
    expect(timers.at(-1)?.ms).toBe(1000);
  });

  it('stops: closes the stream and cancels a pending reconnect', () => {
    const { feed, sources, timers } = setUp();
    feed.start();
    sources[0]?.fail();
    feed.stop();
    expect(timers[0]?.cleared).toBe(true);
    timers[0]?.run();
    expect(sources).toHaveLength(1);
  });
});
