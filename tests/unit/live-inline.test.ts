// @vitest-environment jsdom
// A paragraph's content in and out of its editable element: text and person references.
import { describe, expect, it } from 'vitest';
import type { Inline } from '$shared/domain';
import {
  chipAtCaret,
  isEmpty,
  mentionBeforeCaret,
  plainOf,
  readInline,
  relabelChips,
  sameContent,
  setNameOnly,
  splitAt,
  writeInline,
} from '../../renderer/src/lib/live-inline';
import { referencesNear } from '$shared/minutes/mention-labels';

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
    expect(before).toEqual([
      { t: 'person', personId: 'fp' },
      { t: 'text', text: ' explained' },
    ]);
    expect(after).toEqual([
      { t: 'text', text: ' the local offer to ' },
      { t: 'person', personId: 'ml' },
      { t: 'text', text: '.' },
    ]);
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

describe('what a chip shows, and "name only" (issue 15, defect 4)', () => {
  it('shows the words the minutes print for each reference, and keeps the text and caret around them', () => {
    const el = editor();
    writeInline(el, content, nameOf, ['Fiona Phelps, Head of Special Educational Needs', 'Mandy Lawson']);
    expect(el.textContent).toBe(
      'Fiona Phelps, Head of Special Educational Needs explained the local offer to Mandy Lawson.',
    );
    const text = el.childNodes[1] as Text;
    document.getSelection()!.collapse(text, 5);
    relabelChips(el, ['Fiona Phelps', 'Mandy Lawson, Assistant Director']);
    expect(el.textContent).toBe('Fiona Phelps explained the local offer to Mandy Lawson, Assistant Director.');
    expect(el.childNodes[1]).toBe(text);
    expect(document.getSelection()!.anchorNode).toBe(text);
    expect(readInline(el)).toEqual(content);
  });

  it('keeps "name only" on the reference it was chosen for, in and out of the element', () => {
    const flagged: Inline[] = [
      { t: 'person', personId: 'fp', nameOnly: true },
      { t: 'text', text: ' spoke.' },
    ];
    const el = editor(flagged);
    expect(readInline(el)).toEqual(flagged);
    expect(
      sameContent(flagged, [
        { t: 'person', personId: 'fp' },
        { t: 'text', text: ' spoke.' },
      ]),
    ).toBe(false);
    setNameOnly(el.firstChild as HTMLElement, false);
    expect(readInline(el)).toEqual([
      { t: 'person', personId: 'fp' },
      { t: 'text', text: ' spoke.' },
    ]);
  });

  it('finds the chip before the caret for Alt+M, else the first', () => {
    const el = editor();
    const [fp, ml] = [...el.querySelectorAll<HTMLElement>('[data-person-id]')];
    const sel = document.getSelection()!;
    sel.collapse(el.childNodes[3]!, 1); // after "."
    expect(chipAtCaret(el)).toBe(ml);
    sel.collapse(el.childNodes[1]!, 3); // in " explained…"
    expect(chipAtCaret(el)).toBe(fp);
    sel.collapse(el, 0); // before everything
    expect(chipAtCaret(el)).toBe(fp);
  });

  it('relabels while typing only when the text near a reference changes', () => {
    const long = 'x'.repeat(400);
    const at = (tail: string): Inline[] => [
      { t: 'person', personId: 'fp' },
      { t: 'text', text: ` said ${long}${tail}` },
    ];
    expect(referencesNear(at('a'))).toBe(referencesNear(at('ab')));
    expect(
      referencesNear([
        { t: 'person', personId: 'fp' },
        { t: 'text', text: ', Head' },
      ]),
    ).not.toBe(
      referencesNear([
        { t: 'person', personId: 'fp' },
        { t: 'text', text: ', Hea' },
      ]),
    );
    expect(referencesNear([{ t: 'person', personId: 'fp' }])).not.toBe(
      referencesNear([{ t: 'person', personId: 'fp', nameOnly: true }]),
    );
    expect(referencesNear([{ t: 'text', text: 'no one' }])).toBe('');
  });
});
