import {
  isSingleMetricTemplate,
  type Calendar,
  type KpiTargetCreateInput,
  type KpiTemplate,
  type MetricUnit,
  type TemplateMetric,
} from '@vitals/core';
import type { MetricCreateInput } from '../../api/metrics';
import { numberOf, type KpiDraft, type NewMetricDraft } from './draft';

/** The unit of a new metric as the API takes it. */
export function unitOf(metric: NewMetricDraft): MetricUnit {
  const unit: MetricUnit = { kind: metric.unitKind };
  if (metric.unitKind === 'currency' && metric.currency) unit.currency = metric.currency;
  if (metric.decimals.trim() !== '') unit.decimals = numberOf(metric.decimals);
  return unit;
}

export function newMetricInput(metric: NewMetricDraft): MetricCreateInput {
  return {
    key: metric.key,
    name: metric.name,
    description: metric.description,
    unit: unitOf(metric),
    aggregation: metric.aggregation,
    baseGrain: metric.baseGrain,
    dimensions: metric.dimensions
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    sourceKind: 'manual',
  };
}

/** A template's base metric, recorded by hand (or pushed) per day. */
export function baseMetricInput(metric: TemplateMetric): MetricCreateInput {
  return {
    key: metric.key,
    name: metric.name,
    description: metric.description,
    unit: metric.unit,
    aggregation: metric.aggregation,
    dimensions: [...metric.dimensions],
    baseGrain: 'day',
    sourceKind: 'manual',
  };
}

/** The formula metric a template's KPI is measured by, or null when it is one base metric. */
export function formulaMetricInput(
  template: KpiTemplate,
  aggregation: MetricCreateInput['aggregation'],
): MetricCreateInput | null {
  if (isSingleMetricTemplate(template)) return null;
  return {
    key: template.key,
    name: template.name,
    description: `${template.objective} Computed as ${template.formula}.`,
    unit: template.unit,
    aggregation,
    baseGrain: 'day',
    sourceKind: 'formula',
    formula: template.formula,
  };
}

/**
 * The target request of the draft, or null without one:
 * - standing: the value for every period of the grain from the year's (or the running period's) start;
 * - annual: the year's total, spread over its months evenly or by last year's shape.
 */
export function targetInputOf(
  draft: KpiDraft,
  kpiId: string,
  calendar: Calendar,
  now: Date,
): KpiTargetCreateInput | null {
  const { target } = draft;
  if (target.mode === 'none') return null;
  const value =
    draft.direction === 'within_band'
      ? { lower: numberOf(target.lower), upper: numberOf(target.upper) }
      : numberOf(target.value);
  const common = { kpiId, value, basis: target.basis, note: target.note };
  if (target.mode === 'standing') {
    const running = calendar.periodAt(now, target.grain);
    const yearStart = calendar.periodAt(now, 'year').start;
    const from = target.from === 'this_year' ? calendar.periodOf(yearStart, target.grain) : running;
    return { ...common, grain: target.grain, effectiveFrom: from.start };
  }
  return {
    ...common,
    grain: 'month',
    periodKey: target.yearKey || calendar.periodAt(now, 'year').key,
    phasing: { method: target.phasing },
  };
}
