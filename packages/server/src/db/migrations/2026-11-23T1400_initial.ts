import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/*
 * The first schema. Append-only: never edit a migration that has shipped; add a new file.
 * Imports nothing from the app, and uses only types and constraints both SQLite and PostgreSQL
 * understand: text, integer, double precision, CHECK, UNIQUE, foreign keys.
 * Enumerations (roles, kinds) are checked by core's contracts, not by CHECK constraints: adding a
 * value must not need a table rebuild, which SQLite would require to change a CHECK.
 */

/** created_at / updated_at, ISO 8601 UTC text (see db/schema.ts for why text). */
function stamped<N extends string, C extends string>(table: CreateTableBuilder<N, C>) {
  return table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/** The value parts of a data point, one nullable number each. */
function components<N extends string, C extends string>(table: CreateTableBuilder<N, C>) {
  return table
    .addColumn('value', 'double precision')
    .addColumn('sum', 'double precision')
    .addColumn('count', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('at', 'text');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('week_starts_on', 'integer', (c) => c.notNull())
    .addColumn('fiscal_year_start_month', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .$call(stamped)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .$call(stamped)
    .addColumn('archived_at', 'text')
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('parent_id', 'text', (c) => c.references('teams.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .$call(stamped)
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('teams_parent').on('teams').column('parent_id').execute();

  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'team_id'])
    .execute();
  await db.schema.createIndex('memberships_team').on('memberships').column('team_id').execute();

  await db.schema
    .createTable('metrics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('base_grain', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('formula', 'text')
    .addColumn('data_updated_at', 'text')
    .$call(stamped)
    .addColumn('archived_at', 'text')
    .addUniqueConstraint('metrics_workspace_key', ['workspace_id', 'key'])
    .execute();

  await db.schema
    .createTable('kpis')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('metric_id', 'text', (c) => c.notNull().references('metrics.id'))
    .addColumn('dimension_filter', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('objective', 'text', (c) => c.notNull())
    .addColumn('why_it_matters', 'text', (c) => c.notNull())
    .addColumn('how_to_influence', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('timing', 'text', (c) => c.notNull())
    .addColumn('nature', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('review_cadence', 'text', (c) => c.notNull())
    .addColumn('on_track_threshold', 'double precision', (c) => c.notNull())
    .addColumn('at_risk_threshold', 'double precision', (c) => c.notNull())
    .$call(stamped)
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createIndex('kpis_workspace')
    .on('kpis')
    .columns(['workspace_id', 'name'])
    .execute();
  await db.schema.createIndex('kpis_metric').on('kpis').column('metric_id').execute();
  await db.schema.createIndex('kpis_team').on('kpis').column('team_id').execute();
  await db.schema.createIndex('kpis_owner').on('kpis').column('owner_id').execute();

  await db.schema
    .createTable('kpi_links')
    .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('linked_kpi_id', 'text', (c) =>
      c.notNull().references('kpis.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kpi_links_pk', ['kpi_id', 'kind', 'linked_kpi_id'])
    .addCheckConstraint('kpi_links_not_self', sql`kpi_id <> linked_kpi_id`)
    .execute();
  await db.schema.createIndex('kpi_links_linked').on('kpi_links').column('linked_kpi_id').execute();

  await db.schema
    .createTable('targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id'))
    .addColumn('grain', 'text', (c) => c.notNull())
    .addColumn('period_key', 'text')
    .addColumn('effective_from', 'text')
    .addColumn('value', 'double precision')
    .addColumn('lower', 'double precision')
    .addColumn('upper', 'double precision')
    .addColumn('phasing', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'targets_one_placement',
      sql`(period_key is null and effective_from is not null) or (period_key is not null and effective_from is null)`,
    )
    .addCheckConstraint('targets_phasing_horizon', sql`phasing is null or period_key is not null`)
    .addCheckConstraint(
      'targets_value_or_band',
      sql`(value is not null and lower is null and upper is null) or (value is null and lower is not null and upper is not null and lower <= upper)`,
    )
    // NULLs never collide in a unique index, so each constraint binds only its kind of entry.
    .addUniqueConstraint('targets_period', ['kpi_id', 'grain', 'period_key'])
    .addUniqueConstraint('targets_effective', ['kpi_id', 'grain', 'effective_from'])
    .execute();

  await db.schema
    .createTable('data_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('metric_id', 'text', (c) => c.notNull().references('metrics.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('dim_key', 'text', (c) => c.notNull())
    .$call(components)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    // The upsert's conflict target; also serves lookups of one period.
    .addUniqueConstraint('data_points_identity', ['metric_id', 'period_key', 'dim_key'])
    .execute();
  // Series and summaries read a metric's points by date range (and the latest one for staleness).
  await db.schema
    .createIndex('data_points_series')
    .on('data_points')
    .columns(['metric_id', 'period_start'])
    .execute();

  await db.schema
    .createTable('data_point_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data_point_id', 'text', (c) => c.notNull().references('data_points.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .$call(components)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('written_by', 'text', (c) => c.notNull())
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('data_point_revisions_number', ['data_point_id', 'revision'])
    .execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('status_call', 'text', (c) => c.notNull())
    .addColumn('commentary', 'text', (c) => c.notNull())
    .addColumn('next_actions', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .$call(stamped)
    .execute();
  await db.schema
    .createIndex('check_ins_kpi')
    .on('check_ins')
    .columns(['kpi_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('annotations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('metric_id', 'text', (c) => c.references('metrics.id'))
    .addColumn('kpi_id', 'text', (c) => c.references('kpis.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .$call(stamped)
    .addCheckConstraint(
      'annotations_one_owner',
      sql`(metric_id is null and kpi_id is not null) or (metric_id is not null and kpi_id is null)`,
    )
    .execute();
  await db.schema
    .createIndex('annotations_metric')
    .on('annotations')
    .columns(['metric_id', 'from_date'])
    .execute();
  await db.schema
    .createIndex('annotations_kpi')
    .on('annotations')
    .columns(['kpi_id', 'from_date'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity', 'entity_id', 'at'])
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

/** Drops everything, children before parents. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'sessions',
    'api_tokens',
    'annotations',
    'check_ins',
    'data_point_revisions',
    'data_points',
    'targets',
    'kpi_links',
    'kpis',
    'metrics',
    'memberships',
    'teams',
    'users',
    'workspaces',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
