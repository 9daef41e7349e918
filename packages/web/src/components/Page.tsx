import { useEffect, type ReactNode } from 'react';
import styles from './Page.module.css';

/** Sets the tab title: each page says where you are, also to screen-reader users. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Vitals` : 'Vitals';
  }, [title]);
}

/** The page's one h1 (focused by the shell after navigation), a description and actions. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className={styles.header}>
      <div>
        <h1 className={styles.title} tabIndex={-1} data-page-title>
          {title}
        </h1>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {actions}
    </div>
  );
}

/** A titled section of a page, labelled by its heading. */
export function Panel({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Stack({ children }: { children: ReactNode }) {
  return <div className={styles.stack}>{children}</div>;
}

/** What to do when there is nothing yet: a title, why, and the next step. */
export function EmptyState({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={styles.empty}>
      <h2 className={styles.emptyTitle}>{title}</h2>
      <p className={styles.emptyText}>{children}</p>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className={styles.loading} role="status">
      {label}
    </p>
  );
}
