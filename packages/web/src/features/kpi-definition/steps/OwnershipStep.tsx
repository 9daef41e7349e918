import { KPI_LEVELS, type KpiTypeTags } from '@vitals/core';
import { SelectField } from '../../../components/Field';
import { FieldRow } from '../../../components/Form';
import { LEVEL_LABELS, TAG_LABELS, options } from '../labels';
import type { StepProps } from '../wizard-types';

export function OwnershipStep({ draft, update, errorOf, context }: StepProps) {
  const people = context.people.filter((p) => !p.archivedAt || p.id === draft.ownerId);
  const teams = context.teams.filter((t) => !t.archivedAt || t.id === draft.teamId);
  const setTag = <K extends keyof KpiTypeTags>(tag: K, value: KpiTypeTags[K]) =>
    update({ typeTags: { ...draft.typeTags, [tag]: value } }, `typeTags/${tag}`);
  return (
    <>
      <FieldRow>
        <SelectField
          label="Owner"
          name="ownerId"
          hint="One person answers for it; a viewer who owns a KPI may enter its data and check in"
          options={[
            { value: '', label: 'Nobody yet' },
            ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
          ]}
          value={draft.ownerId}
          onChange={(e) => update({ ownerId: e.target.value }, 'ownerId')}
          error={errorOf('ownerId')}
        />
        <SelectField
          label="Team"
          name="teamId"
          options={[
            { value: '', label: 'No team' },
            ...teams.map((t) => ({ value: t.id, label: t.name })),
          ]}
          value={draft.teamId}
          onChange={(e) => update({ teamId: e.target.value }, 'teamId')}
          error={errorOf('teamId')}
        />
        <SelectField
          label="Level"
          name="level"
          hint="Where it is steered"
          options={KPI_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
          value={draft.level}
          onChange={(e) => update({ level: e.target.value as typeof draft.level }, 'level')}
          error={errorOf('level')}
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          label={TAG_LABELS.scope.legend}
          name="scope"
          options={options(TAG_LABELS.scope.options)}
          value={draft.typeTags.scope}
          onChange={(e) => setTag('scope', e.target.value as KpiTypeTags['scope'])}
          error={errorOf('typeTags/scope')}
        />
        <SelectField
          label={TAG_LABELS.timing.legend}
          name="timing"
          options={options(TAG_LABELS.timing.options)}
          value={draft.typeTags.timing}
          onChange={(e) => setTag('timing', e.target.value as KpiTypeTags['timing'])}
          error={errorOf('typeTags/timing')}
        />
        <SelectField
          label={TAG_LABELS.nature.legend}
          name="nature"
          options={options(TAG_LABELS.nature.options)}
          value={draft.typeTags.nature}
          onChange={(e) => setTag('nature', e.target.value as KpiTypeTags['nature'])}
          error={errorOf('typeTags/nature')}
        />
      </FieldRow>
    </>
  );
}
