import type { Kysely } from 'kysely';
import { dialectOf, postgresClientConfig } from '../../db/connection';
import type { Database } from '../../db/schema';
import { ChangesRepository, type WorkspaceVersion } from './changes.repository';
import { sqliteFeedOf } from './changes.service';
import { PgChangeListener } from './pg-listener';

export type ChangeListener = (change: WorkspaceVersion) => void;

/**
 * The committed changes of every workspace, for the open event streams of this process. On
 * PostgreSQL they arrive through one LISTEN connection (opened with the first subscriber), whoever
 * wrote them; on SQLite, which one process serves, from the in-process feed.
 */
export class ChangeEvents {
  private readonly subscribers = new Map<string, Set<ChangeListener>>();
  /** The latest version told per workspace, so a resync tells only what was missed. */
  private readonly told = new Map<string, number>();
  private readonly listener: PgChangeListener | null = null;
  private readonly onLocal = (change: WorkspaceVersion) => this.dispatch(change);

  constructor(
    private readonly db: Kysely<Database>,
    onError: (error: Error) => void = () => undefined,
  ) {
    const config = dialectOf(db) === 'postgres' ? postgresClientConfig(db) : undefined;
    if (config) {
      this.listener = new PgChangeListener(config, {
        onChange: (change) => this.dispatch(change),
        onResync: () => void this.resync().catch(onError),
        onError,
      });
    } else {
      sqliteFeedOf(db).on('change', this.onLocal);
    }
  }

  /** Calls `listener` with each committed change of the workspace; resolves once it will hear them. */
  async subscribe(workspaceId: string, listener: ChangeListener): Promise<() => void> {
    let set = this.subscribers.get(workspaceId);
    if (!set) this.subscribers.set(workspaceId, (set = new Set()));
    set.add(listener);
    // A broken connection is retried by the listener; the stream stays open meanwhile.
    await this.listener?.listening().catch(() => undefined);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.subscribers.get(workspaceId) === set) {
        this.subscribers.delete(workspaceId);
      }
    };
  }

  async close(): Promise<void> {
    sqliteFeedOf(this.db).off('change', this.onLocal);
    this.subscribers.clear();
    await this.listener?.stop();
  }

  private dispatch(change: WorkspaceVersion): void {
    const set = this.subscribers.get(change.workspaceId);
    if (!set) return;
    if (change.version <= (this.told.get(change.workspaceId) ?? 0)) return;
    this.told.set(change.workspaceId, change.version);
    for (const listener of set) listener(change);
  }

  /** After the LISTEN connection came back: tell each subscribed workspace's latest version. */
  private async resync(): Promise<void> {
    const rows = await new ChangesRepository(this.db).versions([...this.subscribers.keys()]);
    for (const row of rows) this.dispatch(row);
  }
}
