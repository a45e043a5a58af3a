import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { fieldErrorsFrom } from '../errors/apiError';
import type { Language } from '../i18n/languages';

/**
 * Marks the form fields the API rejected (BAD_REQUEST fieldIssues) and says whether any was marked,
 * so the caller can show the remaining error as a whole-form alert. A form that edits part of the
 * input (a workflow step's `payload`) names that part as `within`.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, language?: Language, within?: string): boolean {
  const errors = Object.entries(fieldErrorsFrom(error, language)).flatMap(([path, message]) =>
    !within ? [[path, message] as const] : path.startsWith(`${within}.`) ? [[path.slice(within.length + 1), message] as const] : [],
  );
  for (const [path, message] of errors) {
    setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: true });
  }
  return errors.length > 0;
}
