// A paragraph's content (text and person references) in and out of its editable element. The
// element is the truth while the coordinator types; it is read on each input, and written only
// when the content changed from elsewhere (undo, a reload). Built with DOM calls, never HTML.
import type { Inline } from '../../../shared/domain';
import { normaliseContent } from '../../../shared/commands/notes';

export const CHIP_CLASS = 'person-chip';
const ZWSP = /\u200b/g;

function isChip(node: Node): node is HTMLElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as HTMLElement).dataset.personId !== undefined;
}

function textOf(s: string): string {
  return s.replace(ZWSP, '').replace(/\u00a0/g, ' ').replace(/[\r\n]+/g, ' ');
}

/** Reads the element's children: text nodes as text, chips as person references, anything else as its text. */
export function readInline(root: Node): Inline[] {
  const out: Inline[] = [];
  const visit = (parent: Node) => {
    const kids = parent.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (node.nodeType === Node.TEXT_NODE) out.push({ t: 'text', text: textOf((node as Text).data) });
      else if (isChip(node)) out.push({ t: 'person', personId: node.dataset.personId! });
      // <br> is the browser's placeholder in an empty line: no content. Other elements (from the
      // browser's own editing) count by their text.
      else if (node.nodeName !== 'BR') visit(node);
    }
  };
  visit(root);
  return normaliseContent(out);
}

export function sameContent(a: readonly Inline[], b: readonly Inline[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.t !== y.t) return false;
    if (x.t === 'text' ? x.text !== (y as typeof x).text : x.personId !== (y as { personId: string }).personId) return false;
  }
  return true;
}

export function makeChip(doc: Document, personId: string, name: string, known: boolean): HTMLElement {
  const chip = doc.createElement('span');
  chip.className = known ? CHIP_CLASS : `${CHIP_CLASS} unknown`;
  chip.setAttribute('contenteditable', 'false');
  chip.dataset.personId = personId;
  chip.textContent = name;
  return chip;
}

/** Replaces the element's children with the content. */
export function writeInline(root: HTMLElement, content: readonly Inline[], nameOf: (id: string) => string | undefined): void {
  const doc = root.ownerDocument;
  const nodes: Node[] = content.map((run) => {
    if (run.t === 'text') return doc.createTextNode(run.text);
    const name = nameOf(run.personId);
    return makeChip(doc, run.personId, name ?? 'Unknown person', name !== undefined);
  });
  root.replaceChildren(...nodes);
}

/** Plain text of a paragraph, people by name (for summaries and the list of actions). */
export function plainOf(content: readonly Inline[], nameOf: (id: string) => string | undefined): string {
  return content.map((r) => (r.t === 'text' ? r.text : (nameOf(r.personId) ?? 'Unknown person'))).join('');
}

export function isEmpty(content: readonly Inline[]): boolean {
  return content.every((r) => r.t === 'text' && r.text.trim() === '');
}

/** The content before and after a point of the element (Enter splits a paragraph there). */
export function splitAt(root: HTMLElement, node: Node, offset: number): { before: Inline[]; after: Inline[] } {
  const doc = root.ownerDocument;
  const head = doc.createRange();
  head.selectNodeContents(root);
  head.setEnd(node, offset);
  const tail = doc.createRange();
  tail.selectNodeContents(root);
  tail.setStart(node, offset);
  return { before: readInline(head.cloneContents()), after: readInline(tail.cloneContents()) };
}

/** Whether the collapsed selection sits at the very start (or end) of the element's content. */
export function caretAtEdge(root: HTMLElement, edge: 'start' | 'end'): boolean {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return false;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer)) return false;
  const probe = root.ownerDocument.createRange();
  probe.selectNodeContents(root);
  if (edge === 'start') probe.setEnd(range.startContainer, range.startOffset);
  else probe.setStart(range.startContainer, range.startOffset);
  return textOf(probe.toString()) === '' && !probe.cloneContents().querySelector(`.${CHIP_CLASS}`);
}

/** Puts the caret at the start or end of the element. */
export function placeCaret(root: HTMLElement, at: 'start' | 'end'): void {
  const sel = root.ownerDocument.getSelection();
  if (!sel) return;
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  range.collapse(at === 'start');
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * The "@name" being typed just before the caret: the text node, where the "@" is and the query
 * after it. The "@" must start a word, and the query is at most three words.
 */
export function mentionBeforeCaret(root: HTMLElement): { node: Text; at: number; end: number; query: string } | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return null;
  const { startContainer: node, startOffset: end } = sel.getRangeAt(0);
  if (node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return null;
  const text = (node as Text).data.slice(0, end);
  const at = text.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/[\s(“"'‘[]/.test(text[at - 1]!)) return null;
  const query = text.slice(at + 1).replace(/\u00a0/g, ' ');
  if (query.length > 40 || query.split(' ').length > 3 || /^\s/.test(query)) return null;
  return { node: node as Text, at, end, query };
}
