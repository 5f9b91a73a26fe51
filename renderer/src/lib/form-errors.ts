import type { ApiError } from '$shared/api';

/** "Invalid input for workProgramme:addItem: " — the channel the service names when its schema refuses an input. */
const CHANNEL_PREFIX = /^Invalid input for \S+: /;

export interface Problem {
  field: string | undefined;
  message: string;
}

/**
 * Schema words that are the library's rather than the app's ("Too small: expected number to be
 * >=1"), and the date a picker shows as dd/mm/yyyy but the service names YYYY-MM-DD: the words a
 * coordinator is shown instead. A schema that says what it means keeps its own words.
 */
const PLAIN_WORDS: [RegExp, (...groups: string[]) => string][] = [
  [/^a date is written YYYY-MM-DD$/, () => 'Enter a date'],
  [/^a time is written HH:MM \(24-hour\)$/, () => 'Enter a time'],
  [/^Invalid input: expected int, received number$/, () => 'Enter a whole number'],
  [/^Invalid input: expected number, received \w+$/, () => 'Enter a number'],
  [/^Invalid input: expected string, received (undefined|null)$/, () => 'Fill this in'],
  [/^Too small: expected string to have >=1 characters?$/, () => 'Fill this in'],
  [/^Too big: expected string to have <=(\d+) characters?$/, (n) => `This is too long: ${n} characters at most`],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (n) => `Enter ${n} or more`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (n) => `Enter ${n} or less`],
  [/^Too big: expected array to have <=(\d+) items?$/, (n) => `There can be ${n} at most`],
];

/** A schema's message in a coordinator's words (see PLAIN_WORDS); any other message as it is. */
export function plainWords(message: string): string {
  for (const [pattern, words] of PLAIN_WORDS) {
    const m = pattern.exec(message);
    if (m) return words(...m.slice(1));
  }
  return message;
}

/**
 * The problems an error reports, each with the field it names. A refused input lists them
 * ("Invalid input for <channel>: name: the committee needs a name; authority: the authority is
 * needed"); any other error is one problem, at the field it names.
 */
export function problemsOf(error: ApiError): Problem[] {
  if (error.code !== 'INVALID_INPUT' || !CHANNEL_PREFIX.test(error.message))
    return [{ field: error.field, message: plainWords(error.message) }];
  const problems = error.message
    .replace(CHANNEL_PREFIX, '')
    .split('; ')
    .map((part) => {
      const m = /^([\w.]+): (.+)$/s.exec(part);
      return m ? { field: m[1], message: plainWords(m[2]!) } : { field: error.field, message: plainWords(part) };
    });
  // Each problem once; an emptied date is "Enter a date", not that as well as "no such date".
  return problems.filter(
    (p, i) =>
      problems.findIndex((q) => q.field === p.field && q.message === p.message) === i &&
      !(p.message === 'no such date' && problems.some((q) => q.field === p.field && q.message === 'Enter a date')),
  );
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
