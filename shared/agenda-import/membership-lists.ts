/**
 * Membership written as running text: a one-line list ("Councillors: A (Chair), B and C") that a
 * PDF wraps onto the next lines, and the headings above a list ("Co-opted Members (voting on
 * education matters)"). Decides only where a list goes on and where a heading is; the names are
 * split by parse-membership.
 */
import { norm, tidy, wordCount } from './text';

const PREFIX_AT_END = /\b(?:councillors?|cllrs?)\.?$/i;
const PREFIX = /^(?:councillors?|cllrs?)\.?\s+/i;
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|revd?|reverend|canon|prof|professor|sir|dame)\.?\s+/i;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|le|la))*$/u;

/**
 * The list so far stops mid-person: after a comma or "and", inside brackets, at a hyphen
 * ("Mountjoy-", "(Vice-"), after "Cllr" or after an initial ("D" / "Jeavons").
 */
export function listDangles(text: string): boolean {
  const t = tidy(text);
  if (/(?:,|;|&|\(|-|\band)$/i.test(t) || PREFIX_AT_END.test(t)) return true;
  if ((t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length) return true;
  return /(?:^|[\s,])\p{Lu}\.?$/u.test(t);
}

/** "Mahmood, Owen Prideaux", "Gail Tovey, Cllr Nat Ward": the tail of a list of names, with a separator in it. */
export function looksLikeListTail(text: string): boolean {
  const t = tidy(text);
  if (!/[,;&]|\band\b/.test(t) || /[.:!?]$|\d|@|:/.test(t)) return false;
  const parts = t
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((p) => tidy(p).replace(PREFIX, '').replace(HONORIFIC, ''))
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => wordCount(p) <= 5 && CAPITALISED_WORDS.test(p));
}

/**
 * Whether `next` carries on a one-line list that ended with `before`. A list ending in a comma
 * or "and" goes on whatever comes next; otherwise only the line straight after it (`adjacent`:
 * no blank between) goes on, when the list stopped mid-person or the line reads as its rest.
 */
export function continuesList(before: string, next: string, adjacent: boolean): boolean {
  const b = tidy(before);
  const n = tidy(next);
  if (n === '') return false;
  if (/(?:,|\band|&|\()$/i.test(b)) return true;
  if (!adjacent) return false;
  if (listDangles(b)) return true;
  if (/^(?:[(),&]|and\b)/i.test(n)) return true;
  return looksLikeListTail(n);
}

const COOPT_HEADING =
  /^(?:co-?opted|co-?optees?|non-voting|independent (?:persons?|members?)|added members|(?:voting )?co-?opted members?)\b/;

/**
 * A heading over the co-optees, even with a note in brackets: "Co-opted Members (voting on
 * education matters)", "Co-optees:", "Non-voting co-opted members". Not a co-optee line
 * ("Co-opted member: Dr Susan Patel") nor a sentence.
 */
export function isCooptHeading(text: string): boolean {
  const t = norm(text)
    .replace(/\([^()]*\)?/g, ' ')
    .replace(/\s*:$/, '')
    .trim();
  if (t === '' || t.includes(':') || wordCount(t) > 5 || /\d|@/.test(t)) return false;
  return COOPT_HEADING.test(t);
}
