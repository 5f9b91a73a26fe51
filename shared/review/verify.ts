// A meeting file checked against a published copy of its approved minutes (the pack copy, as
// Word or PDF). The seal in the file is keyless: someone with the file can change the minutes and
// recompute every fingerprint with Scrutineer's own functions, and the file alone still reads as
// sealed. What they cannot change is what was already published. The pack copy prints the record
// number (record-seal.ts recordNumber) in its footer; this compares it with the number the file's
// records give now, and the published text with the minutes the file holds now, and says plainly
// whether they match.
import type { Meeting } from '../domain';
import { findRecordNumbers, recordLine, recordNumber } from './record-seal';
import { checkSeal } from './seal';

export type TextComparison =
  | { compared: true; same: true }
  /** paragraph: 1-based, of the minutes as the file holds them; found: the published words at that place. */
  | { compared: true; same: false; paragraph: number; expected: string; found: string }
  | { compared: false; why: string };

export interface VerifyReport {
  /** match: the record number and the text agree; mismatch: either differs; no-record: the copy prints no record number. */
  verdict: 'match' | 'mismatch' | 'no-record';
  /** The record number the file's records give now, and what the published copy prints. */
  record: { expected: string; printed: string[]; same: boolean };
  text: TextComparison;
  /** The file's own seal, in words: sealed, or how it was found tampered with. */
  seal: string;
  /** One plain sentence: do they match. */
  summary: string;
  /** Further lines, each a plain sentence. */
  details: string[];
}

/** What is not part of the minutes in a published copy: its page header and footer. */
function isFurniture(line: string, footer: string): boolean {
  const l = line.trim();
  return (
    l === '' ||
    l === footer.trim() ||
    /^Page\s+\d+\b/.test(l) ||
    /^Agenda Item\s+\S+$/.test(l) ||
    /^Record\s+[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/.test(l)
  );
}

/** List numbers and bullets: Word numbers them itself, and a reader may or may not keep them. */
const LIST_MARK = /^(\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|[•·▪◦‣‒–—-])$/i;

function words(line: string): string[] {
  return line
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .split(/\s+/)
    .filter((w) => w !== '' && !LIST_MARK.test(w));
}

/** `all` without every run of `run` (a footer a PDF breaks over two lines, on every page). */
function withoutRuns(all: string[], run: string[]): string[] {
  if (run.length === 0) return all;
  const out: string[] = [];
  for (let i = 0; i < all.length;) {
    if (run.every((w, k) => all[i + k] === w)) i += run.length;
    else out.push(all[i++]!);
  }
  return out;
}

/**
 * Compares the minutes' paragraphs, as the file holds them now, with the text of a published
 * copy (its lines as read). Page furniture does not count, nor does where a line breaks or
 * whether a reader kept list numbers: the text is compared without its spaces, so "Wright-" at
 * the end of a PDF line and "Turner" on the next are "Wright-Turner". Reports the first paragraph
 * that differs, and what the published copy has at that place.
 */
export function compareText(
  expectedParagraphs: readonly string[],
  publishedLines: readonly string[],
  footer: string,
): TextComparison {
  const paragraphs = expectedParagraphs
    .filter((p) => !isFurniture(p, footer))
    .map(words)
    .filter((w) => w.length > 0);
  const published = withoutRuns(publishedLines.filter((l) => !isFurniture(l, footer)).flatMap(words), words(footer));
  const starts: number[] = [];
  let stream = '';
  for (const w of published) {
    starts.push(stream.length);
    stream += w;
  }
  const wordAt = (offset: number) => {
    const i = starts.findIndex((start) => start >= offset);
    return i < 0 ? published.length : i;
  };
  let at = 0;
  for (const [i, para] of paragraphs.entries()) {
    const joined = para.join('');
    if (!stream.startsWith(joined, at)) {
      const from = wordAt(at);
      return {
        compared: true,
        same: false,
        paragraph: i + 1,
        expected: para.join(' '),
        found: published.slice(from, from + para.length + 5).join(' '),
      };
    }
    at += joined.length;
  }
  if (at < stream.length) {
    const from = wordAt(at);
    return {
      compared: true,
      same: false,
      paragraph: paragraphs.length + 1,
      expected: '(the end of the minutes)',
      found: published.slice(from, from + 30).join(' '),
    };
  }
  return { compared: true, same: true };
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The verdict on a meeting file against a published copy: `publishedText` is everything the copy
 * prints (footers included), `text` the comparison of the minutes' text (compareText).
 */
export function verifyAgainstPublished(meeting: Meeting, publishedText: string, text: TextComparison): VerifyReport {
  const expected = recordNumber(meeting);
  if (!expected) throw new Error('verifyAgainstPublished takes approved minutes');
  const printed = findRecordNumbers(publishedText);
  const same = printed.length > 0 && printed.every((p) => p === expected);
  const sealCheck = checkSeal(meeting);
  const seal = sealCheck.ok
    ? 'By itself, the meeting file reads as sealed: its content and records match their fingerprints. That shows no accidental or casual change; it cannot show that someone did not recompute the fingerprints, which is what this comparison is for.'
    : `By itself, the meeting file is TAMPERED: it ${sealCheck.message}.`;
  const details: string[] = [];
  if (printed.length === 0)
    details.push(
      `The published copy prints no record number (the file's records give ${recordLine(expected)}). It may be a draft, or a copy made before record numbers were printed; only its text was compared.`,
    );
  else if (same)
    details.push(
      `The published copy prints ${recordLine(expected)}, the number the file's record of approval and amendments gives.`,
    );
  else
    details.push(
      `The published copy prints ${printed.map(recordLine).join(' and ')}; the file's record of approval and amendments gives ${recordLine(expected)}. The record in the file is not the one that was published.`,
    );
  if (text.compared && text.same)
    details.push('The text of the published minutes is the same as the minutes in the file.');
  else if (text.compared) {
    details.push(`The text differs from paragraph ${text.paragraph} of the minutes in the file.`);
    details.push(`The file has: ${clip(text.expected)}`);
    details.push(`The published copy has: ${clip(text.found) || '(nothing more)'}`);
  } else details.push(`The text was not compared: ${text.why}`);
  details.push(seal);
  const textSame = text.compared ? text.same : true;
  const verdict =
    printed.length === 0
      ? textSame && text.compared
        ? 'no-record'
        : 'mismatch'
      : same && textSame
        ? 'match'
        : 'mismatch';
  const summary =
    verdict === 'match'
      ? 'MATCH: the meeting file holds the minutes that were published (the same record number and the same text).'
      : verdict === 'no-record'
        ? 'NO RECORD NUMBER: the published copy prints none, so the record cannot be checked; its text is the same as the minutes in the file.'
        : 'MISMATCH: the meeting file does not hold the minutes that were published. The published copy is the one to trust; the file was changed after publication, or is of other minutes.';
  return { verdict, record: { expected, printed, same }, text, seal, summary, details };
}
