/**
 * PDF to lines with pdfjs-dist 5 (legacy build: runs on Node 20). A PDF has no lines, only
 * pieces of text at positions, so lines are rebuilt: pieces on the same baseline make a line,
 * ordered left to right; a wide gap between pieces (a tab or a table column) becomes a tab;
 * a line that starts well right of the page's margin starts with a tab (an empty first
 * column); a gap between lines wider than a paragraph's line spacing, and each new page,
 * give a blank line. That is the shape the text and Word extractions give too.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ExtractResult } from '$shared/agenda-import/types';
import { IMPORT_LIMITS } from './limits';
import { splitAtColumns, TAB_GAP, type Line, type Piece } from './pdf-columns';
import { centredRowBlocks, type Block, type CellLine } from './pdf-centred-rows';

/** A piece whose font size is 0 (invisible or degenerate text) still needs a sane size. */
const DEFAULT_SIZE = 10;
/** Line pitch beyond this many font sizes means a new paragraph (single spacing is ~1.15). */
const PARAGRAPH_GAP = 1.45;
/**
 * Bullets drawn from the Symbol or Wingdings font come out as private-use characters (U+F0B7,
 * U+F0A7, U+F0D8 ...); they are bullets, written as the text and Word readers give them.
 */
const SYMBOL_BULLETS = /[\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8]/g;
/** A line starting this many font sizes right of the margin is indented: an empty first column. */
const INDENT = 1.5;

function piecesOf(items: unknown[]): Piece[] {
  const out: Piece[] = [];
  for (const raw of items) {
    const item = raw as TextItem;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    const size = Math.hypot(a, b) || item.height || DEFAULT_SIZE;
    out.push({ text: item.str.replace(SYMBOL_BULLETS, '•'), x, y, width: item.width || 0, size });
  }
  return out;
}

function groupLines(pieces: Piece[]): Line[] {
  const sorted = pieces.filter((p) => p.text !== '').sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - p.y) <= 0.4 * Math.max(last.size, p.size)) {
      last.pieces.push(p);
      if (p.text.trim() !== '') last.size = Math.max(last.size, p.size);
    } else {
      lines.push({ y: p.y, size: p.text.trim() !== '' ? p.size : DEFAULT_SIZE, pieces: [p] });
    }
  }
  for (const line of lines) line.pieces.sort((p, q) => p.x - q.x);
  return lines.filter((l) => l.pieces.some((p) => p.text.trim() !== ''));
}

/** One line cut into cells at its wide gaps; within a cell, pieces are joined with a space where there is one. */
function lineCells(line: Line): CellLine {
  const cells: CellLine['cells'] = [];
  let end: number | null = null; // x where the previous visible text ended
  let spaceAfter = false; // the previous piece ended in whitespace
  for (const p of line.pieces) {
    if (p.text.trim() === '') {
      spaceAfter = true; // whitespace pieces only widen the gap they sit in
      continue;
    }
    // Where the visible characters start and end, assuming evenly wide characters.
    const perChar = p.text.length > 0 ? p.width / p.text.length : 0;
    const lead = p.text.length - p.text.trimStart().length;
    const trail = p.text.length - p.text.trimEnd().length;
    const start = p.x + lead * perChar;
    const cell = cells[cells.length - 1];
    if (!cell || end === null || p.cellStart || start - end > TAB_GAP * line.size) {
      cells.push({ x: start, end: 0, text: p.text.trim() });
    } else {
      const gap = start - end;
      cell.text += (spaceAfter || lead > 0 || gap > 0.1 * line.size ? ' ' : '') + p.text.trim();
    }
    end = p.x + p.width - trail * perChar;
    cells[cells.length - 1]!.end = end;
    spaceAfter = trail > 0;
  }
  return { y: line.y, size: line.size, cells };
}

/** One line's text: its cells joined by tabs, after a tab if it starts right of the margin. */
function lineText(line: CellLine, margin: number): string {
  const first = line.cells[0];
  const indent = first && first.x - margin > INDENT * line.size ? '\t' : '';
  return indent + line.cells.map((c) => c.text).join('\t');
}

function pageLines(pieces: Piece[]): string[] {
  const lines = groupLines(pieces);
  splitAtColumns(lines);
  const cellLines = lines.map(lineCells);
  const margin = Math.min(...cellLines.map((l) => l.cells[0]?.x ?? Infinity));
  const out: string[] = [];
  let previous: Block | null = null;
  for (const block of centredRowBlocks(cellLines, (l) => lineText(l, margin))) {
    if (previous && previous.bottom - block.top > PARAGRAPH_GAP * Math.max(previous.size, block.size)) out.push('');
    out.push(...block.texts);
    previous = block;
  }
  return out;
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

export interface PdfOptions {
  /**
   * Asked after pages 2, 4, 8, 16 ...: true stops reading (the agenda is complete; the reports
   * after it are not needed). Without it every page is read.
   */
  stopWhen?: (lines: string[]) => boolean;
}

export async function pdfToLines(bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractResult> {
  // pdfjs takes ownership of (detaches) the buffer it is given, and refuses a Buffer: hand it a plain copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (errorName(e) === 'PasswordException') {
      return {
        ok: false,
        error: {
          code: 'ENCRYPTED_PDF',
          message:
            'This PDF is protected with a password, so its text cannot be read. Save an unprotected copy (or the Word original) and import that.',
        },
      };
    }
    return {
      ok: false,
      error: {
        code: 'DAMAGED_PDF',
        message:
          'This PDF is damaged (it may be incomplete or cut short) and cannot be read. Download or export it again.',
      },
    };
  }
  try {
    const lines: string[] = [];
    let visible = 0;
    let read = 0;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces = piecesOf(content.items);
      visible += pieces.reduce((sum, p) => sum + p.text.replace(/\s/g, '').length, 0);
      if (n > 1) lines.push('');
      for (const line of pageLines(pieces)) {
        lines.push(line);
        chars += line.length;
      }
      page.cleanup();
      read = n;
      // Past the text limits no agenda will be read from it: stop here, and let the caller refuse it.
      if (lines.length > IMPORT_LIMITS.lines || chars > IMPORT_LIMITS.textChars) break;
      const checkpoint = (n & (n - 1)) === 0 && n >= 2; // 2, 4, 8, 16 ...
      if (checkpoint && n < doc.numPages && visible >= 20 && options.stopWhen?.(lines)) break;
    }
    if (doc.numPages === 0) {
      return { ok: false, error: { code: 'EMPTY_FILE', message: 'This PDF has no pages.' } };
    }
    // A scan is pictures of pages: no text layer, or a few stray characters.
    if (visible < 20) {
      return {
        ok: false,
        error: {
          code: 'SCANNED_PDF',
          message:
            'This PDF has no text in it: it looks like a scan (pictures of pages). Import the Word original, or a PDF saved from it, or run it through text recognition (OCR) first.',
        },
      };
    }
    return { ok: true, value: { lines, source: 'pdf', pages: { read, total: doc.numPages } } };
  } catch {
    return {
      ok: false,
      error: {
        code: 'DAMAGED_PDF',
        message: 'Part of this PDF is damaged and its text cannot be read. Download or export it again.',
      },
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
