// Issue 15, defect 4: a role typed beside a person reference is not printed twice; one mention
// can be "name only"; and the live console's chips show what the minutes print, in the order the
// minutes introduce people.
import { describe, expect, it } from 'vitest';
import type { Committee, Inline, Meeting } from '$shared/domain';
import { Inline as InlineSchema, loadMeeting } from '$shared/domain';
import { composeConfidentialAnnex, composeMinutes, plainText } from '$shared/minutes';
import { mentionLabels } from '$shared/minutes/mention-labels';
import { MentionTracker, roleTypedBeside, UNKNOWN_PERSON } from '$shared/minutes/mentions';
import { fixtureCommittee, fixtureMeeting } from '../fixtures/minutes/load';
import { loadSample } from '../integration/helpers/sample';

const person = (personId: string, nameOnly?: true): Inline => ({
  t: 'person',
  personId,
  ...(nameOnly ? { nameOnly } : {}),
});
const words = (text: string): Inline => ({ t: 'text', text });

/** The paragraph as printed in the minutes of a meeting whose only notes are these paragraphs (item i5). */
function printed(...paragraphs: Inline[][]): string[] {
  const m = fixtureMeeting();
  const c = fixtureCommittee();
  const notes = paragraphs.map((content, i) => ({ id: `q${i}`, itemId: 'i5', content }));
  const o = composeMinutes({ ...m, notes, actions: [] }, c);
  return notes.map((p) => {
    const block = o.blocks.find((b) => b.type === 'paragraph' && b.paragraphId === p.id);
    return block?.type === 'paragraph' ? plainText(block.runs) : '';
  });
}

describe('a role typed beside a person reference', () => {
  it('is printed once when typed before the reference ("the Executive Director, @Claire")', () => {
    expect(
      printed([words('The Director of Schools and Commissioning, '), person('heggs'), words(', said so.')]),
    ).toEqual(['The Director of Schools and Commissioning, Ian Heggs, said so.']);
  });

  it('is printed once when typed after it ("@Claire, Executive Director,")', () => {
    expect(printed([person('heggs'), words(', Director of Schools and Commissioning, said so.')])).toEqual([
      'Ian Heggs, Director of Schools and Commissioning, said so.',
    ]);
  });

  it('ignores case and punctuation, and counts the Chair as a role', () => {
    expect(printed([words('the director of schools & commissioning: '), person('heggs'), words(' said so.')])).toEqual([
      'the director of schools & commissioning: Ian Heggs said so.',
    ]);
    expect(printed([words('The Chair, '), person('needham'), words(' opened the item.')])).toEqual([
      'The Chair, Councillor Caroline Needham opened the item.',
    ]);
    expect(printed([person('chumnerly'), words(' (chair of the Childcare Task Group) reported.')])).toEqual([
      'Councillor Elaine Chumnerly (chair of the Childcare Task Group) reported.',
    ]);
  });

  it('counts as the first mention: later mentions are by name', () => {
    expect(
      printed(
        [words('The Director of Schools and Commissioning, '), person('heggs'), words(', spoke.')],
        [person('heggs'), words(' agreed.')],
      ),
    ).toEqual(['The Director of Schools and Commissioning, Ian Heggs, spoke.', 'Ian Heggs agreed.']);
  });

  it('does not count across the end of a sentence, nor as part of other words', () => {
    expect(
      printed([
        words('They wrote to the Director of Schools and Commissioning. '),
        person('heggs'),
        words(' replied.'),
      ]),
    ).toEqual([
      'They wrote to the Director of Schools and Commissioning. Ian Heggs, Director of Schools and Commissioning, replied.',
    ]);
    expect(roleTypedBeside(['Director'], 'the Directorate, ', '')).toBe(false);
    expect(roleTypedBeside(['Director'], '', ' directed the work')).toBe(false);
    expect(roleTypedBeside(['Director'], 'the Deputy Director, ', '')).toBe(true);
    expect(roleTypedBeside(['', 'Chair'], '', ', Chair, said')).toBe(true);
    expect(roleTypedBeside([''], 'anything ', ' else')).toBe(false);
    expect(roleTypedBeside(["Director of Children's Services"], 'the director of childrens services (', '')).toBe(true);
  });
});

describe('"name only" for one mention', () => {
  it('prints the name without the role, and the mentions after it as before', () => {
    expect(printed([person('heggs', true), words(' opened.')], [person('heggs'), words(' closed.')])).toEqual([
      'Ian Heggs opened.',
      'Ian Heggs closed.',
    ]);
    expect(printed([person('needham', true), words(' opened.')], [person('needham'), words(' closed.')])).toEqual([
      'Councillor Caroline Needham opened.',
      'Councillor Needham closed.',
    ]);
  });

  it('is kept by the schema, and files without it read as before', () => {
    expect(InlineSchema.parse({ t: 'person', personId: 'heggs', nameOnly: true })).toEqual({
      t: 'person',
      personId: 'heggs',
      nameOnly: true,
    });
    expect(InlineSchema.parse({ t: 'person', personId: 'heggs' })).toEqual({ t: 'person', personId: 'heggs' });
    expect(InlineSchema.safeParse({ t: 'person', personId: 'heggs', nameOnly: 'yes' }).success).toBe(false);
    const { meeting } = loadSample();
    const loaded = loadMeeting(JSON.parse(JSON.stringify(meeting)));
    expect(loaded.ok && loaded.value.notes).toEqual(meeting.notes);
    // Saved with the flag, read back with it.
    const flagged = {
      ...meeting,
      notes: meeting.notes.map((p, i) =>
        i === 0
          ? { ...p, content: p.content.map((r) => (r.t === 'person' ? { ...r, nameOnly: true as const } : r)) }
          : p,
      ),
    };
    const again = loadMeeting(JSON.parse(JSON.stringify(flagged)));
    expect(
      again.ok &&
        again.value.notes[0]!.content.filter((r) => r.t === 'person').every((r) => r.t === 'person' && r.nameOnly),
    ).toBe(true);
  });
});

/** Every paragraph's person references as the composed minutes (and confidential minutes) print them. */
function composedLabels(meeting: Meeting, committee: Committee): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of [composeMinutes(meeting, committee), composeConfidentialAnnex(meeting, committee)]) {
    for (const b of o.blocks) {
      if (b.type !== 'paragraph' || !b.paragraphId) continue;
      const names = b.runs
        .filter((r) => r.personId || r.text === '[unknown person]')
        .map((r) => (r.personId ? r.text.replace(/,$/, '') : UNKNOWN_PERSON));
      out.set(b.paragraphId, names);
    }
  }
  return out;
}

function nonEmpty(labels: Map<string, readonly string[]>): Map<string, readonly string[]> {
  return new Map([...labels].filter(([, l]) => l.length > 0));
}

describe('the printed name of each reference (the chips in the live console)', () => {
  it('is what the minutes print: with role at the first mention, by name after, the comma left to the sentence', () => {
    const { meeting, committee } = loadSample();
    const labels = mentionLabels(meeting, committee);
    const firstOf5 = meeting.notes.find((p) => p.itemId === 'dac1bd91-e0af-4593-8103-0753350b1479')!;
    expect(labels.get(firstOf5.id)).toEqual([
      'Ian Heggs, Director of Schools and Commissioning',
      'Claire Chamberlain, Executive Director For Schools',
    ]);
    expect(nonEmpty(labels)).toEqual(nonEmpty(composedLabels(meeting, committee)));
  });

  it("follows the minutes' order: answerers of public questions, exempt items in their own minutes, items no longer on the agenda, unknown people", () => {
    const m = fixtureMeeting();
    const c = fixtureCommittee();
    const meeting: Meeting = {
      ...m,
      publicQuestions: [
        {
          id: 'q1',
          itemId: 'i4',
          askedByName: 'A resident',
          question: 'Why?',
          answer: 'Because.',
          answeredBy: 'heggs',
        },
        { id: 'q2', itemId: 'gone', askedByName: '', question: 'When?', answer: 'Soon.', answeredBy: 'phelps' },
      ],
      notes: [
        ...m.notes,
        {
          id: 'x1',
          itemId: 'i5',
          content: [
            person('heggs'),
            words(' and '),
            person('phelps'),
            words(' spoke; '),
            person('nobody'),
            words(' did not.'),
          ],
        },
        {
          id: 'x2',
          itemId: 'i7',
          content: [person('miley'), words(' and '), person('heggs'), words(' reported in private.')],
        },
        { id: 'x3', itemId: 'gone', content: [person('miley'), words(' wrote.')] },
        {
          id: 'x4',
          itemId: 'i6',
          content: [words('The Head of Housing Support, '), person('chowdhury'), words(' answered.')],
        },
      ],
      actions: [],
    };
    const labels = mentionLabels(meeting, c);
    expect(labels.get('x1')).toEqual(['Ian Heggs', 'Fiona Phelps', UNKNOWN_PERSON]);
    expect(labels.get('x2')).toEqual([
      'Steve Miley, Director for Family Services',
      'Ian Heggs, Director of Schools and Commissioning',
    ]);
    expect(labels.get('x3')).toEqual(['Steve Miley, Director for Family Services']);
    expect(nonEmpty(labels)).toEqual(nonEmpty(composedLabels(meeting, c)));
  });

  it('is written by the same tracker as the minutes, paragraph by paragraph', () => {
    const { meeting, committee } = loadSample();
    const tracker = new MentionTracker(committee, meeting.date);
    const content = [
      words('the Executive Director For Schools, '),
      person('c43cee21-e89d-41e2-a4b6-cbb9dbcd623e'),
      words(' said'),
    ];
    expect(tracker.labelsOf(content)).toEqual(['Claire Chamberlain']);
    expect(plainText(new MentionTracker(committee, meeting.date).writeInlines(content))).toBe(
      'the Executive Director For Schools, Claire Chamberlain said',
    );
  });
});
