import type { Annotation } from '@vitals/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchAnnotationPage } from '../../api/annotations';
import { queryKeys } from '../../api/queries';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Loading } from '../../components/Page';
import styles from './Annotations.module.css';

/** "21 Nov 2026" or "21 Nov – 3 Dec 2026". */
export function annotationDates(
  annotation: Pick<Annotation, 'from' | 'to'>,
  locale: string,
): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  if (!annotation.to || annotation.to === annotation.from)
    return format.format(day(annotation.from));
  return format.formatRange(day(annotation.from), day(annotation.to));
}

/** A KPI's annotations (its own and its metric's), the latest days first. */
export function AnnotationList({ kpiId }: { kpiId: string }) {
  const { workspace } = useCurrentSession();
  const feed = useInfiniteQuery({
    queryKey: queryKeys.annotationFeed(kpiId),
    queryFn: ({ pageParam, signal }) => fetchAnnotationPage(kpiId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (feed.isPending) return <Loading label="Loading annotations…" />;
  if (feed.isError) {
    return (
      <Alert tone="error">
        <p>{feed.error.message}</p>
      </Alert>
    );
  }
  const items = feed.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <p className={styles.empty}>
        No annotations yet. Note launches, outages and campaigns so everyone reading the chart knows
        why a number moved.
      </p>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-label="Annotations, latest first">
        {items.map((annotation) => (
          <li key={annotation.id} className={styles.item}>
            <time dateTime={annotation.from} className={styles.dates}>
              {annotationDates(annotation, workspace.locale)}
            </time>
            <p className={styles.text}>{annotation.text}</p>
            {annotation.metricId && <span className={styles.scope}>On the metric</span>}
          </li>
        ))}
      </ul>
      {feed.hasNextPage && (
        <div>
          <Button
            size="small"
            busy={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
          >
            Show older annotations
          </Button>
        </div>
      )}
    </>
  );
}
