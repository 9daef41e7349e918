import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import styles from './Alert.module.css';

const ICONS: Record<AlertTone, IconName> = { error: 'alert', success: 'check', info: 'info' };

export type AlertTone = 'error' | 'success' | 'info';

/** A message box with icon and colour; pair it with LiveRegion so changes are announced. */
export function Alert({ tone, children }: { tone: AlertTone; children: ReactNode }) {
  return (
    <div className={`${styles.alert} ${styles[tone]}`}>
      <Icon name={ICONS[tone]} />
      <div className={styles.body}>{children}</div>
    </div>
  );
}

/**
 * Always in the page (empty when quiet) so screen readers announce what is put into it: errors
 * assertively, confirmations politely.
 */
export function LiveRegion({
  politeness = 'polite',
  children,
}: {
  politeness?: 'polite' | 'assertive';
  children?: ReactNode;
}) {
  return (
    <div role={politeness === 'assertive' ? 'alert' : 'status'} aria-live={politeness}>
      {children}
    </div>
  );
}
