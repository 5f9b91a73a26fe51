import { z } from 'zod';
import { removeXmlIllegal } from './xml-chars';

export { hasXmlIllegal, removeXmlIllegal } from './xml-chars';

/** Random ids: UUID v4 from the platform's Web Crypto (Node 20+ and every browser). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');

/** A calendar date, "2016-09-19". */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'no such date');

/** A wall-clock time in Europe/London on the meeting's date, 24-hour "19:00". */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM (24-hour)');

/** An instant, ISO 8601 with zone ("2016-09-19T18:00:00.000Z"), for audit stamps. */
export const Timestamp = z.string().datetime({ offset: true });

/**
 * Any text a person or a file gives: the characters a Word file cannot hold (controls, lone
 * surrogates, U+FFFE, U+FFFF and the other noncharacters) are removed as it is parsed, before any
 * length or emptiness check, the rest kept. Every text type below starts from it; parsing twice
 * changes nothing more, as the store re-parses what it is given.
 */
export const CleanText = z.string().overwrite(removeXmlIllegal);

export const ShortText = CleanText.max(500);

/**
 * A name or other required text as typed in: spaces around it trimmed, and refused when nothing
 * is left. For input schemas only: stored files keep ShortText, so data saved before this rule
 * still reads (a stricter rule refuses new input, never old files).
 */
export const RequiredText = (message: string) => CleanText.trim().min(1, message).max(500);

/** A name as typed in, trimmed; may be empty. */
export const TrimmedText = CleanText.trim().max(500);

/** What two names share when they are "the same" ignoring case and spaces: "Ann  Smith" = "ann smith" = "AnnSmith". */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, '').toLocaleLowerCase('en-GB');
}

/** Each name once, the first spelling kept, ignoring case and spaces (for lists that key by name). */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = nameKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The index of the first earlier entry each entry repeats (ignoring case and spaces), for those that do. */
export function repeatedNames(names: readonly string[]): { index: number; first: number }[] {
  const firstAt = new Map<string, number>();
  const repeats: { index: number; first: number }[] = [];
  names.forEach((n, index) => {
    const key = nameKey(n);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, index);
    else repeats.push({ index, first });
  });
  return repeats;
}
export const LongText = CleanText.max(100_000);

export const Contact = z.object({
  name: ShortText,
  title: ShortText.default(''),
  team: ShortText.default(''),
  phone: ShortText.default(''),
  email: ShortText.default(''),
});
export type Contact = z.infer<typeof Contact>;

export const EMAIL_MESSAGE = 'Enter an e-mail address like name@council.gov.uk';
export const PHONE_MESSAGE = 'A telephone number has digits, spaces and + ( ) - only';

/** An e-mail address as it is typed for a contact: one @, no spaces, a dot in the domain; empty means none. */
export const ContactEmail = ShortText.trim().refine(
  (s) => s === '' || /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s),
  EMAIL_MESSAGE,
);
/** A telephone number: digits, spaces and + ( ) -, with at least one digit; empty means none. */
export const ContactPhone = ShortText.trim().refine(
  (s) => s === '' || (/^[\d\s+()-]+$/.test(s) && /\d/.test(s)),
  PHONE_MESSAGE,
);

/**
 * A contact as the services accept it from the coordinator: the telephone and e-mail are
 * checked. Stored files are read with Contact (unchecked), so a contact saved before the check
 * still opens; only new input is refused.
 */
export const ContactInput = Contact.extend({
  phone: ContactPhone.default(''),
  email: ContactEmail.default(''),
});
