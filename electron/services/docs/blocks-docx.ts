// Outline blocks → docx paragraphs. Each block gets the Word style BLOCK_LOOK names (the preview
// uses the same table); no direct formatting.
import { Paragraph, TextRun } from 'docx';
import type { Block, Run } from '../../../shared/minutes/outline';
import { BLOCK_LOOK } from '../../../shared/minutes/presentation';
import { CLAUSE_NUMBERING, STYLE } from './styles';

function textRun(r: Run, lineBreak = false): TextRun {
  const style = r.marker ? STYLE.marker : r.bold ? STYLE.strong : undefined;
  return new TextRun({ text: r.text, ...(style ? { style } : {}), ...(lineBreak ? { break: 1 } : {}) });
}

/** The runs of a block: several lines are one paragraph with line breaks, as the published closing and contact blocks. */
function runsOf(b: Block): TextRun[] {
  switch (b.type) {
    case 'title':
      return [new TextRun({ text: b.committee }), new TextRun({ text: b.subtitle, break: 1 })];
    case 'present-group':
      return [textRun({ text: `${b.label}:`, bold: true }), new TextRun({ text: ' ' }), ...b.runs.map((r) => textRun(r))];
    case 'closing-times':
    case 'signature':
    case 'contact':
      return b.lines.flatMap((line, i) => line.map((r, j) => textRun(r, i > 0 && j === 0)));
    case 'resolution-clauses':
      return [];
    default:
      return b.runs.map((r) => textRun(r));
  }
}

/** Numbers resolutions' clause lists: each gets its own instance, so numbering restarts at 1. */
export class BlockWriter {
  private clauseLists = 0;

  write(b: Block): Paragraph[] {
    const style = BLOCK_LOOK[b.type].wordStyle;
    if (b.type === 'resolution-clauses') {
      const instance = ++this.clauseLists;
      return b.clauses.map((c) => new Paragraph({ style, numbering: { reference: CLAUSE_NUMBERING, level: 0, instance }, children: [new TextRun(c)] }));
    }
    return [new Paragraph({ style, children: runsOf(b) })];
  }
}
