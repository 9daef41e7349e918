import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { createAnnotation } from '../../api/annotations';
import { useWorkspaceCalendar } from '../../app/calendar';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextAreaField, TextField } from '../../components/Field';
import { FieldRow, Form, FormActions } from '../../components/Form';
import { FormErrors, fieldError } from '../../components/FormErrors';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';

const FIELDS = ['from', 'to', 'text'];

/** Notes a day or a range of days on a KPI, e.g. "Checkout outage" or "Spring campaign". */
export function AnnotationForm({ kpiId }: { kpiId: string }) {
  const client = useQueryClient();
  const calendar = useWorkspaceCalendar();
  const formRef = useRef<HTMLFormElement>(null);
  const [from, setFrom] = useState(() => calendar.dateOf(new Date()));
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const mutation = useMutation({
    mutationFn: () => createAnnotation({ kpiId, from, to: to || null, text }),
    onSuccess: () => {
      setText('');
      setTo('');
      setAdded(true);
      void client.invalidateQueries({ queryKey: ['annotations'] });
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    mutation.mutate();
  };
  return (
    <Form formRef={formRef} onSubmit={submit} aria-label="Add an annotation">
      <FormErrors error={mutation.error} fieldsShown={FIELDS} />
      <FieldRow>
        <TextField
          label="Day (or first day)"
          name="annotationFrom"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={fieldError(mutation.error, 'from')}
          required
        />
        <TextField
          label="Last day"
          name="annotationTo"
          type="date"
          hint="Optional, for a range"
          value={to}
          min={from}
          onChange={(e) => setTo(e.target.value)}
          error={fieldError(mutation.error, 'to')}
        />
      </FieldRow>
      <TextAreaField
        label="Note"
        name="annotationText"
        hint="What happened that explains the numbers, e.g. “Checkout outage, 3 hours”"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setAdded(false);
        }}
        error={fieldError(mutation.error, 'text')}
        maxLength={2000}
        required
      />
      <FormActions>
        <Button type="submit" busy={mutation.isPending}>
          Add annotation
        </Button>
      </FormActions>
      <LiveRegion>
        {added && (
          <Alert tone="success">
            <p>Annotation added.</p>
          </Alert>
        )}
      </LiveRegion>
    </Form>
  );
}
