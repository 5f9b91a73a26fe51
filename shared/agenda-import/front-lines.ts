/** Helpers for reading a front sheet's lines: a line's flat text, runs of lines, where a match came from. */
import type { CleanLine } from './clean-lines';
import { committeeFromHeading, isLabelledAny } from './front-sheet-patterns';
import { nonEmptyCells, tidy } from './text';

/** The text of a line with its cells joined by spaces. */
export function flat(c: CleanLine): string {
  return tidy(c.text);
}

export function nonBlank(lines: CleanLine[]): CleanLine[] {
  return lines.filter((c) => c.text !== '');
}

/**
 * The anchor line and the lines that continue its paragraph: a PDF wraps a summons over
 * several lines with no blank between; a heading or a labelled line starts something else.
 */
export function paragraphFrom(lines: CleanLine[], anchor: CleanLine, max = 3, at = lines.indexOf(anchor)): CleanLine[] {
  const out = [anchor];
  for (let k = at + 1; k < lines.length && out.length < max; k++) {
    const c = lines[k] as CleanLine;
    const prev = out[out.length - 1] as CleanLine;
    if (
      c.index !== prev.index + 1 ||
      isLabelledAny(c.text) ||
      /^(agenda|membership|members|councillors?)\b/i.test(flat(c)) ||
      committeeFromHeading(flat(c))
    )
      break;
    out.push(c);
  }
  return out;
}

/** The lines of `window` (joined with single spaces) that characters start..end came from. */
export function linesCovering(window: CleanLine[], start: number, end: number): CleanLine[] {
  const out: CleanLine[] = [];
  let offset = 0;
  for (const c of window) {
    const len = flat(c).length;
    if (offset < end && offset + len > start) out.push(c);
    offset += len + 1;
  }
  return out;
}

const splitRows = new WeakMap<CleanLine, CleanLine[]>();

/**
 * A details row of labelled cells ("Date: Friday 2 February 2024 | Time: 11.00 am | Venue: ...")
 * as one line per cell, so each label starts a line. A PDF carries the row's cells over onto the
 * next line ("2024 | am | WB1 3AE"): when that line has as many cells and no labels, each is
 * joined to its own cell. The same line always gives the same objects (callers compare lines).
 */
export function labelledCells(lines: CleanLine[]): CleanLine[] {
  const out: CleanLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    const row = nonEmptyCells(c.text);
    if (row.length < 2 || row.filter((cell) => isLabelledAny(cell)).length < 2) {
      out.push(c);
      continue;
    }
    const next = lines[k + 1];
    const rest = next && next.index === c.index + 1 ? nonEmptyCells(next.text) : [];
    const carried = rest.length === row.length && !rest.some((cell) => isLabelledAny(cell));
    let split = splitRows.get(c);
    if (!split) {
      split = row.map((cell, i) => ({
        index: c.index,
        raw: c.raw,
        text: carried ? `${cell} ${rest[i] ?? ''}` : cell,
        ...(carried && next ? { joined: next } : {}),
      }));
      splitRows.set(c, split);
    }
    out.push(...split);
    if (carried) k++;
  }
  return out;
}
