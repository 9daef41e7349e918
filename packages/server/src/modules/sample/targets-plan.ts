import {
  civilDaysBetween,
  minCivil,
  type AggregationKind,
  type Calendar,
  type CivilDate,
  type Direction,
  type JudgedStatus,
  type KpiTargetCreate,
  type KpiTemplate,
  type Measure,
  type TargetValue,
} from '@vitals/core';
import { calibrateMonth, nice } from './calibration';

/** A target of the sample, as the targets contract takes it (without the KPI, set later). */
export type PlannedTarget = Omit<KpiTargetCreate, 'kpiId'>;

const scale = (value: TargetValue, by: number): TargetValue =>
  typeof value === 'number'
    ? nice(value * by)
    : { lower: nice(value.lower * by), upper: nice(value.upper * by) };

/**
 * A KPI's targets: last year's standing monthly target from the first month of data, and this
 * fiscal year's, fitted so that the running month shows `status`. Revenue gets this year's as
 * an annual total phased by last year's monthly shape instead.
 */
export function plannedTargets(input: {
  template: KpiTemplate;
  kind: AggregationKind;
  direction: Direction;
  status: JudgedStatus;
  measure: Measure;
  calendar: Calendar;
  asOf: Date;
  dataStart: CivilDate;
}): PlannedTarget[] {
  const { template, kind, measure, calendar, asOf } = input;
  const fitted = calibrateMonth({ ...input });
  if (!fitted) return [];
  const { period, actual, value } = fitted;
  const fiscalYear = calendar.periodOf(period.start, 'year');
  const basis = template.targetBasis;

  // Last year's target sat at last year's level in the same proportion as this year's does now.
  const lastYear = measure(calendar.sameLastYear(period)).value;
  const tomorrow = calendar.next(calendar.periodAt(asOf, 'day')).start;
  const daysSoFar = civilDaysBetween(period.start, minCivil(tomorrow, period.end));
  const level =
    kind === 'sum' && lastYear !== null
      ? lastYear / calendar.dayCount(calendar.sameLastYear(period)) / (actual / daysSoFar)
      : lastYear === null
        ? 0.9
        : lastYear / actual;
  const targets: PlannedTarget[] = [
    {
      grain: 'month',
      periodKey: null,
      effectiveFrom: input.dataStart,
      value: scale(value, level),
      phasing: null,
      basis,
      note: 'Last year’s target.',
    },
  ];

  if (template.key !== 'revenue' || kind !== 'sum' || typeof value !== 'number') {
    targets.push({
      grain: 'month',
      periodKey: null,
      effectiveFrom: fiscalYear.start,
      value,
      phasing: null,
      basis,
      note: template.targetNote,
    });
    return targets;
  }
  // An annual total spread over the months as last year's revenue was.
  const months = calendar.periodsIn(fiscalYear.start, fiscalYear.end, 'month');
  const weights = months.map((m) => Math.round(measure(calendar.sameLastYear(m)).value ?? 0));
  const index = months.findIndex((m) => m.key === period.key);
  const share = (weights[index] ?? 0) / weights.reduce((a, b) => a + b, 0);
  if (!(share > 0)) return targets;
  targets.push({
    grain: 'month',
    periodKey: fiscalYear.key,
    effectiveFrom: null,
    value: nice(value / share),
    phasing: { method: 'weights', weights },
    basis,
    note: `${fiscalYear.key} plan: ${template.targetNote}`,
  });
  return targets;
}
