import type { MetricUnit } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queries';
import { fetchRevisions } from '../../api/series';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Page';
import type { NumberContext } from '../../format/number';
import { formatRelativeTime } from '../../format/relative-time';
import { actorText, componentsText, sourceText } from './data-point-text';
import styles from './RevisionHistory.module.css';

/** Every value a data point held before its current one: what, from where, who replaced it, when. */
export function RevisionHistory({
  dataPointId,
  unit,
  context,
  names,
  now,
}: {
  dataPointId: string;
  unit: MetricUnit;
  context: NumberContext;
  names: ReadonlyMap<string, string>;
  now: Date;
}) {
  const history = useQuery({
    queryKey: queryKeys.revisions(dataPointId),
    queryFn: ({ signal }) => fetchRevisions(dataPointId, signal),
  });
  if (history.isPending) return <Loading label="Loading earlier values…" />;
  if (history.isError) {
    return (
      <Alert tone="error">
        <p>{history.error.message}</p>
      </Alert>
    );
  }
  const when = (at: string) => formatRelativeTime(at, now, context.locale);
  return (
    <ol className={styles.list} aria-label="Earlier values, oldest first">
      {history.data.revisions.map((r) => (
        <li key={r.id}>
          <strong>Revision {r.revision}:</strong> {componentsText(r.components, unit, context)} (
          {sourceText(r.source)}
          {r.note ? `, “${r.note}”` : ''}), written by {actorText(r.writtenBy, names)}{' '}
          <time dateTime={r.writtenAt}>{when(r.writtenAt)}</time>; replaced by{' '}
          {actorText(r.changedBy, names)} <time dateTime={r.changedAt}>{when(r.changedAt)}</time>.
        </li>
      ))}
      <li>
        <strong>Now, revision {history.data.current.revision}:</strong>{' '}
        {componentsText(history.data.current.components, unit, context)} (
        {sourceText(history.data.current.source)}).
      </li>
    </ol>
  );
}
