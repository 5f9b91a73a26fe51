// Successive versions of a text as Word revisions: each version's changes under its own author,
// a later deletion of earlier inserted words shown as that later deletion, changes no one is
// recorded as making as plain text, and paragraph marks tracked like words.
import { describe, expect, it } from 'vitest';
import { trackedSpans, withEmphasis, hasRevisions } from '../../electron/services/docs/word-revisions';

const A = { author: 'Councillor Caroline Needham', date: '2016-09-20T09:00:00Z' };
const B = { author: 'Bathsheba Mall', date: '2016-11-21T19:00:00Z' };
const view = (spans: ReturnType<typeof trackedSpans>) =>
  spans.map((s) => `${s.del ? `-${s.del.author[0]}` : s.ins ? `+${s.ins.author[0]}` : '='}[${s.text}]`).join(' ');

describe('trackedSpans', () => {
  it('attributes each version’s changes to its author', () => {
    const spans = trackedSpans('The report was noted.', [
      { text: 'The report was noted with thanks.', by: A },
      { text: 'The annual report was noted with thanks.', by: B },
    ]);
    expect(view(spans)).toBe('=[The ] +B[annual ] =[report was ] -C[noted.] +C[noted with thanks.]');
    expect(hasRevisions(spans)).toBe(true);
  });

  it('shows words one author inserted and a later one deleted as that deletion', () => {
    const spans = trackedSpans('Noted.', [
      { text: 'Noted with thanks.', by: A },
      { text: 'Noted.', by: B },
    ]);
    // The Chair replaced the sentence; the clerk then took her words out and put the sentence back.
    expect(spans.map((s) => [s.text, s.del?.author, s.ins?.author])).toEqual([
      ['Noted.', A.author, undefined],
      ['Noted with thanks.', B.author, A.author],
      ['Noted.', undefined, B.author],
    ]);
  });

  it('writes a change no record attributes as plain text', () => {
    const spans = trackedSpans('One two three.', [{ text: 'One two four.' }]);
    expect(view(spans)).toBe('=[One two four.]');
    expect(hasRevisions(spans)).toBe(false);
  });

  it('tracks a paragraph mark: a clause added is an inserted line', () => {
    const spans = trackedSpans('That the report be noted.\n', [
      { text: 'That the report be noted;\nThat a briefing follow.\n', by: A },
    ]);
    const inserted = spans.filter((s) => s.ins).map((s) => s.text);
    expect(inserted.join('')).toContain('\n');
    expect(inserted.join('')).toContain('That a briefing follow.');
  });

  it('lays the last version’s bold over what is still there', () => {
    const spans = withEmphasis(trackedSpans('Officers: Ann', [{ text: 'Officers: Ann, Bob', by: A }]), [
      { text: 'Officers:', bold: true },
      { text: ' Ann, Bob' },
    ]);
    expect(spans[0]).toEqual({ text: 'Officers:', bold: true });
    expect(
      spans
        .filter((s) => s.ins)
        .map((s) => s.text)
        .join(''),
    ).toContain('Bob');
  });
});
