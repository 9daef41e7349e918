import { dimensionValuesSchema } from '@vitals/core';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FieldRow } from '../../components/Form';
import { makeGroup, type ColumnGroup, type GridMetric } from './grid-model';
import styles from './EnterData.module.css';

/** Adds a column for one combination of a metric's dimension values (e.g. region EU). */
export function AddColumnForm({
  metric,
  onAdd,
}: {
  metric: GridMetric;
  onAdd: (group: ColumnGroup) => void;
}) {
  const empty = () => Object.fromEntries(metric.dimensions.map((name) => [name, '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]));
    const missing = metric.dimensions.filter((name) => !trimmed[name]);
    if (missing.length > 0) {
      setError(`Give a value for ${missing.join(' and ')}`);
      return;
    }
    const checked = dimensionValuesSchema.safeParse(trimmed);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'These values cannot be used');
      return;
    }
    setError(null);
    onAdd(makeGroup(metric, checked.data));
    setValues(empty());
  };
  return (
    <form
      className={styles.addColumn}
      onSubmit={submit}
      noValidate
      aria-label={`Add a column to ${metric.name}`}
    >
      <FieldRow>
        {metric.dimensions.map((name, index) => (
          <TextField
            key={name}
            label={`${metric.name}: ${name}`}
            hint={index === 0 ? 'A column for one value of each dimension' : undefined}
            value={values[name] ?? ''}
            onChange={(e) => setValues((current) => ({ ...current, [name]: e.target.value }))}
            error={index === 0 && error ? error : undefined}
          />
        ))}
      </FieldRow>
      <div>
        <Button type="submit" size="small">
          Add column
        </Button>
      </div>
    </form>
  );
}
