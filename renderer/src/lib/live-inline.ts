// A paragraph's content (text and person references) in and out of its editable element. The
// element is the truth while the coordinator types; it is read on each input, and written only
// when the content changed from elsewhere (undo, a reload). Built with DOM calls, never HTML.
import type { Inline } from '$shared/domain';
import { normaliseContent } from '$shared/commands/notes';
import { UNKNOWN_PERSON } from '$shared/minutes/mentions';

export const CHIP_CLASS = 'person-chip';
const ZWSP = /\u200b/g;

function isChip(node: Node): node is HTMLElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as HTMLElement).dataset.personId !== undefined;
}

function textOf(s: string): string {
  return s
    .replace(ZWSP, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[\r\n]+/g, ' ');
}

/** Reads the element's children: text nodes as text, chips as person references, anything else as its text. */
export function readInline(root: Node): Inline[] {
  const out: Inline[] = [];
  const visit = (parent: Node) => {
    const kids = parent.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (node.nodeType === Node.TEXT_NODE) out.push({ t: 'text', text: textOf((node as Text).data) });
      else if (isChip(node))
        out.push({
          t: 'person',
          personId: node.dataset.personId!,
          ...(node.dataset.nameOnly !== undefined ? { nameOnly: true as const } : {}),
        });
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
    if (x.t === 'text') {
      if (y.t !== 'text' || x.text !== y.text) return false;
    } else if (y.t !== 'person' || x.personId !== y.personId || !x.nameOnly !== !y.nameOnly) return false;
  }
  return true;
}

/** Said on a chip when pointed at: what Alt+M does to it. */
const CHIP_TITLE = {
  role: 'Alt+M after the name: name only, without the role',
  nameOnly: 'Name only (Alt+M after the name: with the role again)',
};

export function makeChip(doc: Document, personId: string, name: string, known: boolean, nameOnly = false): HTMLElement {
  const chip = doc.createElement('span');
  chip.className = known ? CHIP_CLASS : `${CHIP_CLASS} unknown`;
  chip.setAttribute('contenteditable', 'false');
  chip.dataset.personId = personId;
  setNameOnly(chip, nameOnly);
  chip.textContent = name;
  return chip;
}

/** Marks a chip's mention as "name only" (no role), or not. */
export function setNameOnly(chip: HTMLElement, nameOnly: boolean): void {
  if (nameOnly) chip.dataset.nameOnly = '';
  else delete chip.dataset.nameOnly;
  chip.title = nameOnly ? CHIP_TITLE.nameOnly : CHIP_TITLE.role;
}

/**
 * Replaces the element's children with the content. Each chip shows `labels` (what the minutes
 * print for it, in order), or the person's name until those are known.
 */
export function writeInline(
  root: HTMLElement,
  content: readonly Inline[],
  nameOf: (id: string) => string | undefined,
  labels: readonly string[] = [],
): void {
  const doc = root.ownerDocument;
  let k = 0;
  const nodes: Node[] = content.map((run) => {
    if (run.t === 'text') return doc.createTextNode(run.text);
    const name = nameOf(run.personId);
    return makeChip(
      doc,
      run.personId,
      labels[k++] ?? name ?? UNKNOWN_PERSON,
      name !== undefined,
      run.nameOnly === true,
    );
  });
  root.replaceChildren(...nodes);
}

/** The element's chips, in order. */
export function chipsOf(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`.${CHIP_CLASS}`)];
}

/** Puts the printed words on the element's chips, in order (the caret, in the text between them, stays where it is). */
export function relabelChips(root: HTMLElement, labels: readonly string[]): void {
  const chips = chipsOf(root);
  chips.forEach((chip, i) => {
    const label = labels[i];
    if (label !== undefined && chip.textContent !== label) chip.textContent = label;
  });
}

/** The chip nearest before the caret in the element (else the first after it), for Alt+M. */
export function chipAtCaret(root: HTMLElement): HTMLElement | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer)) return null;
  const chips = chipsOf(root);
  const caret = root.ownerDocument.createRange();
  caret.setStart(range.startContainer, range.startOffset);
  let before: HTMLElement | null = null;
  for (const chip of chips) {
    const at = root.ownerDocument.createRange();
    at.selectNode(chip);
    // The chip ends at or before the caret.
    if (at.compareBoundaryPoints(Range.END_TO_END, caret) <= 0) before = chip;
  }
  return before ?? chips[0] ?? null;
}

/** Plain text of a paragraph, people by name (for summaries and the list of actions). */
export function plainOf(content: readonly Inline[], nameOf: (id: string) => string | undefined): string {
  return content.map((r) => (r.t === 'text' ? r.text : (nameOf(r.personId) ?? UNKNOWN_PERSON))).join('');
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
