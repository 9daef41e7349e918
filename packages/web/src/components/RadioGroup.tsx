import { useId, type ReactNode } from 'react';
import { Icon } from './Icon';
import styles from './RadioGroup.module.css';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  /** A line or two under the label: what choosing it means. */
  description?: ReactNode;
  disabled?: boolean;
}

/** A set of radio buttons in a fieldset, each with a label and an optional explanation. */
export function RadioGroup<V extends string>({
  legend,
  hint,
  name,
  value,
  options,
  onChange,
  error,
  disabled = false,
  columns = false,
}: {
  legend: string;
  hint?: ReactNode;
  name: string;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  error?: string;
  disabled?: boolean;
  /** Lay short options out side by side. */
  columns?: boolean;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={styles.group}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      disabled={disabled}
    >
      <legend className={styles.legend}>{legend}</legend>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      <div className={columns ? styles.columns : styles.options}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div
              key={option.value}
              className={`${styles.option} ${option.value === value ? styles.checked : ''}`}
            >
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={option.value === value}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
                aria-describedby={option.description ? `${optionId}-description` : undefined}
                aria-invalid={error ? true : undefined}
              />
              <div>
                <label htmlFor={optionId} className={styles.label}>
                  {option.label}
                </label>
                {option.description && (
                  <div id={`${optionId}-description`} className={styles.description}>
                    {option.description}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
      {error && (
        <span id={errorId} className={styles.error}>
          <Icon name="alert" />
          {error}
        </span>
      )}
    </fieldset>
  );
}
