import type { KpiStatus } from '@vitals/core';
import { Icon } from '../../components/Icon';
import { presentStatus } from '../../format/status';
import styles from './StatusSummary.module.css';

const ORDER: readonly KpiStatus[] = ['off_track', 'at_risk', 'on_track', 'stale', 'no_data'];

/**
 * How many KPIs have each status, worst first; each count is a toggle that shows only those KPIs.
 * Holds its height while loading, so the cards below do not move.
 */
export function StatusSummary({
  counts,
  active,
  onSelect,
}: {
  counts: Record<KpiStatus, number> | null;
  active: KpiStatus | '';
  onSelect: (status: KpiStatus | '') => void;
}) {
  return (
    <ul className={styles.summary} aria-label="KPIs by status">
      {ORDER.map((status) => {
        const p = presentStatus(status);
        const count = counts?.[status];
        const pressed = active === status;
        return (
          <li key={status}>
            <button
              type="button"
              className={styles.item}
              aria-pressed={pressed}
              disabled={counts === null || (count === 0 && !pressed)}
              onClick={() => onSelect(pressed ? '' : status)}
              style={{ color: `var(${p.colorToken})`, background: `var(${p.backgroundToken})` }}
            >
              <Icon name={p.icon} size={16} />
              <span className={styles.count}>{count ?? '–'}</span>
              {p.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
