import { useId } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { StatusBadge } from '../../components/StatusBadge';
import type { ChangePresentation } from '../../format/change';
import type { CardView } from './card-model';
import { Sparkline } from './Sparkline';
import styles from './KpiCard.module.css';

export type CardSize = 'normal' | 'large';

/**
 * One KPI at a glance: name, value, target and gap, status (colour, icon and word), changes coloured
 * by direction, the trend with its target line, and how fresh the data is. Fixed height, so 25 cards
 * lay out without shifting as they arrive.
 */
export function KpiCardView({ view, size = 'normal' }: { view: CardView; size?: CardSize }) {
  const titleId = useId();
  return (
    <article
      className={`${styles.card} ${size === 'large' ? styles.large : ''}`}
      aria-labelledby={titleId}
      data-kpi-card
      data-status={view.status.status}
    >
      <div className={styles.head}>
        <h3 id={titleId} className={styles.name}>
          <Link to={`/kpis/${view.kpiId}`} className={styles.link}>
            {view.name}
          </Link>
        </h3>
        <StatusBadge status={view.status.status} />
      </div>
      <p className={styles.valueLine}>
        <span className={styles.value}>{view.value}</span>
        <span className={styles.period}>{view.periodLabel}</span>
      </p>
      <p className={styles.targetLine}>
        {view.target === null ? (
          'No target set'
        ) : (
          <>
            Target <strong>{view.target}</strong>
            {view.expected && <> · expected to date {view.expected}</>}
          </>
        )}
      </p>
      <p
        className={styles.gap}
        style={{ color: `var(${view.gap?.colorToken ?? '--color-muted'})` }}
      >
        {view.gap?.text ?? '\u00a0'}
      </p>
      <Sparkline points={view.sparkline} label={view.sparklineText} />
      <ul className={styles.changes} aria-label="Changes">
        <ChangeItem change={view.vsPrevious} short="vs prev." />
        <ChangeItem change={view.vsLastYear} short="vs last yr" />
      </ul>
      <p className={styles.footer}>
        <span>{view.updated}</span>
        {view.note && <span className={styles.note}>{view.note}</span>}
        {view.stale && view.status.status !== 'stale' && <StatusBadge status="stale" />}
      </p>
    </article>
  );
}

function ChangeItem({ change, short }: { change: ChangePresentation; short: string }) {
  return (
    <li className={styles.change} style={{ color: `var(${change.colorToken})` }}>
      <span aria-hidden="true" className={styles.changeVisible}>
        {change.icon && <Icon name={change.icon} size={14} />}
        {change.text} <span className={styles.changeAgainst}>{short}</span>
      </span>
      <span className="visually-hidden">{change.description}</span>
    </li>
  );
}

/** The place of a card whose numbers are on their way: same size, so nothing moves when they come. */
export function KpiCardSkeleton({ name, size = 'normal' }: { name?: string; size?: CardSize }) {
  return (
    <div className={`${styles.card} ${styles.skeleton} ${size === 'large' ? styles.large : ''}`}>
      <p className={styles.name}>{name ?? '\u00a0'}</p>
      <span className="visually-hidden">Loading…</span>
    </div>
  );
}
