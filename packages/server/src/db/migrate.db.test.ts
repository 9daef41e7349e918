import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../test-support/engines';
import { dialectOf } from './connection';
import { migrateDown, migrateToLatest, migrations } from './migrate';

const TABLES = [
  'annotations',
  'api_tokens',
  'audit_log',
  'check_ins',
  'dashboards',
  'data_point_revisions',
  'data_points',
  'invitations',
  'kpi_links',
  'kpis',
  'memberships',
  'metrics',
  'sessions',
  'targets',
  'teams',
  'users',
  'workspace_changes',
  'workspaces',
];

describeEachEngine(
  'migrations',
  (engine) => {
    /** Tables of this suite's own schema: other suites and tools share the PostgreSQL database. */
    const tableNames = async () => {
      const { db, dialect } = engine();
      const own =
        dialect === 'postgres'
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
          : undefined;
      return (await db.introspection.getTables())
        .filter((t) => own === undefined || t.schema === own)
        .map((t) => t.name)
        .filter((name) => !name.startsWith('kysely_'))
        .sort();
    };

    it('apply on an empty database and create every table', async () => {
      const { db, dialect } = engine();
      expect(dialectOf(db)).toBe(dialect);
      expect(await tableNames()).toEqual([]);
      expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
      expect(await tableNames()).toEqual(TABLES);
    });

    it('are a no-op the second time', async () => {
      expect(await migrateToLatest(engine().db)).toEqual([]);
      expect(await tableNames()).toEqual(TABLES);
    });

    it('roll back to an empty database and apply again', async () => {
      const { db } = engine();
      // One migration down per call, newest first, until none is left.
      while ((await migrateDown(db)).length > 0);
      expect(await tableNames()).toEqual([]);
      await migrateToLatest(db);
      expect(await tableNames()).toEqual(TABLES);
    });

    it('enforce foreign keys on this connection', async () => {
      const { db, dialect } = engine();
      if (dialect !== 'sqlite') return;
      const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(rows[0]?.foreign_keys).toBe(1);
    });
  },
  { migrate: false },
);
