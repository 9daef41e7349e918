import type { ReactNode } from 'react';
import styles from './CardGrid.module.css';

/** Cards in as many columns as fit; one column on a phone. */
export function CardGrid({
  children,
  size = 'normal',
}: {
  children: ReactNode;
  size?: 'normal' | 'large';
}) {
  return <div className={`${styles.grid} ${size === 'large' ? styles.large : ''}`}>{children}</div>;
}
