import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import type { ChangeKind } from '@vitals/core';
import { dialectOf } from '../../db/connection';
import type { Database } from '../../db/schema';
import { isoNow, type ServiceDeps } from '../deps';
import { ChangesRepository, type WorkspaceVersion } from './changes.repository';

/** The changes committed to a SQLite store, announced in this process (SQLite has no NOTIFY). */
const sqliteFeeds = new WeakMap<Kysely<Database>, EventEmitter>();

/** The in-process feed of a SQLite store's committed changes (`'change'` events). */
export function sqliteFeedOf(db: Kysely<Database>): EventEmitter {
  let feed = sqliteFeeds.get(db);
  if (!feed) sqliteFeeds.set(db, (feed = new EventEmitter().setMaxListeners(0)));
  return feed;
}

/**
 * The workspace change feed: a version per workspace that every write which can change a KPI card
 * bumps inside its own transaction, so "the version moved" means "committed data moved". Caches
 * key on it; live dashboards are told of it (see `ChangeEvents`).
 */
export class ChangesService {
  constructor(private readonly deps: Pick<ServiceDeps, 'db' | 'now'>) {}

  /**
   * Bumps the workspace's version inside `trx` and announces the change once it commits: on
   * PostgreSQL a NOTIFY, which the database delivers to every process at commit (and drops on
   * rollback); on SQLite in this process. Call it last in the transaction: on PostgreSQL it locks
   * the workspace's row, so other writers of the workspace wait only for this commit.
   */
  async bump(
    trx: Kysely<Database>,
    workspaceId: string,
    kinds: readonly ChangeKind[],
  ): Promise<number> {
    const repo = new ChangesRepository(trx);
    const version = await repo.bump(workspaceId, kinds, isoNow(this.deps));
    const change: WorkspaceVersion = { workspaceId, version, kinds: [...new Set(kinds)] };
    if (dialectOf(trx) === 'postgres') await repo.notify(JSON.stringify(change));
    else void this.announceOnCommit(change);
    return version;
  }

  /** The workspace's version now: one indexed read. */
  current(workspaceId: string): Promise<number> {
    return new ChangesRepository(this.deps.db).version(workspaceId);
  }

  /**
   * The one SQLite connection runs one statement at a time and the transaction holds it until it
   * ends, so this read runs after the commit or rollback: only a committed version is announced.
   */
  private async announceOnCommit(change: WorkspaceVersion): Promise<void> {
    try {
      if ((await this.current(change.workspaceId)) >= change.version) {
        sqliteFeedOf(this.deps.db).emit('change', change);
      }
    } catch {
      // The store was closed meanwhile: nobody is left to tell.
    }
  }
}
