/**
 * pdfjs joins text that runs on with less than a wide space between into one piece, so a table
 * cell that nearly fills its column ("Liberal Democrat" then "Chair" in the next column) comes
 * out as one piece, "Liberal Democrat Chair". Such a piece is split where it crosses a column that
 * the rows next to it show (a cell starting at that x after a wide gap), at the space nearest to
 * the column's edge. Only lines among table rows are touched: a paragraph has no columns.
 */

export interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Set when the piece starts a table cell although the gap before it is narrow. */
  cellStart?: boolean;
}

export interface Line {
  y: number;
  size: number;
  pieces: Piece[];
}

/** Gaps wider than this many font sizes are columns or tab stops; a space is about 0.25. */
export const TAB_GAP = 0.6;
/** A neighbouring row this close (in font sizes) can show where a line's columns are. */
const ROW_PITCH = 1.6;

/** A column edge a row shows: where a cell starts after a wide gap, and where the cell before it ends. */
interface Edge {
  x: number;
  before: number;
}

function cellStarts(line: Line): Edge[] {
  const out: Edge[] = [];
  let end: number | null = null;
  for (const p of line.pieces) {
    if (p.text.trim() === '') continue;
    if (end !== null && (p.cellStart || p.x - end > TAB_GAP * line.size)) out.push({ x: p.x, before: end });
    end = p.x + p.width;
  }
  return out;
}

/** Splits `piece` at the space nearest the column edge `edge`, or gives null if none is near it. */
function splitAt(piece: Piece, edge: number): [Piece, Piece] | null {
  const perChar = piece.width / piece.text.length;
  if (!(perChar > 0)) return null;
  const target = (edge - piece.x) / perChar; // index of the first character in the next column
  let best = -1;
  for (let i = 1; i < piece.text.length - 1; i++) {
    if (piece.text[i] !== ' ' || piece.text[i - 1] === ' ') continue;
    if (best < 0 || Math.abs(i + 1 - target) < Math.abs(best + 1 - target)) best = i;
  }
  if (best < 0 || Math.abs(best + 1 - target) > 3) return null;
  const left = piece.text.slice(0, best).trimEnd();
  const right = piece.text.slice(best + 1).trimStart();
  if (left === '' || right === '') return null;
  return [
    { ...piece, text: left, width: left.length * perChar },
    { ...piece, text: right, x: edge, width: piece.x + piece.width - edge, cellStart: true },
  ];
}

/**
 * Splits pieces that run across a column of the table rows around them. Twice: a row split in the
 * first pass shows its new column to the next row in the second.
 */
export function splitAtColumns(lines: Line[]): void {
  splitOnce(lines);
  splitOnce(lines);
}

function splitOnce(lines: Line[]): void {
  const starts = lines.map(cellStarts);
  lines.forEach((line, i) => {
    const near = (j: number, k: number) =>
      j >= 0 &&
      j < lines.length &&
      k >= 0 &&
      k < lines.length &&
      Math.abs(lines[j]!.y - lines[k]!.y) <= ROW_PITCH * Math.max(lines[k]!.size, lines[j]!.size);
    const shows = (j: number, e: Edge) => starts[j]!.some((f) => Math.abs(e.x - f.x) <= 1);
    const above = near(i, i - 1) ? starts[i - 1]! : [];
    const below = near(i, i + 1) ? starts[i + 1]! : [];
    // A line that is a table row itself (it has cells) takes its columns from either side; a
    // line of one piece from a column shown on both sides of it, or by two rows on one side (a
    // table's last row): "Pages 5 to 12" under one row stays whole.
    const edges =
      starts[i]!.length > 0
        ? [...above, ...below]
        : [
            ...above.filter((e) => near(i, i + 1) && shows(i + 1, e)),
            ...above.filter((e) => near(i - 1, i - 2) && shows(i - 2, e)),
            ...below.filter((e) => near(i + 1, i + 2) && shows(i + 2, e)),
          ];
    if (edges.length === 0) return;
    const out: Piece[] = [];
    const queue = [...line.pieces];
    while (queue.length > 0) {
      const p = queue.shift()!;
      // The piece must start under the cell before the edge: text that starts in the gap is that
      // column's own (a header centred in its column shows an edge mid-column).
      const edge = edges.find((e) => p.x <= e.before && p.x < e.x - line.size && p.x + p.width > e.x + line.size);
      const parts = edge === undefined ? null : splitAt(p, edge.x);
      if (parts) {
        out.push(parts[0]);
        queue.unshift(parts[1]);
      } else out.push(p);
    }
    line.pieces = out;
  });
}
