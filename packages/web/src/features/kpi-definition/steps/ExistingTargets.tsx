import type { ExistingTargetDraft } from '../existing-targets';
import styles from '../Wizard.module.css';
import type { StepProps } from '../wizard-types';
import { ExistingTargetRow } from './ExistingTargetRow';

/**
 * Edit mode: the KPI's stored targets, each to change or delete. Changes are saved with the rest
 * of the definition; the server keeps every earlier version in the target history.
 */
export function ExistingTargets(props: StepProps & { isSum: boolean }) {
  const { draft, update, context } = props;
  const stored = new Map((context.targets ?? []).map((t) => [t.id, t]));
  const rows = draft.existingTargets.filter((d) => stored.has(d.id));
  if (rows.length === 0) return <p className={styles.muted}>The KPI has no target yet.</p>;
  const unit = context.metrics.find((m) => m.id === context.kpi?.metricId)?.unit ?? {
    kind: 'number',
  };
  const numbers = { locale: context.locale, currency: context.currency };
  const change = (next: ExistingTargetDraft, field: string) =>
    update(
      { existingTargets: draft.existingTargets.map((d) => (d.id === next.id ? next : d)) },
      `targets/${next.id}/${field}`,
    );
  return (
    <section aria-labelledby="existing-targets-title">
      <h3 id="existing-targets-title" className={styles.subTitle}>
        Current targets
      </h3>
      <p className={styles.muted}>
        Changes and deletions are saved with the definition; earlier values stay in the target
        history.
      </p>
      <ul className={styles.targetList}>
        {rows.map((row) => {
          const target = stored.get(row.id);
          return target ? (
            <ExistingTargetRow
              key={row.id}
              row={row}
              target={target}
              band={draft.direction === 'within_band'}
              isSum={props.isSum}
              unit={unit}
              numbers={numbers}
              onChange={change}
              errorOf={props.errorOf}
            />
          ) : null;
        })}
      </ul>
    </section>
  );
}
