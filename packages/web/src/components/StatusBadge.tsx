import type { KpiStatus } from '@vitals/core';
import { presentStatus } from '../format/status';
import { Icon } from './Icon';
import styles from './StatusBadge.module.css';

/** A KPI status as icon, word and colour together. */
export function StatusBadge({ status }: { status: KpiStatus }) {
  const p = presentStatus(status);
  return (
    <span
      className={styles.badge}
      title={p.description}
      style={{ color: `var(${p.colorToken})`, background: `var(${p.backgroundToken})` }}
    >
      <Icon name={p.icon} size={14} />
      {p.label}
    </span>
  );
}
