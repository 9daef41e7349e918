import type {
  AggregationKind,
  ApiTokenScope,
  CheckInStatusCall,
  DashboardPeriod,
  Grain,
  Kpi,
  KpiLevel,
  KpiReviewCadence,
  KpiTypeTags,
  MembershipRole,
  MetricSourceKind,
  KpiTarget,
  TeamLevel,
  UserRole,
} from '@vitals/core';

/*
 * The tables as Kysely sees them; the migrations in ./migrations are the source of truth.
 *
 * Conventions, identical on SQLite and PostgreSQL:
 * - Ids are text UUIDs from the id generator passed into services (crypto.randomUUID in production),
 *   so rows can be created, linked and returned without a round trip for a generated key.
 * - Instants are ISO 8601 UTC text with milliseconds (`2026-11-23T10:00:00.000Z`): SQLite has no
 *   timestamp type, PostgreSQL's timestamptz would come back as Date objects and bigint epochs as
 *   strings, while this fixed-width text reads the same from both drivers and sorts chronologically.
 * - Calendar dates (period starts, annotation days) are `YYYY-MM-DD` text, which sorts too.
 * - Numbers are `double precision` (read as JS numbers by both drivers); counters are `integer`.
 * - JSON values (units, dimension lists, audit snapshots) are text holding JSON.
 * - Actors (`user:<id>`, `token:<id>`, `system:<job>`) are text, not foreign keys, so history
 *   outlives the users and tokens it names.
 */

/** An ISO 8601 UTC instant, `2026-11-23T10:00:00.000Z`. */
export type Timestamp = string;
/** A civil date, `YYYY-MM-DD`. */
export type DateText = string;
/** Text holding JSON. */
export type JsonText = string;
/** `user:<id>`, `token:<id>` or `system:<job>`. */
export type ActorText = string;

export interface WorkspacesTable {
  id: string;
  name: string;
  time_zone: string;
  week_starts_on: number;
  fiscal_year_start_month: number;
  currency: string;
  locale: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  workspace_id: string;
  /** Lower case; unique across the install because sign-in asks only for the email. */
  email: string;
  name: string;
  role: UserRole;
  /** argon2id hash; null until the user sets a password. */
  password_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface TeamsTable {
  id: string;
  workspace_id: string;
  parent_id: string | null;
  name: string;
  level: TeamLevel;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface MembershipsTable {
  user_id: string;
  team_id: string;
  role: MembershipRole;
  created_at: Timestamp;
}

export interface MetricsTable {
  id: string;
  workspace_id: string;
  /** Unique per workspace; formulas refer to metrics by key. */
  key: string;
  name: string;
  description: string;
  /** JSON of core's `MetricUnit`. */
  unit: JsonText;
  aggregation: AggregationKind;
  base_grain: Grain;
  /** JSON array of dimension names. */
  dimensions: JsonText;
  source_kind: MetricSourceKind;
  formula: string | null;
  /** When a data point of this metric last changed; set in the same transaction as the write. */
  data_updated_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface KpisTable {
  id: string;
  workspace_id: string;
  metric_id: string;
  /** Canonical JSON of the dimension filter (keys sorted), `{}` for none. */
  dimension_filter: JsonText;
  name: string;
  objective: string;
  why_it_matters: string;
  how_to_influence: string;
  owner_id: string | null;
  team_id: string | null;
  level: KpiLevel;
  scope: KpiTypeTags['scope'];
  timing: KpiTypeTags['timing'];
  nature: KpiTypeTags['nature'];
  direction: Kpi['direction'];
  review_cadence: KpiReviewCadence;
  on_track_threshold: number;
  at_risk_threshold: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

/** A KPI's guardrail and leading KPIs, in the order given. */
export interface KpiLinksTable {
  kpi_id: string;
  linked_kpi_id: string;
  kind: 'guardrail' | 'leading';
  position: number;
}

/**
 * A KPI's target (core contract `KpiTarget`): a standing value from `effective_from`, one period's
 * value (`period_key`), or a horizon total (`period_key` + `phasing`). Checked: exactly one of
 * period_key / effective_from, phasing only with period_key, either value or lower ≤ upper.
 */
export interface TargetsTable {
  id: string;
  kpi_id: string;
  grain: Grain;
  period_key: string | null;
  effective_from: DateText | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** JSON of core's `KpiTargetPhasing`. */
  phasing: JsonText | null;
  basis: KpiTarget['basis'];
  note: string;
  created_at: Timestamp;
  created_by: ActorText;
  updated_at: Timestamp;
  updated_by: ActorText;
}

/**
 * The value parts (core's `Components` of the metric's aggregation kind), one nullable column each:
 * roll-ups read plain columns, no JSON parsing, and SQL can sum them directly.
 */
export interface ValueComponentColumns {
  value: number | null;
  sum: number | null;
  count: number | null;
  numerator: number | null;
  denominator: number | null;
  /** For last/first: when observed, a civil date or UTC ISO instant (core's `atKey` form, sortable). */
  at: string | null;
}

export interface DataPointsTable extends ValueComponentColumns {
  id: string;
  metric_id: string;
  /** A period of the metric's base grain. Unique with metric_id and dim_key. */
  period_key: string;
  /** First day of the period: series are read by date range through (metric_id, period_start). */
  period_start: DateText;
  /**
   * Canonical JSON of the dimension values, keys sorted (`{"channel":"web","region":"EU"}`, `{}`
   * for none). Part of the unique key; a filter `region = EU` can match `"region":"EU"` in it.
   */
  dim_key: string;
  source: MetricSourceKind;
  note: string;
  /** 1 for the first value, +1 per change (the old value goes to data_point_revisions). */
  revision: number;
  created_at: Timestamp;
  created_by: ActorText;
  updated_at: Timestamp;
  updated_by: ActorText;
}

/** A value a data point held before it was changed. */
export interface DataPointRevisionsTable extends ValueComponentColumns {
  id: string;
  data_point_id: string;
  /** The revision number the old value had. */
  revision: number;
  source: MetricSourceKind;
  note: string;
  written_by: ActorText;
  written_at: Timestamp;
  changed_by: ActorText;
  changed_at: Timestamp;
}

export interface CheckInsTable {
  id: string;
  kpi_id: string;
  period_key: string;
  status_call: CheckInStatusCall;
  commentary: string;
  next_actions: string;
  author_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Belongs to exactly one of a metric or a KPI (checked). */
export interface AnnotationsTable {
  id: string;
  workspace_id: string;
  metric_id: string | null;
  kpi_id: string | null;
  from_date: DateText;
  /** Inclusive; null for a single day. */
  to_date: DateText | null;
  text: string;
  author_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  name: string;
  scope: ApiTokenScope;
  /** The first characters of the secret, shown in lists. */
  prefix: string;
  /** Hash of the secret; the secret itself is shown once and never stored. */
  token_hash: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  /** Hash of the cookie's secret, so a copy of the database signs nobody in. */
  token_hash: string;
  user_id: string;
  /** The token state-changing requests must echo (CSRF protection). */
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

/** A one-time link for a person to set their own password. */
export interface InvitationsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  /** Hash of the link's secret: a copy of the database lets nobody in. */
  token_hash: string;
  created_by: ActorText;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** Every change to definitions, targets and data: what, who, when, before and after. */
export interface AuditLogTable {
  id: string;
  /** Not a foreign key: the log outlives what it describes. */
  workspace_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: JsonText | null;
  after: JsonText | null;
  actor: ActorText;
  at: Timestamp;
}

/** A named dashboard: its KPI cards in order, and what period and sparkline they show. */
export interface DashboardsTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  /** JSON array of KPI ids, in the order the cards are shown. */
  kpi_ids: JsonText;
  /** A single period (this_month, …, cadence), or `last` / `custom` with the columns below. */
  period: DashboardPeriod | 'last' | 'custom';
  /** `last` and `custom`: the grain of the run of periods. */
  period_grain: Grain | null;
  /** `last`: how many periods. */
  period_count: number | null;
  /** `last`: 1 when the run ends with the running period, 0 when it holds complete ones only. */
  period_include_running: number | null;
  /** `custom`: the first and last period keys. */
  period_from: string | null;
  period_to: string | null;
  sparkline: number;
  sparkline_grain: Grain | null;
  refresh_seconds: number;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

/** A workspace's change version, bumped by every write that can change a KPI card. */
export interface WorkspaceChangesTable {
  workspace_id: string;
  version: number;
  /** JSON array of the kinds of the latest change (`data`, `targets`, …). */
  kinds: JsonText;
  changed_at: Timestamp;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  teams: TeamsTable;
  memberships: MembershipsTable;
  metrics: MetricsTable;
  kpis: KpisTable;
  kpi_links: KpiLinksTable;
  targets: TargetsTable;
  data_points: DataPointsTable;
  data_point_revisions: DataPointRevisionsTable;
  check_ins: CheckInsTable;
  annotations: AnnotationsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  dashboards: DashboardsTable;
  workspace_changes: WorkspaceChangesTable;
}
