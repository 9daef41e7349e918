import { useQuery } from '@tanstack/react-query';
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
  const canWrite = user.role !== 'viewer' || kpi.data.ownerId === user.id;
  const kpiPath = `/kpis/${encodeURIComponent(id)}`;
  return (
    <>
      <PageHeader
        title={`Check in: ${kpi.data.name}`}
        description="A blame-free review: what happened, what we learned and what we will try next. It records the work and the system, not who is at fault."
        actions={<ButtonLink to={kpiPath}>Open the KPI</ButtonLink>}
      />
      <div className={styles.columns}>
        <Panel title="Record a check-in" id="record">
          {canWrite ? (
            <CheckInForm kpi={kpi.data} />
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
