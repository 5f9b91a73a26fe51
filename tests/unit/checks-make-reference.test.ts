// A plain-text name offered as a reference becomes one: the words replaced by the person, with a
// title typed before it, and nothing else in the paragraph touched.
import { describe, expect, it } from 'vitest';
import { runChecks, withReference } from '$shared/checks';
import type { Inline } from '$shared/domain';
import { loadSample } from '../helpers/review';

describe('withReference', () => {
  it('replaces the name, and a title before it, keeping the text around', () => {
    const content: Inline[] = [
      { t: 'person', personId: 'x' },
      { t: 'text', text: ' asked Councillor Needham’s view; Needhamson did not.' },
    ];
    expect(withReference(content, 'Needham', 'cn')).toEqual([
      { t: 'person', personId: 'x' },
      { t: 'text', text: ' asked ' },
      { t: 'person', personId: 'cn' },
      { t: 'text', text: '’s view; Needhamson did not.' },
    ]);
  });

  it('matches either apostrophe, and answers undefined when the name is not there as a whole word', () => {
    expect(withReference([{ t: 'text', text: 'Alan De’Ath spoke.' }], "Alan De'Ath", 'ad')).toEqual([
      { t: 'person', personId: 'ad' },
      { t: 'text', text: ' spoke.' },
    ]);
    expect(withReference([{ t: 'text', text: 'Needhamson spoke.' }], 'Needham', 'cn')).toBeUndefined();
  });

  it('applies to what the check offers, after which the offer is gone', () => {
    const { meeting, committee } = loadSample();
    const p = meeting.notes[0]!;
    const m = {
      ...meeting,
      notes: meeting.notes.map((x) =>
        x.id === p.id ? { ...x, content: [{ t: 'text' as const, text: 'Fiona Phelps explained.' }] } : x,
      ),
    };
    const offer = runChecks(m, committee).find((f) => f.kind === 'name-reference' && f.place.paragraphId === p.id)!;
    const content = withReference(m.notes.find((x) => x.id === p.id)!.content, offer.written!, offer.personId!)!;
    const fixed = { ...m, notes: m.notes.map((x) => (x.id === p.id ? { ...x, content } : x)) };
    expect(runChecks(fixed, committee).some((f) => f.kind === 'name-reference' && f.place.paragraphId === p.id)).toBe(
      false,
    );
  });
});
