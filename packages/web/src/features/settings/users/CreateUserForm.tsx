import { USER_ROLES, type User, type UserRole } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../../api/queries';
import { createUser } from '../../../api/users';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { FieldRow, Form, FormActions } from '../../../components/Form';
import { FormErrors, fieldError } from '../../../components/FormErrors';
import { useFocusFirstInvalid } from '../../../components/useFocusFirstInvalid';
import { ROLE_LABELS, suggestPassword } from './roles';

const FIELDS = ['name', 'email', 'role', 'password'];

/** Adds a person with a role and an initial password, handed over once with a sign-in link. */
export function CreateUserForm({
  onCreated,
}: {
  onCreated: (user: User, password: string) => void;
}) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('viewer');
  const [password, setPassword] = useState(() => suggestPassword());
  const mutation = useMutation({
    mutationFn: () => createUser({ name, email, role, password }),
    onSuccess: (user) => {
      void client.invalidateQueries({ queryKey: queryKeys.users });
      void client.invalidateQueries({ queryKey: queryKeys.peopleLookup });
      onCreated(user, password);
      setName('');
      setEmail('');
      setPassword(suggestPassword());
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <Form formRef={formRef} onSubmit={submit} aria-label="Add a person">
      <FormErrors error={mutation.error} fieldsShown={FIELDS} />
      <FieldRow>
        <TextField
          label="Name"
          name="userName"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
          autoComplete="off"
          required
        />
        <TextField
          label="Email"
          name="userEmail"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(mutation.error, 'email')}
          autoComplete="off"
          required
        />
        <SelectField
          label="Role"
          name="userRole"
          hint={ROLE_LABELS[role].description}
          options={USER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r].label }))}
          value={role}
          onChange={(e) => setRole(e.target.value as UserRole)}
          error={fieldError(mutation.error, 'role')}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          label="Initial password"
          name="userPassword"
          hint="At least 12 characters. Shown once after adding, to hand over with the sign-in link."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(mutation.error, 'password')}
          autoComplete="new-password"
          spellCheck={false}
          required
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          Add person
        </Button>
        <Button onClick={() => setPassword(suggestPassword())}>Suggest another password</Button>
      </FormActions>
    </Form>
  );
}
