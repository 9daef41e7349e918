import type { Workspace, WorkspaceUpdate } from '@vitals/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../api/queries';
import { fetchWorkspace, updateWorkspace } from '../../api/workspace';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Form, FormActions } from '../../components/Form';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Page';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import {
  WORKSPACE_FIELDS,
  WorkspaceFields,
  type WorkspaceValues,
} from '../workspace/WorkspaceFields';

export function WorkspaceSettingsForm({ canEdit }: { canEdit: boolean }) {
  const workspace = useQuery({ queryKey: queryKeys.workspace, queryFn: fetchWorkspace });
  if (workspace.isPending) return <Loading />;
  if (workspace.isError) {
    return (
      <Alert tone="error">
        <p>{workspace.error.message}</p>
      </Alert>
    );
  }
  return <EditForm saved={workspace.data} canEdit={canEdit} />;
}

function valuesOf(workspace: Workspace): WorkspaceValues {
  const { name, timeZone, weekStartsOn, fiscalYearStartMonth, currency, locale } = workspace;
  return { name, timeZone, weekStartsOn, fiscalYearStartMonth, currency, locale };
}

/** Only the fields that differ from what is stored, so a PATCH never rewrites the rest. */
function changes(saved: WorkspaceValues, edited: WorkspaceValues): WorkspaceUpdate {
  const update: Record<string, unknown> = {};
  for (const key of WORKSPACE_FIELDS) {
    if (saved[key] !== edited[key]) update[key] = edited[key];
  }
  return update as WorkspaceUpdate;
}

function EditForm({ saved, canEdit }: { saved: Workspace; canEdit: boolean }) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => valuesOf(saved));
  const [justSaved, setJustSaved] = useState(false);
  const update = changes(valuesOf(saved), values);
  const dirty = Object.keys(update).length > 0;
  const mutation = useMutation({
    mutationFn: () => updateWorkspace(update),
    onSuccess: (workspace) => {
      client.setQueryData(queryKeys.workspace, workspace);
      setValues(valuesOf(workspace));
      void client.invalidateQueries({ queryKey: queryKeys.session });
      setJustSaved(true);
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setJustSaved(false);
    if (dirty) mutation.mutate();
  };
  return (
    <Form formRef={formRef} onSubmit={submit} aria-label="Workspace settings">
      <FormErrors error={mutation.error} fieldsShown={WORKSPACE_FIELDS} />
      <WorkspaceFields
        values={values}
        onChange={(next) => {
          setJustSaved(false);
          setValues(next);
        }}
        error={mutation.error}
        disabled={!canEdit}
      />
      {canEdit && (
        <FormActions>
          <Button type="submit" variant="primary" busy={mutation.isPending} disabled={!dirty}>
            Save settings
          </Button>
          <Button
            onClick={() => {
              mutation.reset();
              setValues(valuesOf(saved));
            }}
            disabled={!dirty}
          >
            Discard changes
          </Button>
        </FormActions>
      )}
      <LiveRegion>
        {justSaved && (
          <Alert tone="success">
            <p>Settings saved.</p>
          </Alert>
        )}
      </LiveRegion>
    </Form>
  );
}
