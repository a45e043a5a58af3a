import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { fieldErrorsFrom } from '../errors/apiError';
import type { Language } from '../i18n/languages';

/**
 * Marks the form fields the API rejected (BAD_REQUEST fieldIssues) and says whether any was marked,
 * so the caller can show the remaining error as a whole-form alert.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, language?: Language): boolean {
  const errors = fieldErrorsFrom(error, language);
  for (const [path, message] of Object.entries(errors)) {
    setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: true });
  }
  return Object.keys(errors).length > 0;
}
