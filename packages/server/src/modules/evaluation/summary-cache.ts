import { LRUCache } from 'lru-cache';
import {
  dashboardSummarySchema,
  type DashboardSummary,
  type DashboardSummaryQuery,
} from '@vitals/core';
import type { Caller } from '../../http/access';

/**
 * How long a cached summary may be served. The running period's pacing follows the clock
 * (expected-to-date moves every minute) while no write bumps the version, so an answer is at most
 * this old.
 */
export const SUMMARY_TTL_MS = 15_000;
/**
 * An answer for an asked-for `asOf` depends on the data alone, which the version tracks; it
 * expires only to bound what a write made outside the app (which bumps nothing) could leave.
 */
export const AS_OF_TTL_MS = 5 * 60_000;
/** Most bytes of summaries kept (a 12-card summary with 90-day sparklines is about 95 kB). */
const MAX_BYTES = 64 * 1024 * 1024;
/**
 * A summary read in the last third of its life is recomputed in the background while it is still
 * served, so dashboards read all the time never all miss at once when their entries expire.
 */
const RENEW_FRACTION = 1 / 3;
/** Summaries per workspace recomputed right after a write (the most recently read ones). */
const HOT_PER_WORKSPACE = 4;

interface Request {
  caller: Caller;
  query: DashboardSummaryQuery;
}

export interface SummaryCacheOptions {
  compute: (caller: Caller, query: DashboardSummaryQuery) => Promise<DashboardSummary>;
  /** The workspace's change version (one indexed read). */
  version: (workspaceId: string) => Promise<number>;
  now: () => Date;
  ttlMs?: number;
  asOfTtlMs?: number;
}

/** Every field of the parsed query, keys sorted: a field added to the query is part of the key. */
const normalized = (query: DashboardSummaryQuery): string =>
  JSON.stringify(
    Object.keys(query)
      .sort()
      .map((k) => [k, query[k as keyof DashboardSummaryQuery] ?? null]),
  );

/**
 * The dashboard summary, serialized and validated once per workspace, query and change version.
 * A hit costs one version read and sending bytes. The version is part of the key, so a write
 * makes the next read compute afresh, and concurrent misses of one key share one computation
 * (the cache's `fetch`). The answer depends on the caller only through the workspace: every member
 * of a workspace sees all of its KPIs; if that changes, the key must carry what the answer
 * depends on.
 */
export class SummaryCache {
  private readonly entries: LRUCache<string, Buffer, Request>;
  /** Per workspace, the queries read within the TTL, most recent last. */
  private readonly hot = new Map<string, Map<string, Request & { at: number }>>();
  /** Keys being recomputed ahead of their expiry. */
  private readonly renewing = new Set<string>();
  private readonly ttl: number;

  constructor(private readonly options: SummaryCacheOptions) {
    this.ttl = options.ttlMs ?? SUMMARY_TTL_MS;
    this.entries = new LRUCache<string, Buffer, Request>({
      maxSize: MAX_BYTES,
      sizeCalculation: (body) => body.length,
      ttl: this.ttl,
      // The passed-in clock decides expiry, read on every check.
      perf: { now: () => options.now().getTime() },
      ttlResolution: 0,
      fetchMethod: (_key, _stale, { context }) => this.compute(context),
    });
  }

  /** The summary's JSON body as of the workspace's current version. */
  async body(caller: Caller, query: DashboardSummaryQuery): Promise<Buffer> {
    const queryKey = normalized(query);
    const body = await this.current(queryKey, { caller, query });
    this.remember(caller.workspaceId, queryKey, { caller, query });
    return body;
  }

  /**
   * Recomputes the workspace's recently read summaries at its current version, so the dashboards
   * that reload after a write (told by the change stream) find them ready. A summary that no longer
   * computes (its query became invalid) is forgotten.
   */
  async refresh(workspaceId: string): Promise<void> {
    const hot = this.hot.get(workspaceId);
    if (!hot) return;
    const fresh = this.options.now().getTime() - this.ttl;
    for (const [key, r] of hot) if (r.at < fresh) hot.delete(key);
    await Promise.all(
      [...hot].map(([key, r]) => this.current(key, r).catch(() => hot.delete(key))),
    );
    if (hot.size === 0) this.hot.delete(workspaceId);
  }

  private async current(queryKey: string, request: Request): Promise<Buffer> {
    const version = await this.options.version(request.caller.workspaceId);
    const key = JSON.stringify([request.caller.workspaceId, version, queryKey]);
    const ttl = this.ttlOf(request);
    const body = (await this.entries.fetch(key, { context: request, ttl })) as Buffer;
    this.renewIfExpiring(key, request);
    return body;
  }

  /** Validated as the route's declared response schema would, then serialized once. */
  private async compute(request: Request): Promise<Buffer> {
    const summary = await this.options.compute(request.caller, request.query);
    return Buffer.from(JSON.stringify(dashboardSummarySchema.parse(summary)));
  }

  private ttlOf(request: Request): number {
    return request.query.asOf ? (this.options.asOfTtlMs ?? AS_OF_TTL_MS) : this.ttl;
  }

  private renewIfExpiring(key: string, request: Request): void {
    const ttl = this.ttlOf(request);
    if (this.renewing.has(key) || this.entries.getRemainingTTL(key) > ttl * RENEW_FRACTION) {
      return;
    }
    this.renewing.add(key);
    void this.compute(request)
      .then(
        (body) => this.entries.set(key, body, { ttl }),
        () => undefined,
      )
      .finally(() => this.renewing.delete(key));
  }

  private remember(workspaceId: string, queryKey: string, request: Request): void {
    let hot = this.hot.get(workspaceId);
    if (!hot) this.hot.set(workspaceId, (hot = new Map()));
    hot.delete(queryKey);
    hot.set(queryKey, { ...request, at: this.options.now().getTime() });
    if (hot.size > HOT_PER_WORKSPACE) hot.delete(hot.keys().next().value as string);
  }
}
