// The house style (docs/house-style.md): an item's title ("8. CARE-LEAVER ACCOMMODATION") and
// RESOLVED are headings; an ACTION line ("ACTION: owner") is emphasised (bold) text, never a
// heading, so the outline lists the items and their decisions and not every action.
import type { ParagraphInfo } from '../model';
import type { Finding, Rule } from '../types';

/** "8. CARE-LEAVER ACCOMMODATION", "10A. DATE OF NEXT MEETING": a number, then a title in capitals. */
const ITEM_TITLE = /^\d{1,3}[A-Za-z]?\.?\s+(?=.*[A-Z]{2})[^a-z]+$/;
const RESOLVED = /^RESOLVED:?$/;
const ACTION = /^ACTION:/;

/** What the house style says this paragraph is, or null. */
export function houseKind(p: ParagraphInfo): 'item title' | 'RESOLVED' | 'ACTION line' | null {
  const text = p.text.trim();
  if (p.table || !text) return null;
  if (RESOLVED.test(text)) return 'RESOLVED';
  if (ACTION.test(text)) return 'ACTION line';
  if (ITEM_TITLE.test(text) && text.length <= 200) return 'item title';
  return null;
}

export const houseHeadings: Rule = {
  id: 'house-headings',
  title: 'Item titles and RESOLVED are headings; ACTION is emphasis',
  check(doc) {
    const out: Finding[] = [];
    for (const p of doc.paragraphs) {
      const k = houseKind(p);
      if (!k) continue;
      const finding = (message: string) => out.push({ rule: 'house-headings', where: p.where, message });
      if (k === 'ACTION line') {
        if (p.headingLevel !== null)
          finding(
            `An ACTION line is emphasised text, not a heading, but this one has a level ${p.headingLevel} heading style (${p.styleName}). Use a bold body style.`,
          );
        else if (!p.runs.filter((r) => r.text.trim()).every((r) => r.look.bold))
          finding('An ACTION line is emphasised (bold) text, but this one is not bold throughout.');
      } else if (p.headingLevel === null) {
        finding(
          `${k === 'RESOLVED' ? 'RESOLVED' : "An item's title"} is a heading, but this one has the body style ${p.styleName}. Give it a heading style.`,
        );
      }
    }
    return out;
  },
};
