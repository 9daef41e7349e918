import type { ReactNode } from 'react';
import styles from './TableFrame.module.css';

/**
 * A data table in a labelled region that scrolls sideways on narrow screens (the region takes
 * focus so keyboard users can scroll it too), in the app's table style.
 */
export function TableFrame({
  label,
  children,
  compact = false,
}: {
  label: string;
  children: ReactNode;
  compact?: boolean;
}) {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      <table className={`${styles.table} ${compact ? styles.compact : ''}`}>{children}</table>
    </div>
  );
}

/** Numbers line up in their column. */
export const numericCell = styles.numeric;
