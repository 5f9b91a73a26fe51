// A paragraph made to look like a heading (short, all bold or larger than the body text) with no
// heading style, followed by body text: sighted readers see a heading, a screen reader and a
// PDF's outline do not. A labelled line ("ACTION: owner", "Meeting started: 7.00 pm") is
// emphasised text, not a heading, and a table's own cells are left to the table rules. Word's
// own Title and Subtitle styles name the document's title, above its outline, and are kept.
import type { ParagraphInfo } from '../model';
import type { Finding, Rule } from '../types';
import { houseKind } from './house-headings';

/** Longest text a heading-like line may have; a longer one reads as a paragraph. */
const MAX_HEADING_CHARS = 100;
/** "ACTION: Children's Services": a label, a colon, then what it labels. */
const LABELLED = /^[^:]{1,40}:\s+\S/;
const TITLE_STYLES = new Set(['title', 'subtitle']);

function bodySize(doc: { paragraphs: ParagraphInfo[] }): number {
  const sizes = new Map<number, number>();
  for (const p of doc.paragraphs)
    for (const r of p.runs) {
      const size = r.look.size ?? 22;
      sizes.set(size, (sizes.get(size) ?? 0) + r.text.length);
    }
  return [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 22;
}

function looksLikeHeading(p: ParagraphInfo, body: number): boolean {
  const text = p.text.trim();
  if (!text || text.length > MAX_HEADING_CHARS || p.headingLevel !== null || p.table) return false;
  if (/[.;,]$/.test(text) || LABELLED.test(text) || TITLE_STYLES.has(p.styleName.toLowerCase())) return false;
  const runs = p.runs.filter((r) => r.text.trim());
  if (!runs.length || runs.some((r) => r.inLink)) return false;
  return runs.every((r) => r.look.bold) || runs.every((r) => (r.look.size ?? 22) >= body + 4);
}

const isBodyText = (p: ParagraphInfo | undefined, body: number): boolean =>
  !!p &&
  p.headingLevel === null &&
  !p.table &&
  p.text.trim().length > 0 &&
  !TITLE_STYLES.has(p.styleName.toLowerCase()) &&
  !looksLikeHeading(p, body);

export const looksLikeHeadingRule: Rule = {
  id: 'looks-like-heading',
  title: 'Headings use heading styles',
  check(doc) {
    const body = bodySize(doc);
    const out: Finding[] = [];
    const paragraphs = doc.paragraphs.filter((p) => !p.table);
    paragraphs.forEach((p, i) => {
      // An item title or RESOLVED without a heading style is reported once, by house-headings.
      if (!looksLikeHeading(p, body) || houseKind(p)) return;
      const next = paragraphs.slice(i + 1).find((n) => n.text.trim());
      if (!isBodyText(next, body)) return;
      out.push({
        rule: 'looks-like-heading',
        where: p.where,
        message: `This line is formatted to look like a heading (${p.styleName}, ${p.runs.every((r) => !r.text.trim() || r.look.bold) ? 'bold' : 'large'}) but has no heading style, so it is not in the document's outline. Give it a heading style (Heading 1, 2...).`,
      });
    });
    return out;
  },
};
