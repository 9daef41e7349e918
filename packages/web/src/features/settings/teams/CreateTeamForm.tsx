import { TEAM_LEVELS, type Team, type TeamLevel } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../../api/queries';
import { createTeam } from '../../../api/teams';
import { Alert, LiveRegion } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { FieldRow, Form, FormActions } from '../../../components/Form';
import { FormErrors, fieldError } from '../../../components/FormErrors';
import { useFocusFirstInvalid } from '../../../components/useFocusFirstInvalid';
import { teamPath } from './team-tree';

export const LEVEL_LABELS: Record<TeamLevel, string> = {
  company: 'Company',
  department: 'Department',
  team: 'Team',
};

const FIELDS = ['name', 'level', 'parentId'];

/** A new company, department or team, under a parent or at the top. */
export function CreateTeamForm({ teams }: { teams: readonly Team[] }) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const active = teams.filter((t) => !t.archivedAt);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<TeamLevel>(active.length === 0 ? 'company' : 'team');
  const [parentId, setParentId] = useState(active.find((t) => t.parentId === null)?.id ?? '');
  const [created, setCreated] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => createTeam({ name, level, parentId: parentId || null }),
    onSuccess: (team) => {
      setCreated(team.name);
      setName('');
      void client.invalidateQueries({ queryKey: queryKeys.teams });
      void client.invalidateQueries({ queryKey: queryKeys.teamLookup });
    },
  });
  useFocusFirstInvalid(formRef, mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    mutation.mutate();
  };
  return (
    <Form formRef={formRef} onSubmit={submit} aria-label="Create a team">
      <FormErrors error={mutation.error} fieldsShown={FIELDS} />
      <FieldRow>
        <TextField
          label="Team name"
          name="teamName"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
          required
        />
        <SelectField
          label="Level"
          name="teamLevel"
          options={TEAM_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
          value={level}
          onChange={(e) => setLevel(e.target.value as TeamLevel)}
          error={fieldError(mutation.error, 'level')}
        />
        <SelectField
          label="Part of"
          name="teamParent"
          options={[
            { value: '', label: 'Nothing (top of the tree)' },
            ...active.map((t) => ({ value: t.id, label: teamPath(t.id, teams) })),
          ]}
          value={parentId}
          onChange={(e) => setParentId(e.target.value)}
          error={fieldError(mutation.error, 'parentId')}
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          Create team
        </Button>
      </FormActions>
      <LiveRegion>
        {created && (
          <Alert tone="success">
            <p>Team “{created}” created.</p>
          </Alert>
        )}
      </LiveRegion>
    </Form>
  );
}
