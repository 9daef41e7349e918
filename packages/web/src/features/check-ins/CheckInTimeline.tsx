import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { fetchCheckIns } from '../../api/check-ins';
import { fetchPeople } from '../../api/lookups';
import { queryKeys } from '../../api/queries';
import { useWorkspaceCalendar } from '../../app/calendar';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Loading } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { formatRelativeTime } from '../../format/relative-time';
import styles from './CheckIns.module.css';
import { periodLabel } from './period-options';

/** A KPI's check-ins, newest first: the call, what happened and what comes next. */
export function CheckInTimeline({ kpiId }: { kpiId: string }) {
  const { workspace } = useCurrentSession();
  const calendar = useWorkspaceCalendar();
  const people = useQuery({ queryKey: queryKeys.peopleLookup, queryFn: () => fetchPeople() });
  const feed = useInfiniteQuery({
    queryKey: queryKeys.checkIns(kpiId),
    queryFn: ({ pageParam, signal }) => fetchCheckIns(kpiId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (feed.isPending) return <Loading label="Loading check-ins…" />;
  if (feed.isError) {
    return (
      <Alert tone="error">
        <p>{feed.error.message}</p>
      </Alert>
    );
  }
  const items = feed.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <p className={styles.empty}>No check-ins yet. The first review starts the history.</p>;
  }
  const now = new Date();
  const nameOf = (id: string | null) =>
    (id && people.data?.find((p) => p.id === id)?.name) || 'Someone';
  return (
    <>
      <ol className={styles.timeline} aria-label="Check-ins, newest first">
        {items.map((checkIn) => (
          <li key={checkIn.id} className={styles.entry}>
            <div className={styles.entryHead}>
              <h3 className={styles.period}>
                {periodLabel(calendar, checkIn.periodKey, workspace.locale)}
              </h3>
              <StatusBadge status={checkIn.statusCall} />
              <span className={styles.meta}>
                {nameOf(checkIn.authorId)},{' '}
                <time dateTime={checkIn.createdAt}>
                  {formatRelativeTime(checkIn.createdAt, now, workspace.locale)}
                </time>
              </span>
            </div>
            {checkIn.commentary && (
              <div>
                <h4 className={styles.label}>What happened</h4>
                <p className={styles.text}>{checkIn.commentary}</p>
              </div>
            )}
            {checkIn.nextActions && (
              <div>
                <h4 className={styles.label}>What we will do next</h4>
                <p className={styles.text}>{checkIn.nextActions}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
      {feed.hasNextPage && (
        <div>
          <Button
            size="small"
            busy={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
          >
            Show older check-ins
          </Button>
        </div>
      )}
    </>
  );
}
