import { formatTargetValue, type KpiTarget } from '@vitals/core';
import { BASIS_LABELS } from '../labels';
import styles from '../Wizard.module.css';

function placement(target: KpiTarget): string {
  if (target.effectiveFrom) return `Per ${target.grain} from ${target.effectiveFrom}`;
  if (target.phasing)
    return `${target.periodKey}, spread by ${target.grain} (${target.phasing.method.replace('_', ' ')})`;
  return `For ${target.periodKey}`;
}

/** The KPI's stored targets (edit mode); changing them is the KPI page's job. */
export function ExistingTargets({ targets }: { targets: readonly KpiTarget[] }) {
  if (targets.length === 0) return <p className={styles.muted}>The KPI has no target yet.</p>;
  return (
    <div>
      <h3 className={styles.subTitle}>Current targets</h3>
      <ul className={styles.plainList}>
        {targets.map((target) => (
          <li key={target.id}>
            {placement(target)}: <strong>{formatTargetValue(target.value)}</strong> —{' '}
            {BASIS_LABELS[target.basis].label}
            {target.note && ` (${target.note})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
