import type { ReactNode } from 'react';
import { useDocumentTitle } from './Page';
import styles from './PublicLayout.module.css';

export function Logo() {
  return (
    <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <path
        d="M5 17h6l3-8 4 15 3-7h6"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The frame of the pages shown before sign-in: the brand and one centred card. */
export function PublicLayout({
  title,
  lead,
  width = 'narrow',
  children,
}: {
  title: string;
  lead?: ReactNode;
  width?: 'narrow' | 'wide';
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <main id="main" className={styles.main}>
      <p className={styles.brand}>
        <Logo />
        Vitals
      </p>
      <div className={`${styles.card} ${styles[width]}`}>
        <div>
          <h1 className={styles.title}>{title}</h1>
          {lead && <p className={styles.lead}>{lead}</p>}
        </div>
        {children}
      </div>
    </main>
  );
}
