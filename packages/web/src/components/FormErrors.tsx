import { ApiError } from '../api/problem';
import { Alert, LiveRegion } from './Alert';

/**
 * The form-level summary of a failed submit, announced at once. Field messages sit next to their
 * inputs; this lists what no visible field can show, or says how many fields need attention.
 */
export function FormErrors({
  error,
  fieldsShown,
}: {
  error: unknown;
  /** The field keys this form shows next to inputs (e.g. `workspace/timeZone`). */
  fieldsShown: readonly string[];
}) {
  if (!error) return <LiveRegion politeness="assertive" />;
  const apiError = error instanceof ApiError ? error : null;
  const fields = apiError?.fields ?? {};
  const shown = Object.keys(fields).filter((key) => fieldsShown.includes(key));
  const other = Object.entries(fields).filter(([key]) => !fieldsShown.includes(key));
  const message =
    shown.length > 0
      ? `${shown.length === 1 ? 'One field needs' : `${shown.length} fields need`} attention.`
      : (apiError?.message ?? 'Something went wrong. Try again.');
  return (
    <LiveRegion politeness="assertive">
      <Alert tone="error">
        <strong>{message}</strong>
        {other.length > 0 && (
          <ul>
            {other.map(([key, text]) => (
              <li key={key}>
                {key}: {text}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    </LiveRegion>
  );
}

/** The message for one field, if the failed submit named it. */
export function fieldError(error: unknown, key: string): string | undefined {
  return error instanceof ApiError ? error.fields[key] : undefined;
}
