/**
 * An item's page range as an agenda prints it: a cell of its own ("9 - 30", "Page 7"), inside the
 * title or summary ("(Pages 9 - 30)"), or cut in two where a line wraps ("(Pages 37 -" then "58)").
 * Also the pack's page stamps ("Page 1" alone on a line), which are not an item's pages.
 */
import type { ParsedPages } from './types';
import { nonEmptyCells, tidy } from './text';

const RANGE_CELL = /^(?:pages?\s*)?(\d{1,4})\s*(?:-|–|—|to)\s*(\d{1,4})$/i;
const PAGE_CELL = /^pages?\s*(\d{1,4})$/i;
export const DANGLING_RANGE = /^(?:pages?\s*)?(\d{1,4})\s*(?:-|–|—|to)$/i;
export const PAGES_IN_TEXT = /\(?\s*\bpages?\s+(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?\s*\)?/i;
export const TRAILING_RANGE = /\s(\d{1,4})\s+[-–—]\s+(\d{1,4})$/;
/** "(Pages 37 -" at the end of a title: the range goes on on the next line. */
const DANGLING_IN_TEXT = /\s*\(?\s*\bpages?\s+(\d{1,4})\s*(?:-|–|—|to)\s*$/i;
/** The end of a range cut by a wrap: "58)", "58". */
const RANGE_END = /^(\d{1,4})\)?$/;

export function pagesOf(from: number, to: number): ParsedPages | null {
  return from >= 1 && to >= from && to - from < 2000 ? { from, to } : null;
}

export function rangeCell(cell: string): ParsedPages | null {
  const r = RANGE_CELL.exec(cell);
  if (r) return pagesOf(Number(r[1]), Number(r[2]));
  const p = PAGE_CELL.exec(cell);
  return p ? pagesOf(Number(p[1]), Number(p[1])) : null;
}

/** "(Pages 9 - 30)" anywhere in a text: the pages, and the text without them. */
export function pagesInText(text: string): { pages: ParsedPages | null; rest: string } {
  const m = PAGES_IN_TEXT.exec(text);
  if (!m) return { pages: null, rest: text };
  const pages = pagesOf(Number(m[1]), Number(m[2] ?? m[1]));
  if (!pages) return { pages: null, rest: text };
  return { pages, rest: tidy(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)) };
}

/** "Title (Pages 37 -": the first page of a range the next line ends, and the text before it. */
export function danglingInText(text: string): { from: number; rest: string } | null {
  const m = DANGLING_IN_TEXT.exec(text);
  return m && m.index > 0 ? { from: Number(m[1]), rest: text.slice(0, m.index) } : null;
}

/** The end page of a cut range, from the last of a line's cells ("58)"); null if it is not one. */
export function rangeEnd(cell: string | undefined): number | null {
  const m = RANGE_END.exec(cell ?? '');
  return m ? Number(m[1]) : null;
}

/** "Page 7" alone on a line (any indent): an item's page or a page stamp; its number, else null. */
export function lonePage(text: string): number | null {
  const parts = nonEmptyCells(text);
  const m = parts.length === 1 ? PAGE_CELL.exec(parts[0] ?? '') : null;
  return m ? Number(m[1]) : null;
}

/** "Page 3 of 12", "3 of 12": always a page's foot, never an item's pages. */
export function isPageOfPages(text: string): boolean {
  const parts = nonEmptyCells(text);
  return parts.length === 1 && /^(page\s+)?\d{1,4}\s+of\s+\d{1,4}$/i.test(parts[0] ?? '');
}
