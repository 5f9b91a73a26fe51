// @vitest-environment jsdom
// A paragraph's content in and out of its editable element: text and person references.
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../shared/domain';
import { isEmpty, mentionBeforeCaret, plainOf, readInline, sameContent, splitAt, writeInline } from '../../renderer/src/lib/live-inline';

const names: Record<string, string> = { fp: 'Fiona Phelps', ml: 'Mandy Lawson' };
const nameOf = (id: string) => names[id];
const content: Inline[] = [
  { t: 'person', personId: 'fp' },
  { t: 'text', text: ' explained the local offer to ' },
  { t: 'person', personId: 'ml' },
  { t: 'text', text: '.' },
];

function editor(c: Inline[] = content): HTMLDivElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  document.body.append(el);
  writeInline(el, c, nameOf);
  return el;
}

describe('a paragraph in its element', () => {
  it('comes back as it went in, people as references shown by name', () => {
    const el = editor();
    expect(readInline(el)).toEqual(content);
    expect(el.textContent).toBe('Fiona Phelps explained the local offer to Mandy Lawson.');
    expect(el.querySelectorAll('[contenteditable="false"]')).toHaveLength(2);
  });

  it('reads what the browser’s editing leaves behind as plain text', () => {
    const el = editor([]);
    el.append('a\u00a0b', document.createElement('br'));
    const b = document.createElement('b');
    b.textContent = ' bold';
    el.append(b);
    expect(readInline(el)).toEqual([{ t: 'text', text: 'a b bold' }]);
  });

  it('marks someone no longer on the roster', () => {
    const el = editor([{ t: 'person', personId: 'gone' }]);
    expect(el.textContent).toBe('Unknown person');
    expect(el.querySelector('.unknown')).not.toBeNull();
  });

  it('splits at a point (Enter), the people staying on their side', () => {
    const el = editor();
    const text = el.childNodes[1] as Text; // " explained the local offer to "
    const { before, after } = splitAt(el, text, ' explained'.length);
    expect(before).toEqual([{ t: 'person', personId: 'fp' }, { t: 'text', text: ' explained' }]);
    expect(after).toEqual([{ t: 'text', text: ' the local offer to ' }, { t: 'person', personId: 'ml' }, { t: 'text', text: '.' }]);
  });

  it('finds the "@name" typed before the caret, only at the start of a word', () => {
    const el = editor([{ t: 'text', text: 'Thanks to @Fio' }]);
    const node = el.firstChild as Text;
    const sel = document.getSelection()!;
    sel.collapse(node, node.length);
    expect(mentionBeforeCaret(el)).toMatchObject({ at: 10, query: 'Fio' });
    node.data = 'mail me@home';
    sel.collapse(node, node.length);
    expect(mentionBeforeCaret(el)).toBeNull();
  });

  it('compares, tests emptiness and writes plain text', () => {
    expect(sameContent(content, [...content])).toBe(true);
    expect(sameContent(content, content.slice(1))).toBe(false);
    expect(isEmpty([{ t: 'text', text: '  ' }])).toBe(true);
    expect(isEmpty([{ t: 'person', personId: 'fp' }])).toBe(false);
    expect(plainOf(content, nameOf)).toBe('Fiona Phelps explained the local offer to Mandy Lawson.');
  });
});
