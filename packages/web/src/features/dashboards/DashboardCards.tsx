import type { Dashboard } from '@vitals/core';
import { useMemo } from 'react';
import { Alert } from '../../components/Alert';
import { CardGrid } from '../cards/CardGrid';
import { presentCard } from '../cards/card-model';
import { KpiCardSkeleton, KpiCardView, type CardSize } from '../cards/KpiCardView';
import { useNumberContext } from '../cards/number-context';
import { useSummary } from '../cards/useSummary';
import { refreshLabel, summaryRequestOf } from './dashboard-settings';
import styles from './DashboardCards.module.css';

/**
 * A dashboard's cards in its order, refreshed every `refreshSeconds`. Skeletons hold each place
 * until the numbers come.
 */
export function DashboardCards({
  dashboard,
  size = 'normal',
  showAsOf = false,
}: {
  dashboard: Dashboard;
  size?: CardSize;
  /** Say when the numbers were last refreshed (TV mode). */
  showAsOf?: boolean;
}) {
  const context = useNumberContext();
  const request = useMemo(() => summaryRequestOf(dashboard), [dashboard]);
  const summary = useSummary(request, {
    refreshSeconds: dashboard.refreshSeconds,
  });
  const now = useMemo(() => (summary.data ? new Date(summary.data.asOf) : null), [summary.data]);
  const cards = new Map((summary.data?.cards ?? []).map((card) => [card.kpiId, card]));
  return (
    <>
      {showAsOf && (
        <p className={styles.asOf}>
          {now
            ? `Numbers as of ${now.toLocaleTimeString(context.locale)}, refreshed ${refreshLabel(dashboard.refreshSeconds)}`
            : '\u00a0'}
        </p>
      )}
      {summary.isError && (
        <Alert tone="error">
          <p>The cards could not be loaded: {summary.error.message}</p>
        </Alert>
      )}
      <CardGrid size={size}>
        {dashboard.kpiIds.map((id) => {
          const card = cards.get(id);
          return card && now ? (
            <KpiCardView key={id} view={presentCard(card, context, now)} size={size} />
          ) : (
            <KpiCardSkeleton key={id} size={size} />
          );
        })}
      </CardGrid>
    </>
  );
}
