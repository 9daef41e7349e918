import { useEffect, useRef } from 'react';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { FormActions } from '../../components/Form';
import type { SaveResult } from './save';

/** What was saved, and the next steps: enter its data, check in, open it. */
export function SavedPanel({ result, mode }: { result: SaveResult; mode: 'create' | 'edit' }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { kpi, createdMetrics, reusedMetrics, target } = result;
  const id = encodeURIComponent(kpi.id);
  return (
    <section aria-labelledby="saved-title">
      <Alert tone="success">
        <h2 id="saved-title" ref={heading} tabIndex={-1}>
          “{kpi.name}” is {mode === 'create' ? 'defined' : 'saved'}
        </h2>
        <ul>
          {createdMetrics.length > 0 && (
            <li>Metrics created: {createdMetrics.map((m) => m.name).join(', ')}</li>
          )}
          {reusedMetrics.length > 0 && (
            <li>Metrics reused: {reusedMetrics.map((m) => m.name).join(', ')}</li>
          )}
          {result.targetsChanged > 0 && (
            <li>
              Targets changed: {result.targetsChanged}. Earlier values are in the target history.
            </li>
          )}
          {result.targetsDeleted > 0 && <li>Targets deleted: {result.targetsDeleted}.</li>}
          {target && <li>Target set.</li>}
        </ul>
      </Alert>
      <FormActions>
        <ButtonLink to={`/enter-data?metric=${encodeURIComponent(kpi.metricId)}`} variant="primary">
          Enter its data
        </ButtonLink>
        <ButtonLink to={`/kpis/${id}/check-in`}>Record a check-in</ButtonLink>
        <ButtonLink to={`/kpis/${id}`}>Open the KPI</ButtonLink>
        {mode === 'create' && <ButtonLink to="/kpis/new">Define another KPI</ButtonLink>}
      </FormActions>
    </section>
  );
}
