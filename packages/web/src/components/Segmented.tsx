import { useId } from 'react';
import styles from './Segmented.module.css';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A small set of exclusive choices (group by, grain) as native radio buttons: arrow keys move
 * between them, and screen readers hear a labelled group.
 */
export function Segmented<T extends string>({
  legend,
  value,
  options,
  onChange,
  stacked = false,
}: {
  legend: string;
  value: T;
  options: readonly SegmentOption<T>[];
  onChange: (value: T) => void;
  /** One choice under the other, for long labels. */
  stacked?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={`${styles.options} ${stacked ? styles.stacked : ''}`}>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className={styles.input}
            />
            <span className={styles.text}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
