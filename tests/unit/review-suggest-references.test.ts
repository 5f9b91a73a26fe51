// @vitest-environment jsdom
// Issue 15, defect 6: a suggested edit of a paragraph is its content edited, people and all, so
// accepting it (or amending approved minutes the same way) keeps every person as a reference,
// with its "name only" choice, even where the words printed around a name change.
import { describe, expect, it } from 'vitest';
import type { Inline, Meeting } from '$shared/domain';
import { composeMinutes, plainText } from '$shared/minutes';
import { mentionLabels } from '$shared/minutes/mention-labels';
import { chipsOf, readInline, setNameOnly, writeInline } from '../../renderer/src/lib/live-inline';
import { approvedSample, loadSample, Steps } from '../helpers/review';

const HEGGS_PARAGRAPH = 'e8c130cb-e096-45ac-8bd6-25c4143bcfde';
const HEGGS = 'f936c1f4-dfea-4009-b0a1-79ba0afa9a62';
const CLAIRE = 'c43cee21-e89d-41e2-a4b6-cbb9dbcd623e';

/** The paragraph as the review screen's editor holds it: text, and its people as chips showing what the minutes print. */
function editorFor(meeting: Meeting, paragraphId: string, committee = loadSample().committee): HTMLDivElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  document.body.append(el);
  const people = new Map(committee.people.map((p) => [p.id, p.name]));
  writeInline(
    el,
    meeting.notes.find((p) => p.id === paragraphId)!.content,
    (id) => people.get(id),
    mentionLabels(meeting, committee).get(paragraphId),
  );
  return el;
}

/** Retypes words in the editor's text (never inside a chip), as the reviewer does. */
function retype(el: HTMLElement, from: string, to: string): void {
  const node = [...el.childNodes].find((n): n is Text => n instanceof Text && n.data.includes(from));
  if (!node) throw new Error(`"${from}" is not in the editor's text`);
  node.data = node.data.replace(from, to);
}

const people = (content: readonly Inline[]) => content.filter((r) => r.t === 'person');

function printed(meeting: Meeting, paragraphId: string): string {
  const block = composeMinutes(meeting, loadSample().committee).blocks.find(
    (b) => b.type === 'paragraph' && b.paragraphId === paragraphId,
  );
  return block?.type === 'paragraph' ? plainText(block.runs) : '';
}

describe('a suggestion of a paragraph, edited as content', () => {
  it('keeps its people as references through review:suggest and review:decide, where the words around a name change', () => {
    const { meeting, committee } = loadSample();
    const el = editorFor(meeting, HEGGS_PARAGRAPH);
    expect(chipsOf(el).map((c) => c.textContent)).toEqual([
      'Ian Heggs, Director of Schools and Commissioning',
      'Claire Chamberlain, Executive Director For Schools',
    ]);
    // A new sentence after Claire Chamberlain's role, and Ian Heggs named without his.
    retype(el, ' as she had been unable', '. She had been unable');
    setNameOnly(chipsOf(el)[0]!, true);
    const suggestion = readInline(el);

    const s = new Steps(meeting, committee);
    s.run('review:send', { by: 'Bathsheba Mall' });
    s.run('review:suggest', {
      commentId: 's1',
      paragraphId: HEGGS_PARAGRAPH,
      author: 'Councillor Needham',
      suggestion,
    });
    const accepted = s.run('review:decide', { commentId: 's1', decision: 'accepted', by: 'Bathsheba Mall' });
    const content = accepted.notes.find((p) => p.id === HEGGS_PARAGRAPH)!.content;
    expect(people(content)).toEqual([
      { t: 'person', personId: HEGGS, nameOnly: true },
      { t: 'person', personId: CLAIRE },
    ]);
    expect(printed(accepted, HEGGS_PARAGRAPH)).toMatch(
      /^Ian Heggs submitted apologies on behalf of Claire Chamberlain, Executive Director For Schools\. She had been unable/,
    );
  });

  it('removes a person only when their chip is removed', () => {
    const { meeting, committee } = loadSample();
    const el = editorFor(meeting, HEGGS_PARAGRAPH);
    chipsOf(el)[1]!.remove();
    retype(el, ' on behalf of ', ' on behalf of the Executive Director ');
    const s = new Steps(meeting, committee);
    s.run('review:send', { by: 'Bathsheba Mall' });
    s.run('review:suggest', {
      commentId: 's1',
      paragraphId: HEGGS_PARAGRAPH,
      author: 'Councillor Needham',
      suggestion: readInline(el),
    });
    const accepted = s.run('review:decide', { commentId: 's1', decision: 'accepted', by: 'Bathsheba Mall' });
    expect(people(accepted.notes.find((p) => p.id === HEGGS_PARAGRAPH)!.content)).toEqual([
      { t: 'person', personId: HEGGS },
    ]);
  });

  it('keeps them as references in an amendment of approved minutes too', () => {
    const s = approvedSample();
    const el = editorFor(s.meeting, HEGGS_PARAGRAPH);
    retype(el, ' as she had been unable', ', as she was unable');
    const amended = s.run('minutes:amend', {
      by: 'Councillor Needham',
      why: 'Tense',
      command: { name: 'notes:updateParagraph', input: { paragraphId: HEGGS_PARAGRAPH, content: readInline(el) } },
    });
    expect(
      people(amended.notes.find((p) => p.id === HEGGS_PARAGRAPH)!.content).map((r) => r.t === 'person' && r.personId),
    ).toEqual([HEGGS, CLAIRE]);
  });
});
