import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Page';
import { Logo } from '../components/PublicLayout';
import styles from './AppShell.module.css';
import { LiveStatus } from './live-updates';
import { useCurrentSession, useSignOut } from './session';

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/dashboards', label: 'Dashboards' },
  { to: '/kpis', label: 'KPIs' },
  { to: '/enter-data', label: 'Enter data' },
  { to: '/settings', label: 'Settings' },
] as const;

/** The signed-in frame: skip link, banner with workspace and navigation, and the page's main. */
export function AppShell() {
  const { user, workspace } = useCurrentSession();
  const signOut = useSignOut();
  useFocusOnNavigation();
  return (
    <>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link to="/" className={styles.brand} aria-label={`${workspace.name} — Vitals home`}>
            <Logo />
            <span className={styles.workspace}>{workspace.name}</span>
          </Link>
          <nav className={styles.nav} aria-label="Main">
            <ul className={styles.navList}>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={'end' in item} className={styles.navLink}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className={styles.account}>
            <LiveStatus />
            <span className={styles.user}>{user.name}</span>
            <button
              type="button"
              className={styles.signOut}
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

/** After client-side navigation, focus the new page's heading so screen readers announce it. */
function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('[data-page-title]');
    (heading ?? document.getElementById('main'))?.focus();
  }, [pathname]);
}
