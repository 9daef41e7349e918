import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { Form, FormActions } from '../../components/Form';
import { fieldError, FormErrors } from '../../components/FormErrors';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { useCreateDashboard } from './useDashboards';

/** Names a new dashboard, then opens its editor to choose the cards. */
export function CreateDashboardForm() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateDashboard();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, description },
      { onSuccess: (dashboard) => void navigate(`/dashboards/${dashboard.id}/edit`) },
    );
  };
  return (
    <Form formRef={form} onSubmit={submit} aria-label="New dashboard">
      <FormErrors error={create.error} fieldsShown={['name', 'description']} />
      <TextField
        label="Dashboard name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(create.error, 'name')}
        autoComplete="off"
      />
      <TextField
        label="Description"
        hint="Optional: who it is for, when it is reviewed."
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldError(create.error, 'description')}
        autoComplete="off"
      />
      <FormActions>
        <Button type="submit" variant="primary" busy={create.isPending}>
          Create and choose KPIs
        </Button>
      </FormActions>
    </Form>
  );
}
