import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ChangeFeed, type FeedStatus } from '../api/change-feed';
import styles from './LiveStatus.module.css';

const LiveStatusContext = createContext<FeedStatus | null>(null);

/**
 * Keeps one stream of workspace changes open while signed in (`GET /api/events`, the session
 * cookie goes with it) and refetches the queries each change makes stale, so open pages update
 * without a reload.
 */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [status, setStatus] = useState<FeedStatus>('connecting');
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const feed = new ChangeFeed({
      url: '/api/events',
      open: (url) => new EventSource(url),
      onStale: (stale) => {
        if (stale.all) void client.invalidateQueries();
        else for (const queryKey of stale.keys) void client.invalidateQueries({ queryKey });
      },
      onStatus: setStatus,
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (timer) => window.clearTimeout(timer as number),
      random: Math.random,
    });
    feed.start();
    return () => feed.stop();
  }, [client]);
  return <LiveStatusContext.Provider value={status}>{children}</LiveStatusContext.Provider>;
}

/**
 * "Live" or "Reconnecting…" in the banner. A polite status region, so a screen reader hears a
 * change of connection once, after what it is reading; nothing while first connecting.
 */
export function LiveStatus() {
  const status = useContext(LiveStatusContext);
  return (
    <span role="status" className={styles.status} data-status={status ?? 'off'}>
      {status === 'live' && (
        <>
          <span className={styles.dot} aria-hidden="true" />
          Live
        </>
      )}
      {status === 'reconnecting' && (
        <>
          <span className={styles.dot} aria-hidden="true" />
          Reconnecting…
        </>
      )}
    </span>
  );
}
