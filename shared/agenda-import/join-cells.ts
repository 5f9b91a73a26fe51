/**
 * A table saved as text (or a web page copied out) puts every cell on a line of its own: the
 * item number alone ("1.", "6.1", "5(ii)"), then the title, then maybe the pages. This joins a
 * number standing alone to the title under it, as the cells of one row ("1.\tApologies"), so
 * every format reads the same. The title's line is emptied rather than removed: line indexes
 * (the source lines shown in review) stay as they were.
 */
import type { CleanLine } from './clean-lines';
import { isGroupName, looksLikePeople, memberTableHeader, roleOf } from './membership-rows';
import { blankPageFurniture } from './page-furniture';
import { norm } from './text';

/** A number and nothing else: "1", "1.", "6.1.", "5(ii)", "5a", "(a)", "b)". "Item 5" alone is a pack's marker. */
const NUMBER_ALONE =
  /^(?:\d{1,3}(?:[a-z]|\s?\((?:[a-z]|[ivx]{2,5})\)|\.\d{1,2})?[.):]?|\((?:[a-z]|[ivx]{2,5})\)|[a-z]\))$/;

/** A title's first cell: starts with a letter (or a quote) and has a few of them. */
const TITLE_START = /^["'‘“(]?\p{L}.*\p{L}.*\p{L}/u;

export function joinNumberCells(lines: CleanLine[]): CleanLine[] {
  // A continuation page's number beside its running header is no item number.
  const out = blankPageFurniture(lines);
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

const HEADER_WORD =
  /^(councillors?|cllrs?|members?|panel members?|name|group|political group|party|representing|authority|local authority|council|body|role|position)$/;
const COOPT_HEADING = /^co-?opt/;

/** A row of cells from text lines: right for the table's header, or null where the table has ended. */
type RowCheck = (row: string[]) => boolean;

/**
 * The header of a membership table saved as text, one cell a line: "Labour Group" / "Conservative
 * Group" (people in columns by group), or "Councillor" / "Group" / "Role" (one person a row). Gives
 * the number of columns and how to tell a row of that table.
 */
function tableAt(lines: CleanLine[], i: number): { width: number; fits: RowCheck } | null {
  const head: string[] = [];
  for (let k = i; k < lines.length && head.length < 4; k++) {
    const t = (lines[k] as CleanLine).text;
    if (t === '' || t.includes('\t') || t.length > 40) break;
    head.push(t);
  }
  for (let width = head.length; width >= 2; width--) {
    const row = head.slice(0, width);
    const byColumns = row.every((c) => isGroupName(c) && !COOPT_HEADING.test(norm(c)));
    const table = byColumns || !row.every((c) => HEADER_WORD.test(norm(c))) ? null : memberTableHeader(row);
    if (!byColumns && !table) continue;
    const isHeaderCell = (c: string) => HEADER_WORD.test(norm(c)) || COOPT_HEADING.test(norm(c));
    const fits: RowCheck = (cellsOf) => {
      if (
        cellsOf.some((c, k) => (k !== table?.role && isHeaderCell(c)) || /^\d/.test(c)) ||
        cellsOf.every((c) => c === '')
      )
        return false;
      if (byColumns) return cellsOf.every((c) => c === '' || /^(councillors?|cllrs?)\b/i.test(c));
      const t = table!;
      const group = cellsOf[t.group] ?? '';
      if (!looksLikePeople(cellsOf[t.who] ?? '') || group === '') return false;
      if (t.role !== null && (cellsOf[t.role] ?? '') !== '' && roleOf(cellsOf[t.role] ?? '') === null) return false;
      const kind = norm(row[t.group] ?? '');
      return !/^(group|political group|party)$/.test(kind) || isGroupName(group);
    };
    const next = lines.slice(i + width, i + 2 * width).map((c) => c.text);
    if (next.length === width && !next.some((c) => c.includes('\t')) && fits(next)) return { width, fits };
  }
  return null;
}

/** Rebuilds membership tables saved one cell a line into rows of tab-separated cells. */
export function joinTableRows(lines: CleanLine[]): CleanLine[] {
  const out = lines.slice();
  for (let i = 0; i < out.length; i++) {
    const table = tableAt(out, i);
    if (!table) continue;
    const { width, fits } = table;
    const rowAt = (k: number) => out.slice(k, k + width);
    for (let k = i; k + width <= out.length; k += width) {
      const row = rowAt(k);
      if (row.some((c) => c.text.includes('\t'))) break;
      if (k > i && !fits(row.map((c) => c.text))) break;
      const [first, ...others] = row as [CleanLine, ...CleanLine[]];
      out[k] = { ...first, text: row.map((c) => c.text).join('\t'), joined: others.find((c) => c.text !== '') };
      for (let j = 1; j < width; j++) out[k + j] = { ...(row[j] as CleanLine), text: '' };
      i = k + width - 1;
    }
  }
  return out;
}
