import { useEffect, type RefObject } from 'react';

/** After a failed submit, moves focus to the first field marked invalid (or keeps it in place). */
export function useFocusFirstInvalid(
  form: RefObject<HTMLFormElement | null>,
  error: unknown,
): void {
  useEffect(() => {
    if (!error) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [form, error]);
}
