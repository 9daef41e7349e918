import type { CheckInStatusCall, Kpi } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { createCheckIn } from '../../api/check-ins';
import { queryKeys } from '../../api/queries';
import { useWorkspaceCalendar } from '../../app/calendar';
import { useCurrentSession } from '../../app/session';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField } from '../../components/Field';
import { Form, FormActions } from '../../components/Form';
import { FormErrors, fieldError } from '../../components/FormErrors';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { periodLabel, reviewPeriodOptions } from './period-options';
import { StatusCallField } from './StatusCallField';

const FIELDS = ['periodKey', 'statusCall', 'commentary', 'nextActions'];

/** Records a review of a KPI for one period of its cadence. */
export function CheckInForm({ kpi }: { kpi: Kpi }) {
  const client = useQueryClient();
  const { workspace } = useCurrentSession();
  const calendar = useWorkspaceCalendar();
  const formRef = useRef<HTMLFormElement>(null);
  const periods = useMemo(
    () => reviewPeriodOptions(calendar, kpi.reviewCadence, workspace.locale),
    [calendar, kpi.reviewCadence, workspace.locale],
  );
  const [periodKey, setPeriodKey] = useState(periods.defaultKey);
  const [statusCall, setStatusCall] = useState<CheckInStatusCall>('on_track');
  const [commentary, setCommentary] = useState('');
  const [nextActions, setNextActions] = useState('');
  const [recorded, setRecorded] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      createCheckIn({ kpiId: kpi.id, periodKey, statusCall, commentary, nextActions }),
    onSuccess: (checkIn) => {
      setRecorded(periodLabel(calendar, checkIn.periodKey, workspace.locale));
      setCommentary('');
      setNextActions('');
      void client.invalidateQueries({ queryKey: queryKeys.checkIns(kpi.id) });
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRecorded(null);
    mutation.mutate();
  };
  const changed = () => setRecorded(null);
  return (
    <Form formRef={formRef} onSubmit={submit} aria-label="Record a check-in">
      <FormErrors error={mutation.error} fieldsShown={FIELDS} />
      <SelectField
        label="Period reviewed"
        name="periodKey"
        hint={`${kpi.name} is reviewed by ${kpi.reviewCadence}`}
        options={periods.options}
        value={periodKey}
        onChange={(e) => {
          setPeriodKey(e.target.value);
          changed();
        }}
        error={fieldError(mutation.error, 'periodKey')}
      />
      <StatusCallField
        value={statusCall}
        onChange={(value) => {
          setStatusCall(value);
          changed();
        }}
        error={fieldError(mutation.error, 'statusCall')}
      />
      <TextAreaField
        label="What happened"
        name="commentary"
        hint="What moved the number and what we learned. Describe the work and the system, not people: a check-in is blame-free."
        rows={4}
        value={commentary}
        onChange={(e) => {
          setCommentary(e.target.value);
          changed();
        }}
        error={fieldError(mutation.error, 'commentary')}
        maxLength={8000}
      />
      <TextAreaField
        label="What we will do next"
        name="nextActions"
        hint="The next experiments or actions, and who takes them"
        rows={3}
        value={nextActions}
        onChange={(e) => {
          setNextActions(e.target.value);
          changed();
        }}
        error={fieldError(mutation.error, 'nextActions')}
        maxLength={8000}
      />
      <FormActions>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          Record check-in
        </Button>
      </FormActions>
      <LiveRegion>
        {recorded && (
          <Alert tone="success">
            <p>Check-in for {recorded} recorded. It is at the top of the check-in history.</p>
          </Alert>
        )}
      </LiveRegion>
    </Form>
  );
}
