/**
 * A table saved as text (or a web page copied out) puts every cell on a line of its own: the
 * item number alone ("1.", "6.1", "5(ii)"), then the title, then maybe the pages. This joins a
 * number standing alone to the title under it, as the cells of one row ("1.\tApologies"), so
 * every format reads the same. The title's line is emptied rather than removed: line indexes
 * (the source lines shown in review) stay as they were.
 */
import type { CleanLine } from './clean-lines';

/** A number and nothing else: "1", "1.", "6.1.", "5(ii)", "5a", "(a)", "b)". "Item 5" alone is a pack's marker. */
const NUMBER_ALONE =
  /^(?:\d{1,3}(?:[a-z]|\s?\((?:[a-z]|[ivx]{2,5})\)|\.\d{1,2})?[.):]?|\((?:[a-z]|[ivx]{2,5})\)|[a-z]\))$/;

/** A title's first cell: starts with a letter (or a quote) and has a few of them. */
const TITLE_START = /^["'‘“(]?\p{L}.*\p{L}.*\p{L}/u;

export function joinNumberCells(lines: CleanLine[]): CleanLine[] {
  const out = lines.slice();
  for (let i = 0; i < out.length - 1; i++) {
    const c = out[i] as CleanLine;
    if (!NUMBER_ALONE.test(c.text)) continue;
    const next = out[i + 1] as CleanLine;
    // A cell of the next column (a PDF keeps the columns apart by tabs) is not this number's title.
    if (next.text.startsWith('\t') || !TITLE_START.test(next.text) || NUMBER_ALONE.test(next.text)) continue;
    out[i] = { ...c, text: `${c.text}\t${next.text}`, joined: next };
    out[i + 1] = { ...next, text: '' };
    i++;
  }
  return out;
}
