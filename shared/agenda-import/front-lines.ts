/** Helpers for reading a front sheet's lines: a line's flat text, runs of lines, where a match came from. */
import type { CleanLine } from './clean-lines';
import { committeeFromHeading, isLabelledAny } from './front-sheet-patterns';
import { tidy } from './text';

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
export function paragraphFrom(lines: CleanLine[], anchor: CleanLine, max = 3): CleanLine[] {
  const at = lines.indexOf(anchor);
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
