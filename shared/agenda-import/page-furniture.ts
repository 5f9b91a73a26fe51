/**
 * Page furniture a conversion leaves among the agenda's lines: a continuation page's running
 * header (the document's opening line again) with the page number beside it, and "Agenda
 * (continued)". Read as text they would be an item ("1" + the header reads as item 1 of another
 * document) or its summary. The furniture's lines are emptied, not removed, so line indexes
 * (the source lines shown in review) stay as they were.
 */
import type { CleanLine } from './clean-lines';
import { nonEmptyCells, norm } from './text';

/** How many of the document's first lines can be a running header. */
const HEADER_LINES = 3;

/** A page number alone: "1", "- 2 -", "Page 3", "3 of 12". */
function isPageNumber(text: string): boolean {
  const parts = nonEmptyCells(text);
  return parts.length === 1 && /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s+of\s+\d{1,4})?$/i.test(parts[0] ?? '');
}

/** "Agenda (continued)", "Items (cont'd)": a heading carried over to the next page. */
export function isContinuationHeading(text: string): boolean {
  return /^(agenda|agenda items|items|business|membership)\s*[-–(]?\s*(continued|cont'?d\.?)\s*\)?\.?$/.test(
    norm(text),
  );
}

/**
 * Empties each later copy of one of the document's opening lines that has a page number right
 * beside it (above or below), and that page number: a continuation page's header and foot.
 */
export function blankPageFurniture(lines: CleanLine[]): CleanLine[] {
  const opening = new Set<string>();
  for (const c of lines) {
    if (opening.size >= HEADER_LINES) break;
    const t = norm(c.text);
    // Only a line with words in it can be told from an agenda's own text.
    if (t !== '' && (t.match(/\p{L}/gu) ?? []).length >= 10) opening.add(t);
    else if (t !== '') break;
  }
  if (opening.size === 0) return lines;
  const out = lines.slice();
  const firstLine = out.findIndex((c) => opening.has(norm(c.text)));
  // From each page number (few, and quick to spot) to the header beside it.
  for (let k = firstLine + 1; k < out.length; k++) {
    const c = out[k] as CleanLine;
    if (c.text.length > 20 || !/\d/.test(c.text) || !isPageNumber(c.text)) continue;
    const headerAt = [k - 1, k + 1].find((j) => j > firstLine && opening.has(norm(out[j]?.text ?? '')));
    if (headerAt === undefined) continue;
    out[headerAt] = { ...(out[headerAt] as CleanLine), text: '' };
    out[k] = { ...c, text: '' };
  }
  return out;
}
