/**
 * Table rows whose cells are centred vertically (LibreOffice's default) put a short cell's text
 * (an item's number, its pages) on the middle of a tall cell beside it: "\tTITLE", "4", "\tsummary".
 * Read line by line, the number pairs with the wrong title. Where a page shows that (a line with a
 * cell in a left column that sits exactly midway between two lines of a column right of it, with
 * nothing of its own in that column), each such line is taken as a row's centre: the lines around
 * it whose middle it is make its row, and the row is written cell by cell in column order, its
 * first lines on one line, as the Word reader writes a table row. Top-aligned tables show no
 * such line and are left as they are. A row of an odd number of lines puts the number on its
 * title's middle line: that shows by the lines around it (see oddRowAt).
 */

/** One line's text cut at its tab stops, with where each cell starts. */
export interface CellLine {
  y: number;
  size: number;
  cells: { x: number; end: number; text: string }[];
}

/** A row read together, or a line left alone: its lines of text and its vertical extent. */
export interface Block {
  top: number;
  bottom: number;
  size: number;
  texts: string[];
}

/** Lines further apart than this many font sizes are not one cell (a cell's paragraphs may be spaced). */
const CELL_GAP = 2.6;
/** How near (in font sizes) a row's centre must be to the anchor's baseline. */
const CENTRE_TOLERANCE = 0.35;
/** A column starts this many font sizes right of the anchor's. */
const COLUMN_STEP = 1.5;
/** Lines of one paragraph are this evenly spaced (in font sizes); a row's edge adds its padding. */
const EVEN_PITCH = 0.05;

const firstX = (l: CellLine) => l.cells[0]?.x ?? Infinity;
/** Whether any of the line's text lies across x (a cell there, or a paragraph running over it). */
const covers = (l: CellLine, x: number) => l.cells.some((c) => c.x - 0.3 * l.size <= x && x <= c.end);

const startsAt = (l: CellLine, x: number) => Math.abs(firstX(l) - x) <= 0.3 * l.size;

/**
 * A row of an odd number of lines centred on line i: the number on the middle line of its title
 * cell, "\tComplaints against" / "6  CONFIDENTIAL ...  43 - 48" / "\tSchedule 12A". As many
 * lines of the column `col` above it as below, all at one pitch, and a wider gap (the rows'
 * padding) or nothing beyond both ends. Top-aligned rows never show that: the line above such a
 * run is the row's own first line, at the same pitch. Gives the row's first and last line.
 */
function oddRowAt(lines: CellLine[], i: number, col: number): [number, number] | null {
  const line = lines[i]!;
  const above = lines[i - 1];
  if (!above || !covers(line, col) || !startsAt(above, col) || firstX(line) > col - COLUMN_STEP * line.size)
    return null;
  const pitch = above.y - line.y;
  const tolerance = EVEN_PITCH * line.size;
  const gap = (a: number, b: number) => lines[a]!.y - lines[b]!.y;
  let top = i;
  while (top > 0 && startsAt(lines[top - 1]!, col) && Math.abs(gap(top - 1, top) - pitch) <= tolerance) top--;
  let bottom = i;
  while (
    bottom < lines.length - 1 &&
    startsAt(lines[bottom + 1]!, col) &&
    Math.abs(gap(bottom, bottom + 1) - pitch) <= tolerance
  )
    bottom++;
  if (i - top !== bottom - i) return null;
  const boundedAbove = top === 0 || gap(top - 1, top) > pitch + tolerance;
  const boundedBelow = bottom === lines.length - 1 || gap(bottom, bottom + 1) > pitch + tolerance;
  return boundedAbove && boundedBelow && pitch <= CELL_GAP * line.size ? [top, bottom] : null;
}

/** The left column's x and the next column's x of a line that shows centred rows on this page. */
function centredColumns(lines: CellLine[]): { anchor: number; next: number } | null {
  for (let i = 1; i < lines.length - 1; i++) {
    const [above, line, below] = [lines[i - 1]!, lines[i]!, lines[i + 1]!];
    const x = firstX(line);
    const col = firstX(above);
    if (Math.abs(firstX(below) - col) > 0.3 * line.size || col < x + COLUMN_STEP * line.size) continue;
    if (covers(line, col)) {
      if (oddRowAt(lines, i, col)) return { anchor: x, next: col };
      continue;
    }
    const up = above.y - line.y;
    const down = line.y - below.y;
    if (up > CELL_GAP * line.size || down > CELL_GAP * line.size) continue;
    if (Math.abs(up - down) <= CENTRE_TOLERANCE * line.size) return { anchor: x, next: col };
  }
  return null;
}

/** A cell's line that is a new paragraph however full the line above: a summary's first words. */
const STARTS_PARAGRAPH = /^(To|This|That|Members|Please|Officers?|Report (of|by|from))\b/;

/**
 * Whether `next` is `above`'s paragraph wrapped: its first word would not have fitted on the line
 * above before the next column starts (`limit`), and the line above does not end a sentence.
 * A line that stopped short with room for that word ended its paragraph ("Apologies" then "To note").
 */
function wrapsInto(
  above: { end: number; text: string },
  next: { x: number; end: number; text: string },
  limit: number,
  size: number,
): boolean {
  if (/[.:;!?)]$/.test(above.text) || STARTS_PARAGRAPH.test(next.text)) return false;
  const word = next.text.split(/\s+/)[0] ?? '';
  const wordWidth = ((next.end - next.x) * word.length) / Math.max(1, next.text.length);
  return above.end + 0.25 * size + wordWidth > limit;
}

/**
 * The lines of one row written cell by cell: column k's n-th line in the n-th line's k-th cell.
 * A cell's line that is the line above wrapped joins it, so a two-line title centred on its
 * number ("...Clinical Commissioning" / "4." / "Group") reads whole on the row's line.
 */
function rowTexts(lines: CellLine[]): string[] {
  const xs = [...new Set(lines.flatMap((l) => l.cells.map((c) => c.x)))].sort((a, b) => a - b);
  const columns: { x: number; texts: string[]; last: { end: number } | null }[] = [];
  lines.forEach((line) => {
    for (const cell of line.cells) {
      let column = columns.find((c) => Math.abs(c.x - cell.x) <= 0.5 * line.size);
      if (!column) columns.push((column = { x: cell.x, texts: [], last: null }));
      const limit = xs.find((x) => x > cell.x + 0.5 * line.size);
      const above = column.texts[column.texts.length - 1];
      if (
        above !== undefined &&
        column.last !== null &&
        limit !== undefined &&
        wrapsInto({ end: column.last.end, text: above }, cell, limit, line.size)
      ) {
        column.texts[column.texts.length - 1] = /[A-Za-z0-9]-$/.test(above)
          ? above + cell.text
          : `${above} ${cell.text}`;
      } else column.texts.push(cell.text);
      column.last = { end: cell.end };
    }
  });
  columns.sort((a, b) => a.x - b.x);
  const height = Math.max(...columns.map((c) => c.texts.length));
  const out: string[] = [];
  for (let n = 0; n < height; n++) {
    const cells = columns.map((c) => c.texts[n] ?? '');
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    out.push(cells.join('\t'));
  }
  return out;
}

/**
 * `line` alone in a column of `above`, a row with a cell right of it, that is that cell's title
 * wrapped (its first word did not fit before the next column; one line pitch below): `above`
 * with the wrap joined into that cell, else null.
 */
function wrapsUnder(above: CellLine, line: CellLine): CellLine | null {
  const [cell] = line.cells;
  if (!cell || line.cells.length !== 1 || above.cells.length < 3) return null;
  if (above.y - line.y > 1.5 * line.size || above.y <= line.y) return null;
  const k = above.cells.findIndex((c) => Math.abs(c.x - cell.x) <= 0.3 * line.size);
  const next = above.cells[k + 1];
  if (k < 1 || !next || !wrapsInto(above.cells[k]!, cell, next.x, line.size)) return null;
  const title = above.cells[k]!;
  const text = /[A-Za-z0-9]-$/.test(title.text) ? title.text + cell.text : `${title.text} ${cell.text}`;
  return { ...above, y: line.y, cells: above.cells.map((c, n) => (n === k ? { ...c, text, end: cell.end } : c)) };
}

/**
 * The page's lines as blocks: a row of a centred table as one block, every other line as its own.
 * `text` writes a line left alone (with its leading tab for an indent).
 */
export function centredRowBlocks(lines: CellLine[], text: (line: CellLine) => string): Block[] {
  const columns = centredColumns(lines);
  const rows = columns === null ? new Map<number, [number, number]>() : centredRows(lines, columns);
  return blocksOf(lines, rows, text);
}

/** The rows of a centred table on the page: first line -> [first, last] of a row. */
function centredRows(lines: CellLine[], columns: { anchor: number; next: number }): Map<number, [number, number]> {
  const anchorX = columns.anchor;
  // A paragraph at the margin runs across the next column; an anchor's own cell stops short of it.
  const isAnchor = (l: CellLine) =>
    Math.abs(firstX(l) - anchorX) <= 0.3 * l.size && (l.cells[0]?.end ?? Infinity) < columns.next;
  const isCellLine = (l: CellLine) => firstX(l) >= anchorX + COLUMN_STEP * l.size;
  const taken: boolean[] = lines.map(() => false);
  const rows = new Map<number, [number, number]>(); // first line -> [first, last] of a row
  lines.forEach((line, i) => {
    if (!isAnchor(line)) return;
    if (covers(line, columns.next)) {
      // The number beside its title's middle line: an odd number of lines centred.
      const odd = taken[i] ? null : oddRowAt(lines, i, columns.next);
      if (odd && !taken.slice(odd[0], odd[1] + 1).some(Boolean)) {
        for (let n = odd[0]; n <= odd[1]; n++) taken[n] = true;
        rows.set(odd[0], odd);
      }
      return;
    }
    const limit = CELL_GAP * line.size;
    let top = i;
    while (top > 0 && !taken[top - 1] && isCellLine(lines[top - 1]!) && lines[top - 1]!.y - lines[top]!.y <= limit)
      top--;
    let bottom = i;
    while (
      bottom < lines.length - 1 &&
      isCellLine(lines[bottom + 1]!) &&
      lines[bottom]!.y - lines[bottom + 1]!.y <= limit
    )
      bottom++;
    // The widest span around the anchor whose middle is the anchor's baseline.
    for (let j = top; j <= i; j++) {
      for (let k = bottom; k >= i; k--) {
        if (Math.abs((lines[j]!.y + lines[k]!.y) / 2 - line.y) > CENTRE_TOLERANCE * line.size) continue;
        if (j === i && k === i) return;
        for (let n = j; n <= k; n++) taken[n] = true;
        rows.set(j, [j, k]);
        return;
      }
    }
  });
  return rows;
}

/** The page's lines as blocks, each row as one, a top-aligned title's wrap joined to its row's line. */
function blocksOf(lines: CellLine[], rows: Map<number, [number, number]>, text: (line: CellLine) => string): Block[] {
  const single = (l: CellLine): Block => ({ top: l.y, bottom: l.y, size: l.size, texts: [text(l)] });
  const blocks: Block[] = [];
  /** The line of the block before, when it is a line left alone (with any wrap joined into it). */
  let last: CellLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const row = rows.get(i);
    if (!row) {
      const joined: CellLine | null = last ? wrapsUnder(last, lines[i]!) : null;
      if (joined) {
        // A top-aligned row's title wrapped: "5  ...Clinical Commissioning  11 - 24" / "Group".
        last = joined;
        const above = blocks[blocks.length - 1]!;
        above.texts = [text(joined)];
        above.bottom = lines[i]!.y;
        continue;
      }
      last = lines[i]!;
      blocks.push(single(lines[i]!));
      continue;
    }
    const members = lines.slice(row[0], row[1] + 1);
    const texts = rowTexts(members);
    // A row that starts with an empty cell keeps the tab that says so.
    blocks.push({ top: members[0]!.y, bottom: members[members.length - 1]!.y, size: members[0]!.size, texts });
    i = row[1];
    last = null;
  }
  return blocks;
}
