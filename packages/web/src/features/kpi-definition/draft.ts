import {
  DEFAULT_STATUS_THRESHOLDS,
  templateKind,
  parseFormula,
  type AggregationKind,
  type Direction,
  type Grain,
  type Kpi,
  type KpiCreateInput,
  type KpiLevel,
  type KpiReviewCadence,
  type KpiTarget,
  type KpiTemplate,
  type KpiTypeTags,
  type MetricUnit,
  type StatusThresholds,
  type TargetBasis,
} from '@vitals/core';
import { existingTargetDrafts, type ExistingTargetDraft } from './existing-targets';

export type MetricUnitKind = MetricUnit['kind'];

/** A metric defined along with the KPI (blank start). */
export interface NewMetricDraft {
  name: string;
  key: string;
  /** Until the key is edited it follows the name. */
  keyEdited: boolean;
  description: string;
  unitKind: MetricUnitKind;
  currency: string;
  decimals: string;
  aggregation: AggregationKind;
  baseGrain: Grain;
  /** Comma-separated dimension names, e.g. "region, channel". */
  dimensions: string;
}

export type MetricChoice =
  | { mode: 'existing'; metricId: string }
  | { mode: 'template' }
  | { mode: 'new'; metric: NewMetricDraft };

export type TargetMode = 'none' | 'standing' | 'annual';

export interface TargetDraft {
  mode: TargetMode;
  /** Standing values: one per period of this grain. */
  grain: Grain;
  /** Standing values apply from the start of this (fiscal) year or of the running period. */
  from: 'this_year' | 'this_period';
  value: string;
  lower: string;
  upper: string;
  /** Annual totals: the year's key and how the total is spread over its months. */
  yearKey: string;
  phasing: 'even' | 'last_year';
  basis: TargetBasis;
  note: string;
}

/** Everything the Define-a-KPI form holds, as typed (numbers stay text until saved). */
export interface KpiDraft {
  templateKey: string | null;
  name: string;
  objective: string;
  whyItMatters: string;
  howToInfluence: string;
  metric: MetricChoice;
  ownerId: string;
  teamId: string;
  level: KpiLevel;
  typeTags: KpiTypeTags;
  reviewCadence: KpiReviewCadence;
  direction: Direction;
  target: TargetDraft;
  /** Edit mode: the KPI's stored targets, as changed (or marked deleted) in the form. */
  existingTargets: ExistingTargetDraft[];
  /** Thresholds in percent of the expected value. */
  onTrack: string;
  atRisk: string;
}

export function blankMetric(): NewMetricDraft {
  return {
    name: '',
    key: '',
    keyEdited: false,
    description: '',
    unitKind: 'count',
    currency: '',
    decimals: '',
    aggregation: 'sum',
    baseGrain: 'day',
    dimensions: '',
  };
}

function blankTarget(grain: Grain): TargetDraft {
  return {
    mode: 'standing',
    grain,
    from: 'this_year',
    value: '',
    lower: '',
    upper: '',
    yearKey: '',
    phasing: 'even',
    basis: 'past_performance',
    note: '',
  };
}

const percentText = (fraction: number) => String(Math.round(fraction * 1e6) / 1e4);

export function blankDraft(): KpiDraft {
  return {
    templateKey: null,
    name: '',
    objective: '',
    whyItMatters: '',
    howToInfluence: '',
    metric: { mode: 'new', metric: blankMetric() },
    ownerId: '',
    teamId: '',
    level: 'team',
    typeTags: { scope: 'operational', timing: 'lagging', nature: 'quantitative' },
    reviewCadence: 'month',
    direction: 'higher_is_better',
    target: blankTarget('month'),
    existingTargets: [],
    onTrack: percentText(DEFAULT_STATUS_THRESHOLDS.onTrack),
    atRisk: percentText(DEFAULT_STATUS_THRESHOLDS.atRisk),
  };
}

/** A draft filled from a template: its intent, its metrics, its cadence and its target basis. */
export function draftFromTemplate(template: KpiTemplate): KpiDraft {
  const blank = blankDraft();
  const band = template.defaultBand;
  return {
    ...blank,
    templateKey: template.key,
    name: template.name,
    objective: template.objective,
    whyItMatters: template.whyItMatters,
    howToInfluence: template.howToInfluence,
    metric: { mode: 'template' },
    level: template.level,
    typeTags: { ...template.typeTags },
    reviewCadence: template.reviewCadence,
    direction: template.direction,
    target: {
      ...blankTarget(template.reviewCadence),
      lower: band ? String(band.lower) : '',
      upper: band ? String(band.upper) : '',
      basis: template.targetBasis,
      note: template.targetNote,
    },
  };
}

/** The draft of a stored KPI and its targets, for editing (a new target may be added too). */
export function draftFromKpi(kpi: Kpi, targets: readonly KpiTarget[] = []): KpiDraft {
  const blank = blankDraft();
  return {
    ...blank,
    name: kpi.name,
    objective: kpi.objective,
    whyItMatters: kpi.whyItMatters,
    howToInfluence: kpi.howToInfluence,
    metric: { mode: 'existing', metricId: kpi.metricId },
    ownerId: kpi.ownerId ?? '',
    teamId: kpi.teamId ?? '',
    level: kpi.level,
    typeTags: { ...kpi.typeTags },
    reviewCadence: kpi.reviewCadence,
    direction: kpi.direction,
    target: { ...blankTarget(kpi.reviewCadence), mode: 'none' },
    existingTargets: existingTargetDrafts(targets),
    onTrack: percentText(kpi.thresholds.onTrack),
    atRisk: percentText(kpi.thresholds.atRisk),
  };
}

/** `New customers (EU)` → `new_customers_eu`: a metric key from a name. */
export function keyFromName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 64)
    .replace(/_+$/, '');
  return key;
}

/** A number typed by a person: plain digits, `.` or `,` as decimal mark; NaN when not a number. */
export function numberOf(text: string): number {
  const trimmed = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^[-−]?\d*(?:[.,]\d+)?$/.test(trimmed) || !/\d/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace('−', '-').replace(',', '.'));
}

/**
 * The aggregation kind of a template's formula metric, as core reads it from the formula (the
 * server derives the same): churn paces like a flow, a margin or CAC is a level, ARR a stock.
 */
export function formulaKindOf(template: KpiTemplate): AggregationKind {
  return templateKind(template);
}

/** The metric keys a template's formula reads (its base metrics). */
export function formulaOperands(template: KpiTemplate): string[] {
  return parseFormula(template.formula).references;
}

/** The KPI request for the draft, on the metric chosen (thresholds from percent to fractions). */
export function kpiInputOf(draft: KpiDraft, metricId: string): KpiCreateInput {
  return {
    metricId,
    name: draft.name,
    objective: draft.objective,
    whyItMatters: draft.whyItMatters,
    howToInfluence: draft.howToInfluence,
    ownerId: draft.ownerId || null,
    teamId: draft.teamId || null,
    level: draft.level,
    typeTags: draft.typeTags,
    direction: draft.direction,
    reviewCadence: draft.reviewCadence,
    thresholds: thresholdsOf(draft),
  };
}

/** The thresholds typed in percent, as the fractions the API takes (NaN when not a number). */
export function thresholdsOf(draft: KpiDraft): StatusThresholds {
  return { onTrack: numberOf(draft.onTrack) / 100, atRisk: numberOf(draft.atRisk) / 100 };
}
