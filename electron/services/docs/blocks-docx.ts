// Outline blocks → docx paragraphs. Each block gets the Word style BLOCK_LOOK names (the preview
// uses the same table); no direct formatting.
import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Block, Run } from '$shared/minutes/outline';
import { BLOCK_LOOK } from '$shared/minutes/presentation';
import { CLAUSE_NUMBERING, STYLE } from './styles';

/** A run as Word writes it; a run with a link (the contact's e-mail) is a hyperlink in Word's Hyperlink style. */
export function runChildren(r: Run, lineBreak: boolean, styles: { marker: string; strong: string }): ParagraphChild[] {
  if (r.href) {
    const link = new ExternalHyperlink({ link: r.href, children: [new TextRun({ text: r.text, style: 'Hyperlink' })] });
    // A line break before a link is a run of its own: the link holds only its text.
    return lineBreak ? [new TextRun({ break: 1 }), link] : [link];
  }
  const style = r.marker ? styles.marker : r.bold ? styles.strong : undefined;
  return [new TextRun({ text: r.text, ...(style ? { style } : {}), ...(lineBreak ? { break: 1 } : {}) })];
}

function textRuns(r: Run, lineBreak = false): ParagraphChild[] {
  return runChildren(r, lineBreak, { marker: STYLE.marker, strong: STYLE.strong });
}

function runsOf(b: Block): ParagraphChild[] {
  switch (b.type) {
    case 'title':
      return [new TextRun({ text: b.committee }), new TextRun({ text: b.subtitle, break: 1 })];
    case 'present-group':
      return [
        ...textRuns({ text: `${b.label}:`, bold: true }),
        new TextRun({ text: ' ' }),
        ...b.runs.flatMap((r) => textRuns(r)),
      ];
    case 'closing-times':
    case 'signature':
    case 'contact':
      return b.lines.flatMap((line, i) => line.flatMap((r, j) => textRuns(r, i > 0 && j === 0)));
    case 'resolution-clauses':
      return [];
    default:
      return b.runs.flatMap((r) => textRuns(r));
  }
}

/**
 * Whether a block must stay on the page of the block after it: a paragraph with the ACTION line
 * it arose from (and one action with the next of the same paragraph) or the RESOLVED after it, a
 * resolution with its vote, and a Part II exclusion with the item it excludes the public from.
 */
export function keepsWithNext(b: Block, next: Block | undefined): boolean {
  if (!next) return false;
  // What comes before an item and belongs to it (a Part II item's exclusion) stays with its heading.
  if (next.type === 'item-heading' && 'itemId' in b && b.itemId === next.itemId) return true;
  if (b.type === 'paragraph') return next.type === 'action' || next.type === 'resolved-heading';
  if (b.type === 'action') return next.type === 'action';
  if (b.type === 'resolution-sentence' || b.type === 'resolution-clauses') return next.type === 'vote';
  return false;
}

/** Numbers resolutions' clause lists: each gets its own instance, so numbering restarts at 1. */
export class BlockWriter {
  private clauseLists = 0;

  /**
   * One block as paragraphs. Given the block after it, a paragraph stays with its ACTION line,
   * and a RESOLVED block holds together: its clauses are never split from each other or their vote.
   */
  write(b: Block, next?: Block): Paragraph[] {
    const style = BLOCK_LOOK[b.type].wordStyle;
    const keepNext = keepsWithNext(b, next);
    if (b.type === 'resolution-clauses') {
      const instance = ++this.clauseLists;
      return b.clauses.map(
        (c, i) =>
          new Paragraph({
            style,
            numbering: { reference: CLAUSE_NUMBERING, level: 0, instance },
            keepLines: true,
            ...(i < b.clauses.length - 1 || keepNext ? { keepNext: true } : {}),
            children: [new TextRun(c)],
          }),
      );
    }
    const together = b.type === 'resolution-sentence' || b.type === 'vote' ? { keepLines: true } : {};
    return [new Paragraph({ style, ...together, ...(keepNext ? { keepNext: true } : {}), children: runsOf(b) })];
  }

  /** Every block of an outline, each knowing the one after it. */
  writeAll(blocks: readonly Block[]): Paragraph[] {
    return blocks.flatMap((b, i) => this.write(b, blocks[i + 1]));
  }
}
