import type {
  AggregationKind,
  Calendar,
  DimensionValues,
  EffectiveTarget,
  HorizonTarget,
  Kpi,
  KpiTarget,
  Period,
  Phasing,
  TargetDefinition,
  TargetOverride,
} from '@vitals/core';

export interface LastYearQuery {
  kpiId: string;
  metricId: string;
  dimensionFilter: DimensionValues;
  kind: AggregationKind;
  /** Last year's counterpart of each sub-period of the horizon, in order (`calendar.sameLastYear`). */
  periods: Period[];
}

/**
 * Last year's actual of each asked period (`null` where there is none), for `last_year` phasing.
 * The data module supplies it; without one, such horizons are phased evenly and say so.
 */
export type LastYearActuals = (query: LastYearQuery) => Promise<(number | null)[]>;

/** A KPI's stored targets as core's `TargetDefinition`, ready for `targetFor`. */
export interface StoredTargetDefinition {
  kpiId: string;
  /** The metric's aggregation kind, the `kind` option of `targetFor`. */
  kind: AggregationKind;
  definition: TargetDefinition;
  /** The stored target behind each entry, override and horizon of `definition`, by index. */
  targetIds: { entries: string[]; overrides: string[]; horizons: string[] };
  /** `last_year` horizons phased evenly because no actuals lookup was given. */
  lastYearUnavailable: string[];
  /** Stored targets the calendar no longer reads (its settings changed since), left out. */
  skipped: { targetId: string; reason: string }[];
}

function parses(calendar: Calendar, t: KpiTarget): string | null {
  try {
    if (t.periodKey !== null) calendar.parseKey(t.periodKey);
    else if (
      t.effectiveFrom &&
      calendar.periodOf(t.effectiveFrom, t.grain).start !== t.effectiveFrom
    ) {
      return `${t.effectiveFrom} no longer starts a ${t.grain}`;
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function corePhasing(t: KpiTarget, lastYear: ReadonlyMap<string, (number | null)[]>): Phasing {
  const phasing = t.phasing ?? { method: 'even' };
  if (phasing.method !== 'last_year') return phasing;
  const values = lastYear.get(t.id);
  return values ? { method: 'last_year', lastYear: values } : { method: 'even' };
}

/**
 * Maps stored rows onto core's model: `effectiveFrom` rows are entries, `periodKey` rows without
 * phasing are overrides, with phasing horizons. `lastYear` holds the actuals of each `last_year`
 * horizon by target id (see `lastYearInputs`). The definition's basis is the targets' common basis,
 * or `other` when they differ; each entry keeps its own note.
 */
export function toTargetDefinition(
  kpi: Kpi,
  kind: AggregationKind,
  targets: readonly KpiTarget[],
  calendar: Calendar,
  lastYear: ReadonlyMap<string, (number | null)[]>,
  lastYearUnavailable: string[] = [],
): StoredTargetDefinition {
  const entries: EffectiveTarget[] = [];
  const overrides: TargetOverride[] = [];
  const horizons: HorizonTarget[] = [];
  const targetIds: StoredTargetDefinition['targetIds'] = {
    entries: [],
    overrides: [],
    horizons: [],
  };
  const skipped: StoredTargetDefinition['skipped'] = [];
  for (const t of targets) {
    const reason = parses(calendar, t);
    if (reason) {
      skipped.push({ targetId: t.id, reason });
      continue;
    }
    const note = t.note || undefined;
    if (t.effectiveFrom !== null) {
      entries.push({ grain: t.grain, effectiveFrom: t.effectiveFrom, value: t.value, note });
      targetIds.entries.push(t.id);
    } else if (t.periodKey !== null && t.phasing === null) {
      overrides.push({ period: t.periodKey, value: t.value, note });
      targetIds.overrides.push(t.id);
    } else if (t.periodKey !== null) {
      const phasing = corePhasing(t, lastYear);
      horizons.push({ horizon: t.periodKey, grain: t.grain, total: t.value, phasing, note });
      targetIds.horizons.push(t.id);
    }
  }
  const bases = [...new Set(targets.map((t) => t.basis))];
  const definition: TargetDefinition = {
    direction: kpi.direction,
    basis: bases.length === 1 && bases[0] ? bases[0] : 'other',
    note: bases.length > 1 ? 'targets of different bases; each entry has its own note' : undefined,
    entries,
    overrides,
    horizons,
  };
  return { kpiId: kpi.id, kind, definition, targetIds, lastYearUnavailable, skipped };
}

/**
 * Last year's actuals for each `last_year` horizon, by target id: from `lookup` when given,
 * otherwise all `null`, which core phases evenly and flags (`fellBackToEven`).
 */
export async function lastYearInputs(
  kpi: Kpi,
  kind: AggregationKind,
  targets: readonly KpiTarget[],
  calendar: Calendar,
  lookup: LastYearActuals | undefined,
): Promise<{ lastYear: Map<string, (number | null)[]>; unavailable: string[] }> {
  const lastYear = new Map<string, (number | null)[]>();
  const unavailable: string[] = [];
  for (const t of targets) {
    if (t.phasing?.method !== 'last_year' || t.periodKey === null || parses(calendar, t)) continue;
    const horizon = calendar.parseKey(t.periodKey);
    const periods = calendar
      .periodsIn(horizon.start, horizon.end, t.grain)
      .map((p) => calendar.sameLastYear(p));
    if (!lookup) unavailable.push(t.id);
    const query = { kpiId: kpi.id, metricId: kpi.metricId, dimensionFilter: kpi.dimensionFilter };
    const values = lookup ? await lookup({ ...query, kind, periods }) : periods.map(() => null);
    if (values.length !== periods.length) {
      throw new Error(
        `last year's actuals: got ${values.length} values for ${periods.length} periods`,
      );
    }
    lastYear.set(t.id, values);
  }
  return { lastYear, unavailable };
}
