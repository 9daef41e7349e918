import { GRAINS, type Grain } from '@vitals/core';
import { useWorkspaceCalendar } from '../../app/calendar';
import { SelectField, TextField } from '../../components/Field';
import { fieldError } from '../../components/FormErrors';
import { grainWord } from '../../format/period';
import { PERIOD_OPTIONS, type PeriodKind } from './dashboard-settings';
import { withRangeKeys, type PeriodDraft } from './period-form';

const GRAIN_OPTIONS = GRAINS.map((grain) => ({ value: grain, label: `${grainWord(grain)}s` }));

/** The period setting: a single period, the last N periods of a grain, or a fixed range. */
export function PeriodFields({
  draft,
  onChange,
  error,
}: {
  draft: PeriodDraft;
  onChange: (draft: PeriodDraft) => void;
  error: unknown;
}) {
  const calendar = useWorkspaceCalendar();
  const set = (patch: Partial<PeriodDraft>) =>
    onChange(withRangeKeys({ ...draft, ...patch }, calendar, new Date()));
  const example = calendar.periodAt(new Date(), draft.grain).key;
  const grainField = (
    <SelectField
      label={draft.kind === 'last' ? 'Of' : 'Periods of'}
      value={draft.grain}
      onChange={(e) => {
        // Keys of another grain would not fit: a custom range starts again from its defaults.
        const grain = e.target.value as Grain;
        set(draft.kind === 'custom' ? { grain, from: '', to: '' } : { grain });
      }}
      options={GRAIN_OPTIONS}
      error={fieldError(error, 'period/grain')}
    />
  );
  return (
    <>
      <SelectField
        label="Period"
        hint="The period each card's value, target and status are for."
        value={draft.kind}
        onChange={(e) => set({ kind: e.target.value as PeriodKind })}
        options={PERIOD_OPTIONS}
        error={fieldError(error, 'period') ?? fieldError(error, 'period/kind')}
      />
      {draft.kind === 'last' && (
        <>
          <TextField
            label="How many"
            hint="1 to 36 periods, measured as one."
            type="number"
            inputMode="numeric"
            min={1}
            max={36}
            value={draft.n}
            onChange={(e) => set({ n: e.target.value })}
            error={fieldError(error, 'period/n')}
          />
          {grainField}
          <label>
            <input
              type="checkbox"
              checked={draft.includeRunning}
              onChange={(e) => set({ includeRunning: e.target.checked })}
            />{' '}
            End with the running {grainWord(draft.grain)} (to date)
          </label>
        </>
      )}
      {draft.kind === 'custom' && (
        <>
          {grainField}
          <TextField
            label="From"
            hint={`The first ${grainWord(draft.grain)}, a key such as ${example}.`}
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
            error={fieldError(error, 'period/from')}
            autoComplete="off"
          />
          <TextField
            label="To"
            hint={`The last ${grainWord(draft.grain)}, included.`}
            value={draft.to}
            onChange={(e) => set({ to: e.target.value })}
            error={fieldError(error, 'period/to')}
            autoComplete="off"
          />
        </>
      )}
    </>
  );
}
