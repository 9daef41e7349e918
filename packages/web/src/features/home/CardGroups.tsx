import { useMemo } from 'react';
import { CardGrid } from '../cards/CardGrid';
import { presentCard } from '../cards/card-model';
import { KpiCardSkeleton, KpiCardView } from '../cards/KpiCardView';
import { useNumberContext } from '../cards/number-context';
import type { CardGroup } from './card-filters';
import styles from './CardGroups.module.css';

/** Each group as a titled section of cards; a card still on its way holds its place as a skeleton. */
export function CardGroups({
  groups,
  asOf,
}: {
  groups: readonly CardGroup[];
  asOf: string | undefined;
}) {
  const context = useNumberContext();
  const now = useMemo(() => (asOf ? new Date(asOf) : null), [asOf]);
  return (
    <div className={styles.groups}>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`} className={styles.title}>
            {group.title} <span className={styles.count}>({group.entries.length})</span>
          </h2>
          <CardGrid>
            {group.entries.map(({ kpi, card }) =>
              card && now ? (
                <KpiCardView key={kpi.id} view={presentCard(card, context, now)} />
              ) : (
                <KpiCardSkeleton key={kpi.id} name={kpi.name} />
              ),
            )}
          </CardGrid>
        </section>
      ))}
    </div>
  );
}
