import type { KpiEvaluation } from '@vitals/core';
import { StatusBadge } from '../../components/StatusBadge';
import { numericCell, TableFrame } from '../../components/TableFrame';
import { presentChange } from '../../format/change';
import type { NumberContext } from '../../format/number';
import { formatPeriod, grainWord } from '../../format/period';
import { formatCardValue, formatTarget } from '../cards/card-model';

/** The chart's numbers as a table: every period's actual, target, status and changes. */
export function PeriodTable({
  evaluation,
  context,
}: {
  evaluation: KpiEvaluation;
  context: NumberContext;
}) {
  const { unit } = evaluation;
  const periods = evaluation.periods.filter((p) => p.phase !== 'future').reverse();
  return (
    <TableFrame label="Periods, newest first" compact>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col" className={numericCell}>
            Actual
          </th>
          <th scope="col" className={numericCell}>
            Target
          </th>
          <th scope="col" className={numericCell}>
            Expected
          </th>
          <th scope="col">Status</th>
          <th scope="col" className={numericCell}>
            Vs previous {grainWord(evaluation.grain)}
          </th>
          <th scope="col" className={numericCell}>
            Vs last year
          </th>
          <th scope="col" className={numericCell}>
            Points
          </th>
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => {
          const previous = presentChange(p.changes.vsPrevious, unit, context, '');
          const lastYear = presentChange(p.changes.vsLastYear, unit, context, '');
          return (
            <tr key={p.period.key}>
              <th scope="row">
                {formatPeriod(p.period, context.locale)}
                {p.phase === 'running' ? ' (to date)' : ''}
              </th>
              <td className={numericCell}>{formatCardValue(p.actual, unit, context)}</td>
              <td className={numericCell}>{formatTarget(p.target, unit, context) ?? '—'}</td>
              <td className={numericCell}>{formatTarget(p.expected, unit, context) ?? '—'}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
              <td className={numericCell} style={{ color: `var(${previous.colorToken})` }}>
                {previous.text}
              </td>
              <td className={numericCell} style={{ color: `var(${lastYear.colorToken})` }}>
                {lastYear.text}
              </td>
              <td className={numericCell}>{p.pointCount}</td>
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
