import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '$shared/domain';
import { CommandError, meetingCommandInputs, type MeetingCommandName } from '$shared/commands';
import { inverseOf, undoCall, type CommandCall } from '$shared/undo';
import { buildCall, builtNames, seedArb } from './live-command-gen';
import {
  ctxAt,
  expectRefused,
  itemId,
  personId,
  plannedMeeting,
  run,
  sampleCommittee,
  sampleMeeting,
} from './live-helpers';

/** A meeting as the file holds it, minus what only the store stamps; history keeps who and what, not when. */
function normal(m: Meeting): unknown {
  const plain = JSON.parse(JSON.stringify(m)) as Meeting;
  return { ...plain, revision: 0, updatedAt: '', history: plain.history.map((h) => ({ status: h.status, by: h.by })) };
}

/** Frozen, so a command that changed the meeting it was given (instead of a copy) would throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function once(make: () => Meeting): () => Meeting {
  let made: Meeting | undefined;
  return () => (made ??= deepFreeze(make()));
}

/** The same sample at four moments: before it starts, running, running with more captured, and as published. */
const starts: Record<string, () => Meeting> = {
  planned: once(plannedMeeting),
  live: once(() => {
    let m = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    m = run(m, 'clock:goToItem', { itemId: m.agenda[4]!.id }, ctxAt('19:15'));
    return m;
  }),
  ended: once(sampleMeeting),
  busy: once(() => {
    const c = sampleCommittee();
    let m = starts.live!();
    const item7 = itemId(m, '7');
    m = run(m, 'declarations:add', {
      declaration: {
        id: 'decl-0',
        personId: personId(c, 'Donald Johnson'),
        itemId: item7,
        kind: 'disclosable-pecuniary',
        withdrewAt: '19:20',
      },
    });
    m = run(m, 'questions:add', {
      question: { id: 'q-0', itemId: itemId(m, '4'), question: 'When?', answeredBy: personId(c, 'Steve Miley') },
    });
    m = run(m, 'agenda:setExempt', { itemId: itemId(m, '9'), paragraph: '3' });
    m = run(m, 'clock:adjourn', { at: '19:30' });
    return m;
  }),
};

function tryRun(
  m: Meeting,
  name: MeetingCommandName,
  input: Record<string, unknown>,
  time: string,
): Meeting | undefined {
  try {
    return run(m, name, input, ctxAt(time));
  } catch (err) {
    if (err instanceof CommandError) return undefined;
    throw err;
  }
}

const apply = (m: Meeting, c: CommandCall | null, time = '20:45') =>
  c ? run(m, c.name, c.input as Record<string, unknown>, ctxAt(time)) : m;

describe('inverseOf', () => {
  const m0 = sampleMeeting();
  const c = sampleCommittee();

  it('undoes a paragraph edit with the old content, an added paragraph by removing it', () => {
    const p = m0.notes[0]!;
    expect(
      inverseOf(m0, 'notes:updateParagraph', { paragraphId: p.id, content: [{ t: 'text', text: 'Changed.' }] }),
    ).toEqual([{ name: 'notes:updateParagraph', input: { paragraphId: p.id, content: p.content } }]);
    expect(inverseOf(m0, 'notes:addParagraph', { itemId: p.itemId, paragraphId: 'p-new' })).toEqual([
      { name: 'notes:removeParagraph', input: { paragraphId: 'p-new', withActions: true } },
    ]);
  });

  it('undoes attendance:set with the old entry, or by removing a new one', () => {
    const old = m0.attendance[1]!;
    expect(inverseOf(m0, 'attendance:set', { ...old, status: 'absent' })).toEqual([
      { name: 'attendance:set', input: { ...old, index: 1 } },
    ]);
    expect(inverseOf(m0, 'attendance:set', { personId: 'new-guest', capacity: 'guest', status: 'present' })).toEqual([
      { name: 'attendance:remove', input: { personId: 'new-guest' } },
    ]);
  });

  it('undoes "Start meeting" entirely: the start time, the item start it recorded and the status change', () => {
    const onItem = run(plannedMeeting(), 'clock:goToItem', { itemId: itemId(plannedMeeting(), '1') });
    const started = run(onItem, 'clock:start', {}, ctxAt('19:00'));
    const undo = undoCall(onItem, 'clock:start', {}, ctxAt('19:00'));
    expect(undo?.name).toBe('meeting:batch');
    expect(normal(apply(started, undo))).toEqual(normal(onItem));
  });

  it('undoes removing a paragraph with its actions, putting everything back in place', () => {
    const anchored = m0.actions[3]!;
    const input = { paragraphId: anchored.paragraphId, withActions: true };
    const after = run(m0, 'notes:removeParagraph', input);
    expect(normal(apply(after, undoCall(m0, 'notes:removeParagraph', input)))).toEqual(normal(m0));
  });

  it('finds nothing to undo for an edit that changes nothing, and refuses to invert a refused command', () => {
    expect(inverseOf(m0, 'clock:goToItem', { itemId: null })).toEqual([]);
    expect(undoCall(m0, 'agenda:clearExempt', { itemId: m0.agenda[0]!.id })).toBeNull();
    expect(() =>
      inverseOf(m0, 'declarations:add', {
        declaration: { id: 'd', personId: personId(c, 'Elaine Chumnerly'), itemId: m0.agenda[2]!.id, kind: 'other' },
      }),
    ).toThrow(CommandError);
  });

  it('has a random-command generator for every command except the review and sign-off ones', () => {
    // checks:* dismiss a finding of the checks before sign-off: a sign-off step, never undone from the console.
    const missing = Object.keys(meetingCommandInputs).filter(
      (n) => !builtNames.has(n) && !/^(review|minutes|checks):/.test(n),
    );
    expect(missing).toEqual([]);
  });

  it('really undoes: a random command then its undo gives back the same meeting, and redo gives the edit again', () => {
    const applied = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(starts)), fc.nat(1000), seedArb, (start, kind, seed) => {
        const before = starts[start]!();
        const { name, input } = buildCall(before, seed, kind);
        const after = tryRun(before, name, input, seed.t);
        if (!after) return;
        applied.add(name);
        const undo = undoCall(before, name, input, ctxAt(seed.t));
        const undone = apply(after, undo);
        expect(normal(undone)).toEqual(normal(before));
        if (undo)
          expect(normal(apply(undone, undoCall(after, undo.name, undo.input, ctxAt(seed.t))))).toEqual(normal(after));
      }),
      { numRuns: 1500 },
    );
    // The property held for real edits of every kind, not only for refusals.
    expect([...builtNames].filter((n) => !applied.has(n))).toEqual([]);
  });

  /** Random edits from one of the starts, each applied as the store would; all undone, newest first. */
  const undoesASequence = fc.property(
    fc.constantFrom(...Object.keys(starts)),
    fc.array(fc.tuple(fc.nat(1000), seedArb), { minLength: 1, maxLength: 12 }),
    (start, steps) => {
      const first = starts[start]!();
      let m = first;
      const undos: (CommandCall | null)[] = [];
      for (const [kind, seed] of steps) {
        const { name, input } = buildCall(m, seed, kind);
        const next = tryRun(m, name, input, seed.t);
        if (!next) continue;
        undos.push(undoCall(m, name, input, ctxAt(seed.t)));
        m = next;
      }
      for (const undo of undos.reverse()) m = apply(m, undo);
      expect(normal(m)).toEqual(normal(first));
    },
  );

  it('undoes a random sequence of edits, newest first, back to the start', () => {
    fc.assert(undoesASequence, { numRuns: 300 });
  });

  it('regression, seed -1429940222: an approval by setStatus is refused as the store refuses it, so undo never meets it', () => {
    // The test helper once skipped the edit rule: in review, then "approved" by setStatus (the store
    // says USE_APPROVE), then a details edit, whose undo then threw CANNOT_UNDO.
    fc.assert(undoesASequence, { seed: -1429940222, numRuns: 300 });
    const ended = starts.ended!();
    const inReview = run(ended, 'meeting:setStatus', { status: 'in_review', by: 'Bathsheba Mall' });
    expectRefused(
      () => run(inReview, 'meeting:setStatus', { status: 'approved', by: 'Bathsheba Mall' }),
      'USE_APPROVE',
    );
    const detailsInput = { patch: { venue: 'Committee Room 1' } };
    const edited = run(inReview, 'meeting:updateDetails', detailsInput);
    expect(normal(apply(edited, undoCall(inReview, 'meeting:updateDetails', detailsInput)))).toEqual(normal(inReview));
  });

  it('applies a batch all or nothing: a refused step leaves the meeting as it was', () => {
    const m0 = sampleMeeting();
    const steps = [
      {
        name: 'notes:updateParagraph',
        input: { paragraphId: m0.notes[0]!.id, content: [{ t: 'text', text: 'Changed.' }] },
      },
      { name: 'actions:remove', input: { actionId: 'no-such-action' } },
    ];
    expect(() => run(m0, 'meeting:batch', { steps })).toThrow(/No action with id no-such-action/);
    // A review step is refused by the edit rule, as the store refuses it; an unknown name by the batch itself.
    expect(() => run(m0, 'meeting:batch', { steps: [{ name: 'review:approve', input: {} }] })).toThrow(
      /review:approve cannot be part of a batch/,
    );
    expect(() => run(m0, 'meeting:batch', { steps: [{ name: 'agenda:noSuchThing', input: {} }] })).toThrow(
      /no command agenda:noSuchThing/,
    );
  });

  it('checks the live rules once, on the result of a batch', () => {
    const m0 = sampleMeeting();
    const c = sampleCommittee();
    const declare = {
      name: 'declarations:add',
      input: {
        declaration: { id: 'd1', personId: personId(c, 'Elaine Chumnerly'), itemId: m0.agenda[6]!.id, kind: 'other' },
      },
    };
    const markPresent = {
      name: 'attendance:mark',
      input: { personId: personId(c, 'Elaine Chumnerly'), status: 'present' },
    };
    // Declared before being marked present: fine within one batch, since she is present at the end of it.
    const m = run(m0, 'meeting:batch', { steps: [declare, markPresent] });
    expect(m.declarations).toHaveLength(1);
    expect(() => run(m0, 'meeting:batch', { steps: [declare] })).toThrow(CommandError);
  });
});
