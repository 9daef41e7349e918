import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

/** What opening the store needs from the configuration. */
export type DatabaseConfig = Pick<Config, 'VITALS_DATA_DIR' | 'DATABASE_URL'>;

export interface OpenDatabaseOptions {
  /** PostgreSQL schema to work in (set as the search_path of every pooled connection). */
  postgresSchema?: string;
  /** Most PostgreSQL connections this process holds. */
  postgresPoolSize?: number;
  /**
   * Errors of idle pooled PostgreSQL connections (e.g. the server restarted). Without a handler
   * the pool's error event would end the process; the next query opens a fresh connection.
   */
  onPoolError?: (error: Error) => void;
}

/** The SQLite file inside the data folder. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'vitals.db');
}

/** The engine a store (or a transaction of it) runs on, for the few queries that differ. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** PostgreSQL when DATABASE_URL is set (and not empty), otherwise the embedded SQLite file. */
export function openDatabase(
  config: DatabaseConfig,
  options: OpenDatabaseOptions = {},
): Kysely<Database> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, options)
    : openSqlite(config.VITALS_DATA_DIR);
}

function openSqlite(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const database = new SQLite(sqliteFile(dataDir));
  // WAL lets readers (dashboards) run while a batch is written; NORMAL sync is durable against a
  // killed process in WAL mode and much faster than FULL.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  // SQLite ignores foreign keys unless asked, per connection.
  database.pragma('foreign_keys = ON');
  // Another process (the CLI, a second server) may hold the write lock for a moment.
  database.pragma('busy_timeout = 5000');
  // 64 MB of page cache keeps a dashboard's series in memory.
  database.pragma('cache_size = -65536');
  database.pragma('temp_store = MEMORY');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
}

/** Prepared statements kept per connection, by SQL text (least recently used dropped first). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running for short queries and for
 * the bulk insert's 5,400-parameter statements (13% of a 10,000-point batch). The one connection
 * runs one statement at a time (Kysely's mutex, also held while a stream is read), so a cached
 * statement is never busy when it is handed out again.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else {
        statement = database.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          statements.delete(statements.keys().next().value as string);
        }
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

function openPostgres(connectionString: string, options: OpenDatabaseOptions): Kysely<Database> {
  const { postgresSchema } = options;
  if (postgresSchema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(postgresSchema)) {
    throw new Error(`"${postgresSchema}" is not a plain PostgreSQL schema name`);
  }
  const client: pg.ClientConfig = {
    connectionString,
    ...(postgresSchema ? { options: `-c search_path=${postgresSchema}` } : {}),
  };
  const pool = new pg.Pool({ ...client, max: options.postgresPoolSize ?? 10 });
  pool.on('error', options.onPoolError ?? (() => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  clientConfigs.set(db, client);
  return db;
}

/** How each PostgreSQL store connects, for the one connection beside its pool that LISTENs. */
const clientConfigs = new WeakMap<Kysely<Database>, pg.ClientConfig>();

/** The settings of a dedicated connection to the same PostgreSQL and schema as `db`'s pool. */
export function postgresClientConfig(db: Kysely<Database>): pg.ClientConfig | undefined {
  return clientConfigs.get(db);
}
