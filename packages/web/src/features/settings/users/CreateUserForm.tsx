import { USER_ROLES, type InvitationCreated, type User, type UserRole } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../../api/queries';
import { createInvitation } from '../../../api/invitations';
import { createUser } from '../../../api/users';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { FieldRow, Form, FormActions } from '../../../components/Form';
import { FormErrors, fieldError } from '../../../components/FormErrors';
import { useFocusFirstInvalid } from '../../../components/useFocusFirstInvalid';
import { addAndInvite, type AddPersonProgress } from './add-person';
import { ROLE_LABELS } from './roles';

const FIELDS = ['name', 'email', 'role'];

/** Adds a person with a role and makes their invitation link, to choose their own password. */
export function CreateUserForm({
  onCreated,
}: {
  onCreated: (user: User, invitation: InvitationCreated) => void;
}) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('viewer');
  const progress = useRef<AddPersonProgress>({});
  const mutation = useMutation({
    mutationFn: () =>
      addAndInvite({ name, email, role }, { createUser, createInvitation }, progress.current),
    // Added but without a link yet: they are listed, with "New sign-in link" beside them.
    onError: () => {
      if (progress.current.user) void client.invalidateQueries({ queryKey: queryKeys.users });
    },
    onSuccess: ({ user, invitation }) => {
      void client.invalidateQueries({ queryKey: queryKeys.users });
      void client.invalidateQueries({ queryKey: queryKeys.peopleLookup });
      onCreated(user, invitation);
      setName('');
      setEmail('');
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
      <FormActions>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          Add and invite
        </Button>
      </FormActions>
    </Form>
  );
}
