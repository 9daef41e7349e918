import type { ApiTokenCreated } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../api/queries';
import { createToken } from '../../api/tokens';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { FieldGroup, FieldRow, Form, FormActions } from '../../components/Form';
import { FormErrors, fieldError } from '../../components/FormErrors';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';

const EXPIRY_OPTIONS = [
  { value: '', label: 'Never' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
];

const SCOPE_OPTIONS = [
  { value: 'read', label: 'Read — view KPIs and data' },
  { value: 'write', label: 'Write — also push data points' },
];

export function CreateTokenForm({
  onCreated,
  focusOnMount = false,
}: {
  onCreated: (token: ApiTokenCreated) => void;
  /** After the new secret is dismissed, focus returns here rather than to the page's start. */
  focusOnMount?: boolean;
}) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [expiresInDays, setExpiresInDays] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      createToken({
        name,
        scope,
        expiresAt: expiresInDays
          ? new Date(Date.now() + Number(expiresInDays) * 86_400_000).toISOString()
          : null,
      }),
    onSuccess: (token) => {
      void client.invalidateQueries({ queryKey: queryKeys.tokens });
      setName('');
      onCreated(token);
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  useEffect(() => {
    if (focusOnMount) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [focusOnMount]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <Form formRef={formRef} onSubmit={submit} aria-label="Create an API token">
      <FieldGroup legend="Create a token">
        <FormErrors error={mutation.error} fieldsShown={['name', 'scope', 'expiresAt']} />
        <FieldRow>
          <TextField
            label="Token name"
            name="tokenName"
            hint="Who or what uses it, e.g. “Warehouse sync”."
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(mutation.error, 'name')}
            required
            maxLength={120}
          />
          <SelectField
            label="Access"
            name="tokenScope"
            options={SCOPE_OPTIONS}
            value={scope}
            onChange={(e) => setScope(e.target.value === 'write' ? 'write' : 'read')}
            error={fieldError(mutation.error, 'scope')}
          />
          <SelectField
            label="Expires"
            name="tokenExpiry"
            options={EXPIRY_OPTIONS}
            value={expiresInDays}
            onChange={(e) => setExpiresInDays(e.target.value)}
            error={fieldError(mutation.error, 'expiresAt')}
          />
        </FieldRow>
        <FormActions>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            Create token
          </Button>
        </FormActions>
      </FieldGroup>
    </Form>
  );
}
