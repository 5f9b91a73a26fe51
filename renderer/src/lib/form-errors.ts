import type { ApiError } from '../../../shared/api';

/** The API's message for one field, when the error names that field (e.g. "person.name"). */
export function fieldMessage(error: ApiError | null, field: string): string | null {
  return error && error.field === field ? error.message : null;
}

/** The API's message when it names none of the form's own fields: shown by the form's button. */
export function formMessage(error: ApiError | null, fields: readonly string[]): string | null {
  return error && !(error.field && fields.includes(error.field)) ? error.message : null;
}
