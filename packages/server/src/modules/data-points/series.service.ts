import {
  addCivilDays,
  civilDaysBetween,
  DistinctRollUpError,
  grainRank,
  type Calendar,
  type CivilDate,
  type DimensionFilter,
  type Grain,
  type Period,
  type Series,
  type SeriesRow,
} from '@vitals/core';
import { LRUCache } from 'lru-cache';
import { badRequest, notFound } from '../../http/problem';
import type { ServiceDeps } from '../deps';
import type { WorkspaceService } from '../workspace/workspace.service';
import type { MetricDef } from './data-points.rows';
import { PointsRepository } from './points.repository';
import { checkDimensions } from './points.service';
import {
  cellsFromPoints,
  compareRows,
  totalCells,
  type RolledRow,
  type SeriesCell,
} from './series.aggregate';
import { formulaRows } from './series.formula';
import { SeriesRepository, SQL_ROLLABLE } from './series.repository';

export interface SeriesRequest {
  workspaceId: string;
  metricId: string;
  /** Defaults to the metric's base grain. */
  grain?: Grain;
  /** Days, both included; the series covers the whole periods of `grain` that touch them. */
  from: CivilDate;
  to: CivilDate;
  filter?: DimensionFilter;
  breakdown?: readonly string[];
}

/** Longest range one series covers (a daily series of 20 years is 7,305 rows per combination). */
const MAX_DAYS = 20 * 366;
const GRAIN_POINTER = '/querystring/grain';

/**
 * What the last read of a metric found: its kind and base grain and its workspace's calendar.
 * Only a guess that lets the next read start its roll-up beside the metric look-up; the guessed
 * cells are used only when the fresh definition agrees, so a stale guess costs time, never truth.
 */
interface Guess {
  kind: MetricDef['aggregation'];
  baseGrain: Grain;
  calendar: Calendar;
}

/** A roll-up started on a guess, and what it was started with. */
interface EarlyCells {
  guess: Guess;
  grain: Grain;
  cells: Promise<SeriesCell[] | undefined>;
}

/** A metric's values at any grain and range, rolled up by its kind, filtered or broken down. */
export class SeriesService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly workspace: WorkspaceService,
  ) {}

  private readonly guesses = new LRUCache<string, Guess>({ max: 2000 });

  async read(q: SeriesRequest): Promise<Series> {
    const guessKey = `${q.workspaceId}/${q.metricId}`;
    const early = this.startEarly(this.guesses.get(guessKey), q);
    const found = await new PointsRepository(this.deps.db).metricWithSettings(
      q.workspaceId,
      q.metricId,
    );
    if (!found) throw notFound('metric', q.metricId);
    const { metric } = found;
    const calendar = this.workspace.calendarOf(found.settings);
    const grain = q.grain ?? metric.baseGrain;
    const filter = q.filter ?? {};
    const breakdown = q.breakdown ?? [];
    const checkDims = (m: MetricDef) => {
      checkDimensions(m, Object.keys(filter), (n) => `/querystring/filter[${n}]`);
      checkDimensions(m, breakdown, () => '/querystring/breakdown');
    };
    checkDims(metric);
    const periods = this.periodsOf(calendar, grain, q.from, q.to);
    let rows: RolledRow[];
    if (metric.sourceKind === 'formula') {
      rows = await formulaRows({
        metric,
        calendar,
        grain,
        periods,
        breakdown,
        operandsByKey: (keys) =>
          new PointsRepository(this.deps.db).metricsByKeys(q.workspaceId, keys),
        checkOperand: (operand) => {
          this.checkGrain(operand, grain, calendar, ` (operand of "${metric.key}")`);
          checkDims(operand);
        },
        rollOperand: (operand, read) =>
          this.rolled(operand, calendar, grain, read, filter, breakdown),
      });
      rows.sort((a, b) => compareRows(a, b, breakdown));
    } else {
      this.checkGrain(metric, grain, calendar, '');
      const guess = { kind: metric.aggregation, baseGrain: metric.baseGrain, calendar };
      const agrees =
        early !== undefined &&
        early.grain === grain &&
        early.guess.kind === guess.kind &&
        early.guess.baseGrain === guess.baseGrain &&
        early.guess.calendar === calendar;
      rows = await this.rolled(
        metric,
        calendar,
        grain,
        periods,
        filter,
        breakdown,
        agrees ? await early.cells : undefined,
      );
      if (this.sqlRolled(guess.kind, grain, guess.baseGrain)) this.guesses.set(guessKey, guess);
    }
    const last = periods[periods.length - 1] as Period;
    return {
      metricId: metric.id,
      metricKey: metric.key,
      aggregation: metric.aggregation,
      baseGrain: metric.baseGrain,
      grain,
      from: (periods[0] as Period).start,
      to: addCivilDays(last.end, -1),
      filter,
      breakdown: [...breakdown],
      rows: rows.map(toSeriesRow),
    };
  }

  /**
   * The SQL roll-up the guess says this read will need, started now so its round trip overlaps
   * the metric look-up's. Its cells resolve to undefined on any error: the read then rolls up
   * afresh (or refuses) on what it found.
   */
  private startEarly(guess: Guess | undefined, q: SeriesRequest): EarlyCells | undefined {
    if (!guess) return undefined;
    const grain = q.grain ?? guess.baseGrain;
    if (!this.sqlRolled(guess.kind, grain, guess.baseGrain)) return undefined;
    let periods: Period[];
    try {
      periods = this.periodsOf(guess.calendar, grain, q.from, q.to);
    } catch {
      return undefined;
    }
    const cells = new SeriesRepository(this.deps.db)
      .cells(q.metricId, guess.kind, periods)
      .catch(() => undefined);
    return { guess, grain, cells };
  }

  private sqlRolled(kind: MetricDef['aggregation'], grain: Grain, baseGrain: Grain): boolean {
    return SQL_ROLLABLE.has(kind) && grain !== baseGrain;
  }

  /** The periods of `grain` from the one containing `from` to the one containing `to`. */
  private periodsOf(calendar: Calendar, grain: Grain, from: CivilDate, to: CivilDate): Period[] {
    if (civilDaysBetween(from, to) > MAX_DAYS) {
      throw badRequest('A series covers at most 20 years; ask for a shorter range', [
        { pointer: '/querystring/to', message: 'at most 20 years after from' },
      ]);
    }
    return calendar.periodsBetween(calendar.periodOf(from, grain), calendar.periodOf(to, grain));
  }

  /** Refuses grains the metric's values cannot be rolled up to, saying why. */
  private checkGrain(metric: MetricDef, grain: Grain, calendar: Calendar, what: string): void {
    const base = metric.baseGrain;
    const refuse = (message: string) => badRequest(message, [{ pointer: GRAIN_POINTER, message }]);
    if (grainRank(grain) < grainRank(base)) {
      throw refuse(
        `metric "${metric.key}"${what} is stored by ${base}; a ${grain} is finer, so it cannot be shown by ${grain}`,
      );
    }
    if (!calendar.nests(base, grain)) {
      throw refuse(
        `metric "${metric.key}"${what} is stored by ${base}, and a ${base} does not always lie inside one ${grain}: ask for a grain its ${base}s nest in`,
      );
    }
    if (metric.aggregation === 'distinct' && grain !== base) {
      throw refuse(
        `metric "${metric.key}"${what} counts distinct values: a ${grain}'s count is not the total of its ${base}s, so it cannot be rolled up (its source must compute each ${grain})`,
      );
    }
  }

  /**
   * One metric rolled up to `grain` by its kind: per series and period in SQL for the kinds
   * whose parts add or compare (exactly the same totals as core's rollUp), in memory from the
   * raw points otherwise; then totalled across dimension values by core's rules.
   */
  private async rolled(
    metric: MetricDef,
    calendar: Calendar,
    grain: Grain,
    periods: readonly Period[],
    filter: DimensionFilter,
    breakdown: readonly string[],
    early?: SeriesCell[],
  ): Promise<RolledRow[]> {
    const kind = metric.aggregation;
    const first = periods[0];
    const last = periods[periods.length - 1];
    if (!first || !last) return [];
    try {
      const cells =
        early ??
        (this.sqlRolled(kind, grain, metric.baseGrain)
          ? await new SeriesRepository(this.deps.db).cells(metric.id, kind, periods)
          : cellsFromPoints(
              kind,
              await new PointsRepository(this.deps.db).series(
                metric.id,
                kind,
                first.start,
                last.end,
              ),
              calendar,
              grain,
            ));
      return totalCells(kind, cells, { filter, breakdown });
    } catch (error) {
      if (!(error instanceof DistinctRollUpError)) throw error;
      throw badRequest(`Metric "${metric.key}": ${error.message}`, [
        {
          pointer: '/querystring/breakdown',
          message: `break down by every dimension (${metric.dimensions.join(', ')}) or filter to one value each`,
        },
      ]);
    }
  }
}

function toSeriesRow(row: RolledRow & { operands?: Record<string, number | null> }): SeriesRow {
  // Built field by field, not by spreading: a series has thousands of rows.
  const out: SeriesRow = {
    periodKey: row.period.key,
    start: row.period.start,
    end: row.period.end,
    dimensions: row.dimensions,
    value: row.value,
    components: row.components as unknown as SeriesRow['components'],
    pointCount: row.pointCount,
  };
  if (row.reason !== undefined) out.reason = row.reason;
  if (row.operands) out.operands = row.operands;
  return out;
}
