/**
 * An item's title as the agenda's lines give it: run into its summary on one line, or cut by a
 * wrap onto the next line, and its pieces joined back; a column of paper numbers after the titles cut.
 */
import { DANGLING_RANGE, rangeCell, rangeEnd } from './item-pages';
import { joinWrapped, tidy } from './text';
import type { ParsedItem } from './types';

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

/** "Minutes of Meeting of 17 September 2020 - 3": a title ending in a dash and a paper or page number. */
const PAPER_NUMBER = /(\S)\s+[-–—]\s+(\d{1,4})$/u;

/** "2021 - 22", "2021 - 2022": a year range, part of a title. */
function endsInYearRange(title: string): boolean {
  const m = /\b(\d{4})\s+[-–—]\s+(\d{2}|\d{4})$/.exec(title);
  return m !== null && Number(m[2]) % 100 === (Number(m[1]) + 1) % 100;
}

/**
 * A column of paper (or page) numbers written after the titles with a dash: every item from the
 * first that ends so to the last (the procedural ones before it have no papers), at least three,
 * the numbers rising. Then
 * it is no part of the titles and is cut. A year range ("Budget 2021 - 22") is never one, and a
 * title ending so alone among others never shows a column. The number is not
 * taken as the pages: the agenda does not say what it is.
 */
export function withoutPaperNumbers(items: ParsedItem[]): ParsedItem[] {
  const ends = items.map((it) => (endsInYearRange(it.title.value) ? null : PAPER_NUMBER.exec(it.title.value)));
  const numbers = ends.flatMap((m) => (m ? [Number(m[2])] : []));
  const rising = numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
  const first = ends.findIndex((m) => m !== null);
  const column = first >= 0 && ends.slice(first).every((m) => m !== null);
  if (numbers.length < 3 || !column || !rising) return items;
  return items.map((it, i) => {
    const m = ends[i];
    if (!m) return it;
    const title = it.title.value.slice(0, m.index + (m[1] ?? '').length).trim();
    return { ...it, title: { ...it.title, value: title } };
  });
}
