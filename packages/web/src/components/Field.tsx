import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { Icon } from './Icon';
import styles from './Field.module.css';

interface FieldFrame {
  label: string;
  hint?: ReactNode;
  /** The message shown next to the input, from the server's problem+json or local checks. */
  error?: string;
}

interface FrameIds {
  id: string;
  describedBy: string | undefined;
}

/** Label, hint and error around one control, wired with ids so screen readers read all three. */
function Frame({
  label,
  hint,
  error,
  children,
  idOverride,
}: FieldFrame & { children: (ids: FrameIds) => ReactNode; idOverride?: string }) {
  const generated = useId();
  const id = idOverride ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {children({ id, describedBy })}
      {error && (
        <span id={errorId} className={styles.error}>
          <Icon name="alert" />
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  id,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame label={label} hint={hint} error={error} idOverride={id}>
      {(ids) => (
        <input
          {...input}
          id={ids.id}
          className={styles.control}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
      )}
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  hint,
  error,
  id,
  options,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[] }) {
  return (
    <Frame label={label} hint={hint} error={error} idOverride={id}>
      {(ids) => (
        <select
          {...select}
          id={ids.id}
          className={styles.control}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  id,
  ...textarea
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame label={label} hint={hint} error={error} idOverride={id}>
      {(ids) => (
        <textarea
          rows={3}
          {...textarea}
          id={ids.id}
          className={`${styles.control} ${styles.textarea}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
      )}
    </Frame>
  );
}
