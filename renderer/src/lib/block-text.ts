// The words of an outline block, for labels ("Comment on ...") and for editing a paragraph.
import { plainText, type Block } from '$shared/minutes';

export function blockText(b: Block): string {
  switch (b.type) {
    case 'title':
      return `${b.committee} ${b.subtitle}`;
    case 'present-group':
      return `${b.label}: ${plainText(b.runs)}`;
    case 'resolution-clauses':
      return b.clauses.join(' ');
    case 'closing-times':
    case 'signature':
    case 'contact':
      return b.lines.map((l) => plainText(l)).join(' ');
    default:
      return plainText(b.runs);
  }
}

/** A short name for a block in a control's label: its first words. */
export function blockLabel(b: Block, words = 8): string {
  const all = blockText(b).trim().split(/\s+/);
  const head = all.slice(0, words).join(' ');
  return all.length > words ? `${head}…` : head;
}
