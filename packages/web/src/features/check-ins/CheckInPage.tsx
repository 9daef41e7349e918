import type { Kpi, User } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { fetchKpi } from '../../api/kpis';
import { queryKeys } from '../../api/queries';
import { useCurrentSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Loading, PageHeader, Panel } from '../../components/Page';
import { AnnotationForm } from '../annotations/AnnotationForm';
import { AnnotationList } from '../annotations/AnnotationList';
import { CheckInForm } from './CheckInForm';
import styles from './CheckIns.module.css';
import { CheckInTimeline } from './CheckInTimeline';

/** `/kpis/:id/check-in`: review a KPI for a period, note what happened, see the history. */
export function CheckInPage() {
  const { id = '' } = useParams();
  const { user } = useCurrentSession();
  const kpi = useQuery({
    queryKey: queryKeys.kpi(id),
    queryFn: ({ signal }) => fetchKpi(id, signal),
  });
  if (kpi.isPending) return <Loading />;
  if (kpi.isError) {
    return (
      <>
        <PageHeader title="Check in" />
        <Alert tone="error">
          <p>{kpi.error.message}</p>
        </Alert>
      </>
    );
  }
  return <CheckInBody kpi={kpi.data} user={user} />;
}

/**
 * Whether the person may write, kept while a form is open: when the right goes while they type
 * (live updates bring the KPI's new owner), the form and its draft stay with a notice, and the
 * server's refusal on saving says why; a right gained shows the forms at once.
 */
function useHeldRight(now: boolean): { shown: boolean; lost: boolean } {
  const [had, setHad] = useState(now);
  if (now && !had) setHad(true);
  return { shown: had || now, lost: had && !now };
}

function CheckInBody({ kpi, user }: { kpi: Kpi; user: User }) {
  const id = kpi.id;
  const right = useHeldRight(user.role !== 'viewer' || kpi.ownerId === user.id);
  const canWrite = right.shown;
  const lost = right.lost ? (
    <Alert tone="info">
      <p>
        You are no longer the KPI’s owner, so saving will be refused. Copy what you wrote if you
        want to keep it.
      </p>
    </Alert>
  ) : null;
  const kpiPath = `/kpis/${encodeURIComponent(id)}`;
  return (
    <>
      <PageHeader
        title={`Check in: ${kpi.name}`}
        description="A blame-free review: what happened, what we learned and what we will try next. It records the work and the system, not who is at fault."
        actions={<ButtonLink to={kpiPath}>Open the KPI</ButtonLink>}
      />
      <div className={styles.columns}>
        <Panel title="Record a check-in" id="record">
          {lost}
          {canWrite ? (
            <CheckInForm kpi={kpi} />
          ) : (
            <Alert tone="info">
              <p>
                Only editors, admins and the KPI’s owner record check-ins. You can read the history.
              </p>
            </Alert>
          )}
        </Panel>
        <Panel title="Check-in history" id="history">
          <CheckInTimeline kpiId={id} />
        </Panel>
        <Panel title="Add an annotation" id="annotate">
          {canWrite ? (
            <AnnotationForm kpiId={id} />
          ) : (
            <Alert tone="info">
              <p>Only editors, admins and the KPI’s owner add annotations.</p>
            </Alert>
          )}
        </Panel>
        <Panel title="Annotations" id="annotations">
          <AnnotationList kpiId={id} />
        </Panel>
      </div>
    </>
  );
}
