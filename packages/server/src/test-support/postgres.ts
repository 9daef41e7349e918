import pg from 'pg';

/** The PostgreSQL the tests use: PGURL, or a local server with trust auth and a `test` database. */
export const postgresUrl = process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** How to get a local PostgreSQL running, named in every message about a missing one. */
export const howToStartPostgres =
  'start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
  '(install it first with `apt-get install postgresql`), or set PGURL to a reachable server';

let available: Promise<boolean> | undefined;

async function probe(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI) {
      throw new Error(
        `PostgreSQL is required in CI but ${postgresUrl} answered: ${reason}; ${howToStartPostgres}.`,
      );
    }
    console.warn(
      `\n⚠️  PostgreSQL tests SKIPPED: ${postgresUrl} is not reachable (${reason}). ` +
        `To run them, ${howToStartPostgres}.\n`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * True when PostgreSQL answers. In CI a missing PostgreSQL fails the run; elsewhere the suites that
 * need it are skipped with a loud warning.
 */
export function requirePostgres(): Promise<boolean> {
  available ??= probe();
  return available;
}
