import {
  evaluateKpiPeriod,
  evaluateKpiRange,
  targetForRange,
  isBand,
  parseFormula,
  targetFor,
  type AggregationKind,
  type Calendar,
  type DashboardSummary,
  type DateWindow,
  type DashboardSummaryQuery,
  type Grain,
  type KpiCard,
  type KpiEvaluation,
  type KpiEvaluationQuery,
  type KpiPeriodEvaluation,
  type Period,
} from '@vitals/core';
import type { Caller } from '../../http/access';
import { badRequest, notFound } from '../../http/problem';
import { DimKeys, type MetricDef } from '../data-points/data-points.rows';
import { PointsRepository } from '../data-points/points.repository';
import type { PointsService } from '../data-points/points.service';
import type { ServiceDeps } from '../deps';
import type { StoredTargetDefinition } from '../targets/target-definition';
import type { TargetsService } from '../targets/targets.service';
import type { WorkspaceService } from '../workspace/workspace.service';
import { cardWindow, customRange, periodsToRead, type CardWindow } from './card-window';
import { toEvaluationDto, toRangeEvaluationDto } from './evaluation.dto';
import { EvaluationRepository, type EvaluableKpi } from './evaluation.repository';
import { kpiMeasures, type KpiMeasures } from './measures';
import { evaluationWindows, targetedWindow } from './read-windows';

const MAX_PERIODS = 400;

type Plan = { kpi: EvaluableKpi; grain: Grain };

/** One KPI ready to evaluate: its measure over the points read and its targets. */
interface Prepared {
  kpi: EvaluableKpi;
  measures: KpiMeasures;
  targetOf: (period: Period) => ReturnType<typeof targetFor>;
  /** When the KPI's data last changed: its metric's, or for a formula the latest of its operands'. */
  lastUpdated: string | null;
}

/** Status, pacing and changes of KPIs, for one KPI's periods or many KPIs' cards at once. */
export class EvaluationService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly workspace: WorkspaceService,
    private readonly targets: TargetsService,
    private readonly points: PointsService,
  ) {}

  /** A KPI's periods at a grain, each with actual, target, pacing, status and changes. */
  async evaluateKpi(caller: Caller, kpiId: string, q: KpiEvaluationQuery): Promise<KpiEvaluation> {
    const asOf = q.asOf ? new Date(q.asOf) : this.deps.now();
    const calendar = await this.workspace.calendar(caller.workspaceId);
    const [kpi] = await new EvaluationRepository(this.deps.db).kpis(caller.workspaceId, [kpiId]);
    if (!kpi) throw notFound('KPI', kpiId);
    const grain = q.grain ?? kpi.reviewCadence;
    this.checkGrain(calendar, kpi, grain, '/querystring/grain');
    const last = q.to
      ? this.periodKey(calendar, q.to, grain, '/querystring/to')
      : calendar.periodAt(asOf, grain);
    const first = q.from
      ? this.periodKey(calendar, q.from, grain, '/querystring/from')
      : calendar.shift(last, -11);
    if (first.start > last.start) {
      throw badRequest('from must not be after to', [
        { pointer: '/querystring/from', message: `${first.key} is after ${last.key}` },
      ]);
    }
    const periods = calendar.periodsBetween(first, last);
    if (periods.length > MAX_PERIODS) {
      throw badRequest(`At most ${MAX_PERIODS} periods at once`, [
        { pointer: '/querystring/from', message: `${periods.length} periods asked` },
      ]);
    }
    const [prepared] = await this.prepare(
      caller.workspaceId,
      calendar,
      [{ kpi, grain, periods }],
      asOf,
    );
    const evaluations = periods.map((p) => this.evaluate(prepared as Prepared, p, calendar, asOf));
    return {
      kpiId,
      grain,
      asOf: asOf.toISOString(),
      direction: kpi.direction,
      unit: kpi.metric.unit,
      lastUpdated: (prepared as Prepared).lastUpdated,
      periods: evaluations.map(toEvaluationDto),
    };
  }

  /** Everything the KPI cards of a dashboard show, for up to 100 KPIs in one read of the data. */
  async summary(caller: Caller, q: DashboardSummaryQuery): Promise<DashboardSummary> {
    const asOf = q.asOf ? new Date(q.asOf) : this.deps.now();
    const calendar = await this.workspace.calendar(caller.workspaceId);
    const kpis = await new EvaluationRepository(this.deps.db).kpis(caller.workspaceId, q.kpiIds);
    const missing = q.kpiIds.filter((id) => !kpis.some((k) => k.id === id));
    if (missing.length > 0) {
      throw badRequest(`No KPI with id ${missing.map((id) => `"${id}"`).join(', ')}`, [
        { pointer: '/querystring/kpiIds', message: `unknown KPI ${missing.join(', ')}` },
      ]);
    }
    const custom = customRange(calendar, q);
    const plans = kpis.map((kpi) => {
      const grain = custom?.grain ?? q.grain ?? kpi.reviewCadence;
      this.checkGrain(calendar, kpi, grain, '/querystring/grain');
      const sparkGrain = q.sparklineGrain ?? kpi.metric.baseGrain;
      this.checkGrain(calendar, kpi, sparkGrain, '/querystring/sparklineGrain');
      const now = calendar.periodAt(asOf, sparkGrain);
      const sparkline =
        q.sparkline > 0 ? calendar.periodsBetween(calendar.shift(now, 1 - q.sparkline), now) : [];
      const shown = cardWindow(calendar, q, grain, asOf, custom);
      return { kpi, grain, shown, periods: periodsToRead(calendar, shown), sparkline };
    });
    const prepared = await this.prepare(caller.workspaceId, calendar, plans, asOf);
    const byId = new Map(prepared.map((p) => [p.kpi.id, p]));
    const cards: KpiCard[] = plans.map((plan) => {
      const p = byId.get(plan.kpi.id) as Prepared;
      const { current, lastComplete, stale } = this.cardEvaluations(p, plan.shown, calendar, asOf);
      return {
        kpiId: plan.kpi.id,
        name: plan.kpi.name,
        unit: plan.kpi.metric.unit,
        direction: plan.kpi.direction,
        teamId: plan.kpi.teamId,
        ownerId: plan.kpi.ownerId,
        grain: plan.grain,
        current,
        lastComplete,
        sparkline: plan.sparkline.map((period) => {
          const target = p.targetOf(period).value;
          return {
            periodKey: period.key,
            value: p.measures.measure(period).value,
            target: target === null || isBand(target) ? null : target,
            ...(calendar.phase(period, asOf) === 'running' ? { partial: true } : {}),
          };
        }),
        lastUpdated: p.lastUpdated,
        stale,
      };
    });
    // Keep the order the caller asked for: a dashboard's cards are ordered by its owner.
    const order = new Map(q.kpiIds.map((id, i) => [id, i]));
    cards.sort((a, b) => (order.get(a.kpiId) ?? 0) - (order.get(b.kpiId) ?? 0));
    return { asOf: asOf.toISOString(), cards };
  }

  /** The running period of every active KPI of a workspace at its review cadence (alerts, reviews). */
  async evaluateAll(
    workspaceId: string,
    asOf: Date = this.deps.now(),
  ): Promise<KpiPeriodEvaluation[]> {
    // Independent reads, side by side on PostgreSQL.
    const [calendar, kpis] = await Promise.all([
      this.workspace.calendar(workspaceId),
      new EvaluationRepository(this.deps.db).kpis(workspaceId),
    ]);
    const plans = kpis
      .filter((kpi) => calendar.nests(kpi.metric.baseGrain, kpi.reviewCadence))
      .map((kpi) => ({
        kpi,
        grain: kpi.reviewCadence,
        periods: [calendar.periodAt(asOf, kpi.reviewCadence)],
      }));
    const prepared = await this.prepare(workspaceId, calendar, plans, asOf);
    return prepared.map((p, i) => this.evaluate(p, plans[i]?.periods[0] as Period, calendar, asOf));
  }

  /**
   * A card's evaluation: of its period, or of its range (measured over the union window); with a
   * running period, also the one before it, complete, for cards to fall back to.
   */
  private cardEvaluations(p: Prepared, shown: CardWindow, calendar: Calendar, asOf: Date) {
    if (shown.kind === 'range') {
      const { range } = shown;
      const e = evaluateKpiRange(range, {
        ...this.evaluationInput(p, calendar, asOf),
        target: targetForRange(range, p.targetOf, calendar, p.kpi.metric.kind),
      });
      const stale = e.status === 'stale' || e.freshness?.stale === true;
      return { current: toRangeEvaluationDto(e), lastComplete: null, stale };
    }
    const current = this.evaluate(p, shown.period, calendar, asOf);
    const lastComplete =
      current.phase === 'running'
        ? toEvaluationDto(this.evaluate(p, calendar.previous(shown.period), calendar, asOf))
        : null;
    const stale = current.status === 'stale' || current.freshness?.stale === true;
    return { current: toEvaluationDto(current), lastComplete, stale };
  }

  private evaluationInput(p: Prepared, calendar: Calendar, asOf: Date) {
    return {
      calendar,
      kind: p.kpi.metric.kind,
      direction: p.kpi.direction,
      thresholds: p.kpi.thresholds,
      asOf,
      measure: p.measures.measure,
      freshness: { cadence: p.kpi.reviewCadence, latest: p.measures.latest },
    };
  }

  private evaluate(
    p: Prepared,
    period: Period,
    calendar: Calendar,
    asOf: Date,
  ): KpiPeriodEvaluation {
    return evaluateKpiPeriod(period, {
      ...this.evaluationInput(p, calendar, asOf),
      targetFor: p.targetOf,
    });
  }

  /**
   * Reads every point the plans need — their periods, the previous periods and the same periods
   * last year (comparisons), the sparklines and what freshness looks at — in one query per
   * aggregation kind over all those windows (see `evaluationWindows`), and beside it the targets
   * that can decide the plans' periods.
   */
  private async prepare(
    workspaceId: string,
    calendar: Calendar,
    plans: { kpi: EvaluableKpi; grain: Grain; periods: Period[]; sparkline?: Period[] }[],
    asOf: Date,
  ): Promise<Prepared[]> {
    if (plans.length === 0) return [];
    let from: string | undefined;
    let to: string | undefined;
    for (const plan of plans) {
      const first = plan.periods[0] as Period;
      const last = plan.periods[plan.periods.length - 1] as Period;
      const starts = [calendar.sameLastYear(first).start, calendar.previous(first).start];
      if (plan.sparkline?.[0]) starts.push(plan.sparkline[0].start);
      for (const s of starts) if (!from || s < from) from = s;
      const end = plan.sparkline?.length
        ? [last.end, (plan.sparkline.at(-1) as Period).end].sort().at(-1)
        : last.end;
      if (!to || (end as string) > to) to = end;
    }
    const span = { start: from as string, end: to as string };
    const operands = await this.operands(
      workspaceId,
      plans.map((p) => p.kpi),
    );
    const metricsOf = (kpi: EvaluableKpi): string[] =>
      kpi.metric.formula
        ? parseFormula(kpi.metric.formula).references.flatMap((key) => {
            const operand = operands.get(key);
            return operand ? [operand.id] : [];
          })
        : [kpi.metric.id];
    const metricIds = new Set(plans.flatMap(({ kpi }) => metricsOf(kpi)));
    // Each metric's kind, known here already, so the reads need no metric look-up of their own.
    const kinds = new Map<string, AggregationKind>();
    for (const { kpi } of plans) kinds.set(kpi.metric.id, kpi.metric.kind);
    for (const operand of operands.values()) kinds.set(operand.id, operand.aggregation);
    const dims = new DimKeys();
    const read = (ids: readonly string[], windows: readonly DateWindow[]) =>
      this.points.readMeasurable(
        ids.map((id) => ({ id, aggregation: kinds.get(id) as AggregationKind })),
        windows,
        dims,
      );
    const windows = evaluationWindows(
      calendar,
      plans.map((p) => ({ ...p, cadence: p.kpi.reviewCadence })),
      asOf,
      span,
    );
    const within = targetedWindow(plans);
    // Independent reads: on PostgreSQL they run side by side on the pool's connections.
    const [points, definitions, updatedAt] = await Promise.all([
      read([...metricIds], windows),
      this.targets.targetDefinitionsFor(
        plans.map((p) => p.kpi.id),
        { workspaceId, calendar, within },
      ),
      new EvaluationRepository(this.deps.db).dataUpdatedAt([...metricIds]),
    ]);
    const measure = ({ kpi, grain }: { kpi: EvaluableKpi; grain: Grain }) =>
      kpiMeasures({ kpi, points, operands, calendar, grain });
    const measures = plans.map(measure);
    // A KPI with no point in any window may still have one elsewhere in the span, which makes it
    // stale rather than without data: read the whole span for those (rare) KPIs' metrics.
    const unseen = measures.flatMap((m, i) => (m.latest === null ? [i] : []));
    if (unseen.length > 0) {
      const ids = [...new Set(unseen.flatMap((i) => metricsOf((plans[i] as Plan).kpi)))];
      for (const [id, list] of await read(ids, [span])) {
        points.set(id, list);
      }
      for (const i of unseen) measures[i] = measure(plans[i] as Plan);
    }
    return plans.map(({ kpi }, i) => {
      const stored = definitions.get(kpi.id) as StoredTargetDefinition;
      const stamps = metricsOf(kpi).map((id) => updatedAt.get(id) ?? null);
      return {
        kpi,
        lastUpdated: kpi.metric.formula
          ? stamps.reduce<string | null>(
              (a, b) => (b !== null && (a === null || b > a) ? b : a),
              null,
            )
          : kpi.metric.dataUpdatedAt,
        measures: measures[i] as KpiMeasures,
        targetOf: (period: Period) => {
          // Only the targets deciding periods inside `within` were read.
          if (period.start < within.start || period.end > within.end) {
            throw new RangeError(`the target of ${period.key} was not prepared`);
          }
          return targetFor(stored.definition, period, calendar, { kind: stored.kind });
        },
      };
    });
  }

  /** The operand metrics of the formula KPIs, by key. */
  private async operands(
    workspaceId: string,
    kpis: EvaluableKpi[],
  ): Promise<Map<string, MetricDef>> {
    const keys = new Set<string>();
    for (const kpi of kpis) {
      if (kpi.metric.formula)
        for (const key of parseFormula(kpi.metric.formula).references) keys.add(key);
    }
    if (keys.size === 0) return new Map();
    const metrics = await new PointsRepository(this.deps.db).metricsByKeys(workspaceId, [...keys]);
    return new Map(metrics.map((m) => [m.key, m]));
  }

  private checkGrain(calendar: Calendar, kpi: EvaluableKpi, grain: Grain, pointer: string): void {
    if (calendar.nests(kpi.metric.baseGrain, grain)) return;
    const message = `KPI "${kpi.name}" is recorded by ${kpi.metric.baseGrain}, which does not roll up to ${grain}`;
    throw badRequest(message, [{ pointer, message }]);
  }

  private periodKey(calendar: Calendar, key: string, grain: Grain, pointer: string): Period {
    let period: Period;
    try {
      period = calendar.parseKey(key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw badRequest(message, [{ pointer, message }]);
    }
    if (period.grain !== grain) {
      const message = `"${key}" is a ${period.grain}, not a ${grain}`;
      throw badRequest(message, [{ pointer, message }]);
    }
    return period;
  }
}
