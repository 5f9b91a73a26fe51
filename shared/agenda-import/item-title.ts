/**
 * An item's title as the agenda's lines give it: run into its summary on one line, or cut by a
 * wrap onto the next line, and its pieces joined back.
 */
import { DANGLING_RANGE, rangeCell, rangeEnd } from './item-pages';
import { joinWrapped, tidy } from './text';

/** "MINUTES To approve the minutes of ...": a capitals title run into its summary (a PDF lost the gap). */
export function splitCapsTitle(text: string): [string, string] | null {
  const m = /^([^a-z]*?[A-Z][^a-z]*?)\s+([A-Z][a-z][\s\S]*)$/.exec(text);
  if (!m || (m[1] ?? '').replace(/[^A-Z]/g, '').length < 2) return null;
  if ((m[2] ?? '').split(/\s+/).length < 3) return null;
  if (/[-–—:/]$/.test(m[1] ?? '')) return null; // "24/00130/LBC - The Old Forge": the dash joins one title
  // "GP Access in Oldcastle", "UTT/23/2874/HHF - 4 Ford Lane": a title; the summary starts as a sentence does.
  if (
    !/^(To|The|This|That|A|An|Members|Any|Councillors?|Report|Note|Please|Further|Following|Update|Receive|Consider)\b/.test(
      m[2] ?? '',
    )
  )
    return null;
  return [m[1] ?? '', m[2] ?? ''];
}

/**
 * A title a line wrap cut: it ends in a word's hyphen ("2023-"), or a joining word ("Report of
 * the"), or the next line starts in lower case ("consultation"), which no summary sentence does.
 */
export function wrapsOn(title: string, next: string): boolean {
  if (rangeCell(next) !== null || DANGLING_RANGE.test(next)) return false;
  if (/[\p{L}\d]-$/u.test(title)) return true;
  return (
    rangeEnd(next) === null &&
    (/^\p{Ll}/u.test(next) || /\s(and|or|of|the|for|to|in|on|with|by|from|at|&)$/i.test(title))
  );
}

/** The title's pieces joined: a word's hyphen at a wrap kept ("2023-" "24"), a closing dash or stop dropped. */
export function titleOf(pieces: string[]): string {
  const trimEnd = (p: string) => p.replace(/\s*[-–—.:;,]$/, '');
  const cut = (p: string) => /[\p{L}\d]-$/u.test(p.trim());
  const kept = pieces.map((p, i) => (i > 0 || (pieces.length > 1 && cut(p)) ? p : trimEnd(p)));
  return trimEnd(tidy(joinWrapped(kept)));
}
