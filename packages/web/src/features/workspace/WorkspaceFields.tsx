import { useMemo } from 'react';
import { SelectField, TextField } from '../../components/Field';
import { fieldError } from '../../components/FormErrors';
import styles from './WorkspaceFields.module.css';
import { currencyOptions, monthOptions, timeZoneOptions, weekStartOptions } from './options';

/** The workspace settings as a form edits them. */
export interface WorkspaceValues {
  name: string;
  timeZone: string;
  weekStartsOn: number;
  fiscalYearStartMonth: number;
  currency: string;
  locale: string;
}

export const WORKSPACE_FIELDS = [
  'name',
  'timeZone',
  'weekStartsOn',
  'fiscalYearStartMonth',
  'currency',
  'locale',
] as const satisfies ReadonlyArray<keyof WorkspaceValues>;

/**
 * The workspace's name, calendar and money fields, shared by Setup and Settings. `errorPrefix` is
 * where the server's pointers put these fields (`workspace/` in setup, nothing in PATCH).
 */
export function WorkspaceFields({
  values,
  onChange,
  error,
  errorPrefix = '',
  disabled = false,
}: {
  values: WorkspaceValues;
  onChange: (values: WorkspaceValues) => void;
  error: unknown;
  errorPrefix?: string;
  disabled?: boolean;
}) {
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const currencies = useMemo(() => currencyOptions(values.currency), [values.currency]);
  const set = <K extends keyof WorkspaceValues>(key: K, value: WorkspaceValues[K]) =>
    onChange({ ...values, [key]: value });
  const err = (key: keyof WorkspaceValues) => fieldError(error, `${errorPrefix}${key}`);
  return (
    <div className={styles.grid}>
      <div className={styles.wide}>
        <TextField
          label="Workspace name"
          name="workspaceName"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={err('name')}
          required
          maxLength={120}
          disabled={disabled}
          autoComplete="organization"
        />
      </div>
      <SelectField
        label="Time zone"
        name="timeZone"
        hint="Days, weeks and months begin and end in this zone."
        options={zones}
        value={values.timeZone}
        onChange={(e) => set('timeZone', e.target.value)}
        error={err('timeZone')}
        disabled={disabled}
      />
      <SelectField
        label="Week starts on"
        name="weekStartsOn"
        hint="Weekly periods begin on this day."
        options={weekStartOptions}
        value={String(values.weekStartsOn)}
        onChange={(e) => set('weekStartsOn', Number(e.target.value))}
        error={err('weekStartsOn')}
        disabled={disabled}
      />
      <SelectField
        label="Fiscal year starts in"
        name="fiscalYearStartMonth"
        hint="Quarters and years follow it."
        options={monthOptions}
        value={String(values.fiscalYearStartMonth)}
        onChange={(e) => set('fiscalYearStartMonth', Number(e.target.value))}
        error={err('fiscalYearStartMonth')}
        disabled={disabled}
      />
      <SelectField
        label="Currency"
        name="currency"
        hint="Money KPIs show this currency unless they name their own."
        options={currencies}
        value={values.currency}
        onChange={(e) => set('currency', e.target.value)}
        error={err('currency')}
        disabled={disabled}
      />
      <TextField
        label="Number format (locale)"
        name="locale"
        hint="How numbers and dates are written, e.g. en-US or de-DE."
        value={values.locale}
        onChange={(e) => set('locale', e.target.value)}
        error={err('locale')}
        required
        maxLength={35}
        disabled={disabled}
        spellCheck={false}
      />
    </div>
  );
}
