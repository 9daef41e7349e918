import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ChangeFeed, type FeedStatus } from '../api/change-feed';
import styles from './LiveStatus.module.css';

/** The stream's state, and whether it has dropped since the app opened. */
interface LiveState {
  status: FeedStatus;
  dropped: boolean;
}

const LiveStatusContext = createContext<LiveState | null>(null);

/**
 * Keeps one stream of workspace changes open while signed in (`GET /api/events`, the session
 * cookie goes with it) and refetches the queries each change makes stale, so open pages update
 * without a reload.
 */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: 'connecting', dropped: false });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const feed = new ChangeFeed({
      url: '/api/events',
      open: (url) => new EventSource(url),
      onStale: (stale) => {
        if (stale.all) void client.invalidateQueries();
        else for (const queryKey of stale.keys) void client.invalidateQueries({ queryKey });
      },
      onStatus: (status) =>
        setState((current) => ({
          status,
          dropped: current.dropped || status === 'reconnecting',
        })),
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (timer) => window.clearTimeout(timer as number),
      random: Math.random,
    });
    feed.start();
    return () => feed.stop();
  }, [client]);
  return <LiveStatusContext.Provider value={state}>{children}</LiveStatusContext.Provider>;
}

/**
 * "Live" or "Reconnecting…" in the banner. Only a change of connection after the first drop is
 * announced (a polite status region), so loading a page says nothing; connecting shows nothing.
 */
export function LiveStatus() {
  const state = useContext(LiveStatusContext);
  const status = state?.status;
  const dropped = state?.dropped ?? false;
  const label = status === 'live' ? 'Live' : status === 'reconnecting' ? 'Reconnecting…' : '';
  return (
    <span className={styles.status} data-status={status ?? 'off'}>
      {label && <span className={styles.dot} aria-hidden="true" />}
      {!dropped && label}
      <span role="status">{dropped ? label : ''}</span>
    </span>
  );
}
