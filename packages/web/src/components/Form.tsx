import type { FormHTMLAttributes, ReactNode, Ref } from 'react';
import styles from './Form.module.css';

/** A form laid out as the app's forms are; `noValidate` so our messages, not the browser's, show. */
export function Form({
  formRef,
  children,
  ...rest
}: FormHTMLAttributes<HTMLFormElement> & { formRef?: Ref<HTMLFormElement> }) {
  return (
    <form {...rest} ref={formRef} className={styles.form} noValidate>
      {children}
    </form>
  );
}

export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}

export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}
