import { sql, type Kysely } from 'kysely';
import { changeKindSchema, type ChangeKind } from '@vitals/core';
import type { Database } from '../../db/schema';

/** A workspace's change version and what its latest change touched. */
export interface WorkspaceVersion {
  workspaceId: string;
  version: number;
  kinds: ChangeKind[];
}

/** The PostgreSQL channel of a schema's changes: two installs sharing a database never meet. */
export const CHANNEL_PREFIX = 'vitals_changes:';

const kindsOf = (json: string): ChangeKind[] => changeKindSchema.array().parse(JSON.parse(json));

/** All SQL of the workspace change feed. */
export class ChangesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds one to the workspace's version (creating it at 1) and returns the new version. */
  async bump(workspaceId: string, kinds: readonly ChangeKind[], at: string): Promise<number> {
    const row = await this.db
      .insertInto('workspace_changes')
      .values({
        workspace_id: workspaceId,
        version: 1,
        kinds: JSON.stringify(kinds),
        changed_at: at,
      })
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet({
          version: sql<number>`workspace_changes.version + 1`,
          kinds: (eb) => eb.ref('excluded.kinds'),
          changed_at: (eb) => eb.ref('excluded.changed_at'),
        }),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    return Number(row.version);
  }

  /** PostgreSQL only: a NOTIFY that the database delivers to every listener when the caller commits. */
  async notify(payload: string): Promise<void> {
    await sql`select pg_notify(${CHANNEL_PREFIX} || current_schema(), ${payload})`.execute(this.db);
  }

  /** The workspace's version; 0 before its first change. */
  async version(workspaceId: string): Promise<number> {
    const row = await this.db
      .selectFrom('workspace_changes')
      .select('version')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row ? Number(row.version) : 0;
  }

  /** The versions of the workspaces that have changed at least once, among `workspaceIds`. */
  async versions(workspaceIds: readonly string[]): Promise<WorkspaceVersion[]> {
    if (workspaceIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('workspace_changes')
      .select(['workspace_id', 'version', 'kinds'])
      .where('workspace_id', 'in', workspaceIds)
      .execute();
    return rows.map((r) => ({
      workspaceId: r.workspace_id,
      version: Number(r.version),
      kinds: kindsOf(r.kinds),
    }));
  }
}
