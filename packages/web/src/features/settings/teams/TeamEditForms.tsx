import type { Team } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../../api/queries';
import { updateTeam } from '../../../api/teams';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { FieldRow, FormActions } from '../../../components/Form';
import { FormErrors, fieldError } from '../../../components/FormErrors';
import styles from '../Manage.module.css';
import { subtreeIds, teamPath } from './team-tree';

function useTeamUpdate(team: Team, onDone: (message: string) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: { name?: string; parentId?: string | null }) =>
      updateTeam(team.id, update),
    onSuccess: (updated, update) => {
      void client.invalidateQueries({ queryKey: queryKeys.teams });
      void client.invalidateQueries({ queryKey: queryKeys.teamLookup });
      onDone(
        update.name !== undefined
          ? `“${team.name}” is now “${updated.name}”.`
          : `“${updated.name}” moved.`,
      );
    },
  });
}

function useFocusOnMount() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('input, select')?.focus(), []);
  return ref;
}

export function RenameTeamForm({
  team,
  onDone,
  onCancel,
}: {
  team: Team;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(team.name);
  const mutation = useTeamUpdate(team, onDone);
  const ref = useFocusOnMount();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ name });
  };
  return (
    <form
      ref={ref}
      className={styles.inlineForm}
      onSubmit={submit}
      noValidate
      aria-label={`Rename ${team.name}`}
    >
      <FormErrors error={mutation.error} fieldsShown={['name']} />
      <TextField
        label="New name"
        name="renameTeam"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(mutation.error, 'name')}
      />
      <FormActions>
        <Button type="submit" size="small" variant="primary" busy={mutation.isPending}>
          Rename
        </Button>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}

export function MoveTeamForm({
  team,
  teams,
  onDone,
  onCancel,
}: {
  team: Team;
  teams: readonly Team[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [parentId, setParentId] = useState(team.parentId ?? '');
  const mutation = useTeamUpdate(team, onDone);
  const ref = useFocusOnMount();
  const blocked = subtreeIds(team.id, teams);
  const choices = teams.filter((t) => !t.archivedAt && !blocked.has(t.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ parentId: parentId || null });
  };
  return (
    <form
      ref={ref}
      className={styles.inlineForm}
      onSubmit={submit}
      noValidate
      aria-label={`Move ${team.name}`}
    >
      <FormErrors error={mutation.error} fieldsShown={['parentId']} />
      <FieldRow>
        <SelectField
          label="Move under"
          name="moveTeam"
          hint="A team cannot move under itself or its own sub-teams"
          options={[
            { value: '', label: 'Nothing (top of the tree)' },
            ...choices.map((t) => ({ value: t.id, label: teamPath(t.id, teams) })),
          ]}
          value={parentId}
          onChange={(e) => setParentId(e.target.value)}
          error={fieldError(mutation.error, 'parentId')}
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" size="small" variant="primary" busy={mutation.isPending}>
          Move
        </Button>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
