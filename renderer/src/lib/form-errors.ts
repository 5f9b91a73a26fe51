import type { ApiError } from '../../../shared/api';

/** "Invalid input for workProgramme:addItem: " — the channel the service names when its schema refuses an input. */
const CHANNEL_PREFIX = /^Invalid input for \S+: /;

interface Problem {
  field: string | undefined;
  message: string;
}

/**
 * The problems an error reports, each with the field it names. A refused input lists them
 * ("Invalid input for <channel>: name: the committee needs a name; authority: the authority is
 * needed"); any other error is one problem, at the field it names.
 */
function problemsOf(error: ApiError): Problem[] {
  if (error.code !== 'INVALID_INPUT' || !CHANNEL_PREFIX.test(error.message)) return [{ field: error.field, message: error.message }];
  return error.message
    .replace(CHANNEL_PREFIX, '')
    .split('; ')
    .map((part) => {
      const m = /^([\w.]+): (.+)$/s.exec(part);
      return m ? { field: m[1], message: m[2]! } : { field: error.field, message: part };
    });
}

/** The service's words without the channel it names, for people rather than logs. */
export function plainMessage(error: ApiError): string {
  return problemsOf(error)
    .map((p) => p.message)
    .join('; ');
}

/** The API's words for one field (e.g. "person.name"), when the error names that field. */
export function fieldMessage(error: ApiError | null, field: string): string | null {
  if (!error) return null;
  const own = problemsOf(error).filter((p) => p.field === field);
  return own.length ? own.map((p) => p.message).join('; ') : null;
}

/** The API's words for what names none of the form's own fields: shown by the form's button. */
export function formMessage(error: ApiError | null, fields: readonly string[]): string | null {
  if (!error) return null;
  const rest = problemsOf(error).filter((p) => !(p.field && fields.includes(p.field)));
  return rest.length ? rest.map((p) => p.message).join('; ') : null;
}
