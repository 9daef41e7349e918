import type { Annotation, KpiEvaluation } from '@vitals/core';
import { useMemo } from 'react';
import type { NumberContext } from '../../../format/number';
import { formatPeriod } from '../../../format/period';
import { formatCardValue } from '../../cards/card-model';
import { formatDays } from '../days';
import { formatAxisValue } from './axis-format';
import { chartModel } from './chart-model';
import { actualVsTargetOption, type Overlays } from './chart-option';
import { EChart } from './EChart';
import styles from './ActualVsTargetChart.module.css';

/**
 * The KPI's periods: actual against target, with the zones where it is at risk or off track, the
 * chosen comparison overlays and the annotations (numbered on the chart, listed below it).
 */
export function ActualVsTargetChart({
  evaluation,
  annotations,
  overlays,
  context,
}: {
  evaluation: KpiEvaluation;
  annotations: readonly Annotation[];
  overlays: Overlays;
  context: NumberContext;
}) {
  const model = useMemo(
    () =>
      chartModel(
        evaluation,
        annotations,
        (p) => formatPeriod(p.period, context.locale),
        (from, to) => formatDays(from, to, context.locale),
      ),
    [evaluation, annotations, context],
  );
  const option = useMemo(
    () =>
      actualVsTargetOption(
        model,
        overlays,
        (value) => formatCardValue(value, evaluation.unit, context),
        (value) => (value === null ? '' : formatAxisValue(value, evaluation.unit, context)),
      ),
    [model, overlays, evaluation.unit, context],
  );
  const first = model.rows[0];
  const last = model.rows.at(-1);
  const label =
    first && last
      ? `Chart of actual against target from ${first.label} to ${last.label}; latest ${formatCardValue(last.actual, evaluation.unit, context)} against a target of ${formatCardValue(last.target ?? last.targetUpper, evaluation.unit, context)}. The numbers are in the table below.`
      : 'No periods to chart.';
  return (
    <div className={styles.wrap}>
      <EChart option={option} height="22rem" label={label} />
      {model.notes.length > 0 && (
        <ol className={styles.notes} aria-label="Annotations on the chart">
          {model.notes.map((note, i) => (
            <li key={`${note.when}-${i}`}>
              <span className={styles.noteNumber} aria-hidden="true">
                {i + 1}
              </span>
              <span>
                <strong>{note.when}</strong> {note.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
