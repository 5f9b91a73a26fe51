// Review and sign-off as pure commands: comments and suggestions attributed and dated, accept
// applies the edit, approval fingerprints and freezes, amendments record before/after and move
// the seal on, confirmation closes the minutes.
import { describe, expect, it } from 'vitest';
import { CommandError } from '$shared/commands';
import type { Meeting } from '$shared/domain';
import { checkSeal, editAllowed, expectedFingerprint, fingerprint, namedSnapshot } from '$shared/review';
import { approvedSample, loadSample, Steps, text } from '../helpers/review';

function refused(f: () => unknown, code: string): CommandError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).code).toBe(code);
    return err as CommandError;
  }
  throw new Error(`expected ${code}, but the command was applied`);
}

const firstParagraph = (m: Meeting) => m.notes[0]!;

describe('sending for review, comments and suggestions', () => {
  it('sends an ended draft, dated and attributed; not a live one, not twice', () => {
    const { meeting, committee } = loadSample();
    const s = new Steps({ ...meeting, status: 'live' }, committee);
    refused(() => s.run('review:send', { by: 'BM' }), 'BAD_STATUS');
    const t = new Steps(meeting, committee);
    const sent = t.run('review:send', { by: 'Bathsheba Mall' });
    expect(sent.status).toBe('in_review');
    expect(sent.review).toEqual({ sentAt: '2016-09-20T09:01:00.000Z', sentBy: 'Bathsheba Mall', comments: [] });
    expect(sent.history.at(-1)).toEqual({ status: 'in_review', at: '2016-09-20T09:01:00.000Z', by: 'Bathsheba Mall' });
    refused(() => t.run('review:send', { by: 'BM' }), 'ALREADY_IN_REVIEW');
  });

  it('records comments on a paragraph or on a printed block, with author and time; refuses them outside review', () => {
    const { meeting, committee } = loadSample();
    // (The refused attempt takes a minute of the test clock too.)
    const s = new Steps(meeting, committee);
    refused(
      () =>
        s.run('review:comment', {
          commentId: 'c0',
          paragraphId: firstParagraph(meeting).id,
          author: 'Chair',
          text: 'Too early',
        }),
      'NOT_IN_REVIEW',
    );
    s.run('review:send', { by: 'BM' });
    s.run('review:comment', {
      commentId: 'c1',
      paragraphId: firstParagraph(meeting).id,
      author: 'Councillor Needham',
      text: 'Is this right?',
    });
    const m = s.run('review:comment', {
      commentId: 'c2',
      blockRef: 'closing-times',
      author: 'Councillor Needham',
      text: 'We finished at 8.52',
    });
    expect(m.review!.comments).toEqual([
      {
        id: 'c1',
        paragraphId: firstParagraph(meeting).id,
        author: 'Councillor Needham',
        at: '2016-09-20T09:03:00.000Z',
        text: 'Is this right?',
        status: 'open',
      },
      {
        id: 'c2',
        blockRef: 'closing-times',
        author: 'Councillor Needham',
        at: '2016-09-20T09:04:00.000Z',
        text: 'We finished at 8.52',
        status: 'open',
      },
    ]);
    refused(() => s.run('review:comment', { commentId: 'c1', blockRef: 'x', author: 'A', text: 'again' }), 'DUPLICATE');
    refused(
      () => s.run('review:comment', { commentId: 'c3', paragraphId: 'no-such-paragraph', author: 'A', text: 'x' }),
      'NOT_FOUND',
    );
  });

  it('accepting a suggestion applies it as a paragraph update and keeps what it replaced; rejecting changes nothing', () => {
    const { meeting, committee } = loadSample();
    const s = new Steps(meeting, committee);
    const p = firstParagraph(meeting);
    s.run('review:send', { by: 'BM' });
    s.run('review:suggest', {
      commentId: 's1',
      paragraphId: p.id,
      author: 'Councillor Needham',
      suggestion: text('Shorter words.'),
    });
    s.run('review:suggest', {
      commentId: 's2',
      paragraphId: meeting.notes[1]!.id,
      author: 'Councillor Needham',
      suggestion: text('Not this.'),
    });
    expect(firstParagraph(s.meeting).content).toEqual(p.content);
    const accepted = s.run('review:decide', { commentId: 's1', decision: 'accepted', by: 'Bathsheba Mall' });
    expect(firstParagraph(accepted).content).toEqual(text('Shorter words.'));
    expect(accepted.review!.comments[0]).toMatchObject({
      status: 'accepted',
      decidedBy: 'Bathsheba Mall',
      decidedAt: '2016-09-20T09:04:00.000Z',
      replaced: p.content,
      basedOn: p.content,
    });
    const rejected = s.run('review:decide', { commentId: 's2', decision: 'rejected', by: 'Bathsheba Mall' });
    expect(rejected.notes[1]).toEqual(meeting.notes[1]);
    expect(rejected.review!.comments[1]).toMatchObject({ status: 'rejected', decidedBy: 'Bathsheba Mall' });
    refused(() => s.run('review:decide', { commentId: 's2', decision: 'accepted', by: 'BM' }), 'ALREADY_DECIDED');
  });

  it('refuses a suggestion that changes nothing or empties the paragraph, and a stale one', () => {
    const { meeting, committee } = loadSample();
    const s = new Steps(meeting, committee);
    const p = firstParagraph(meeting);
    s.run('review:send', { by: 'BM' });
    refused(
      () => s.run('review:suggest', { commentId: 'x', paragraphId: p.id, author: 'C', suggestion: p.content }),
      'NO_CHANGE',
    );
    refused(
      () => s.run('review:suggest', { commentId: 'x', paragraphId: p.id, author: 'C', suggestion: text('   ') }),
      'EMPTY',
    );
    s.run('review:suggest', { commentId: 's1', paragraphId: p.id, author: 'C', suggestion: text('Suggested.') });
    s.run('notes:updateParagraph', { paragraphId: p.id, content: text('The coordinator changed it meanwhile.') });
    refused(() => s.run('review:decide', { commentId: 's1', decision: 'accepted', by: 'BM' }), 'STALE');
  });
});

describe('approval', () => {
  it('refuses while comments are open, and outside review', () => {
    const { meeting, committee } = loadSample();
    const s = new Steps(meeting, committee);
    refused(() => s.run('review:approve', { by: 'Chair', confirmMarkers: false }), 'NOT_IN_REVIEW');
    s.run('review:send', { by: 'BM' });
    s.run('review:comment', { commentId: 'c1', blockRef: 'date', author: 'Chair', text: 'Check' });
    expect(
      refused(() => s.run('review:approve', { by: 'Chair', confirmMarkers: false }), 'OPEN_COMMENTS').message,
    ).toContain('Chair: "Check"');
  });

  it('asks for confirmation while "[to be completed]" markers remain, listing them, and records them when confirmed', () => {
    const { meeting, committee } = loadSample();
    const gappy = { ...meeting, clock: { ...meeting.clock, endedAt: undefined } };
    const s = new Steps(gappy, committee);
    s.run('review:send', { by: 'BM' });
    const err = refused(() => s.run('review:approve', { by: 'Chair', confirmMarkers: false }), 'MARKERS');
    expect(err.message).toContain('1 gap(s) marked "[to be completed]": Closing: the time the meeting ended');
    expect(err.field).toBe('confirmMarkers');
    const approved = s.run('review:approve', { by: 'Councillor Needham', confirmMarkers: true });
    expect(approved.status).toBe('approved');
    expect(approved.approval!.gapsConfirmed).toEqual(['Closing: the time the meeting ended']);
  });

  it('stores the fingerprint of the content with the people as named, the approver and the time', () => {
    const s = approvedSample();
    const m = s.meeting;
    expect(m.status).toBe('approved');
    expect(m.approval).toMatchObject({
      approvedBy: 'Councillor Needham',
      approvedAt: '2016-09-20T09:04:00.000Z',
      scheme: 'scrutineer.minutes-content/1',
    });
    expect(m.approval!.fingerprint).toBe(fingerprint(m, namedSnapshot(m, s.committee)));
    expect(m.approval!.named.people.map((p) => p.id).sort()).toEqual(
      [
        ...new Set(
          m.attendance
            .map((a) => a.personId)
            .concat(m.notes.flatMap((p) => p.content.flatMap((r) => (r.t === 'person' ? [r.personId] : [])))),
        ),
      ].sort(),
    );
    expect(checkSeal(m)).toEqual({
      ok: true,
      sealed: true,
      fingerprint: m.approval!.fingerprint,
      record: { state: 'sealed', seal: m.approval!.recordSeal },
    });
    expect(m.history.at(-1)).toEqual({ status: 'approved', at: '2016-09-20T09:04:00.000Z', by: 'Councillor Needham' });
  });
});

describe('after approval', () => {
  it('refuses every edit but an amendment or the confirmation, with the approver named', () => {
    const m = approvedSample().meeting;
    for (const [name, input] of [
      ['notes:updateParagraph', {}],
      ['actions:update', {}],
      ['review:comment', {}],
      ['meeting:updateDetails', {}],
      ['meeting:batch', { steps: [] }],
    ] as const) {
      const verdict = editAllowed(m, name, input);
      expect(verdict, name).toEqual({
        ok: false,
        code: 'APPROVED',
        message:
          'These minutes were approved by Councillor Needham on 20 September 2016; any change must be made as an amendment, saying who made it and why',
      });
    }
    expect(editAllowed(m, 'minutes:amend')).toEqual({ ok: true });
    expect(editAllowed(m, 'minutes:confirm')).toEqual({ ok: true });
    expect(editAllowed({ ...m, status: 'confirmed' }, 'minutes:amend')).toMatchObject({ ok: false, code: 'CONFIRMED' });
  });

  it('before approval, approval and confirmation cannot be slipped in by a status change or a batch', () => {
    const { meeting } = loadSample();
    expect(editAllowed(meeting, 'notes:updateParagraph', {})).toEqual({ ok: true });
    expect(editAllowed(meeting, 'meeting:setStatus', { status: 'approved' })).toMatchObject({
      ok: false,
      code: 'USE_APPROVE',
    });
    expect(editAllowed(meeting, 'meeting:setStatus', { status: 'confirmed' })).toMatchObject({
      ok: false,
      code: 'USE_CONFIRM',
    });
    expect(
      editAllowed(meeting, 'meeting:batch', { steps: [{ name: 'meeting:setStatus', input: { status: 'approved' } }] }),
    ).toMatchObject({ ok: false, code: 'USE_APPROVE' });
    expect(editAllowed(meeting, 'meeting:batch', { steps: [{ name: 'review:approve', input: {} }] })).toMatchObject({
      ok: false,
      code: 'NOT_IN_BATCH',
    });
  });

  it('an amendment applies the edit, records who, when, why and the before/after, and moves the seal on', () => {
    const s = approvedSample();
    const before = s.meeting;
    const p = before.notes[2]!;
    const amended = s.run('minutes:amend', {
      amendmentId: 'am-1',
      by: 'Bathsheba Mall',
      why: 'Councillor Ffiske asked that her question be recorded',
      command: { name: 'notes:updateParagraph', input: { paragraphId: p.id, content: text('Amended words.') } },
    });
    expect(amended.notes[2]!.content).toEqual(text('Amended words.'));
    expect(amended.status).toBe('approved');
    const [a] = amended.amendments!;
    expect(a).toMatchObject({
      id: 'am-1',
      at: '2016-09-20T09:05:00.000Z',
      by: 'Bathsheba Mall',
      why: 'Councillor Ffiske asked that her question be recorded',
    });
    expect(a!.command).toEqual({
      name: 'notes:updateParagraph',
      input: { paragraphId: p.id, content: text('Amended words.') },
    });
    expect(a!.changes).toEqual([
      { kind: 'paragraph', id: p.id, before: p, after: { ...p, content: text('Amended words.') } },
    ]);
    expect(a!.fingerprintBefore).toBe(before.approval!.fingerprint);
    expect(a!.fingerprintAfter).toBe(fingerprint(amended, amended.approval!.named));
    expect(a!.fingerprintAfter).not.toBe(a!.fingerprintBefore);
    expect(expectedFingerprint(amended)).toBe(a!.fingerprintAfter);
    expect(checkSeal(amended)).toMatchObject({ ok: true, sealed: true });
  });

  it('an amendment that adds a resolution clause records it as a resolution change', () => {
    const s = approvedSample();
    const r = s.meeting.resolutions[0]!;
    const amended = s.run('minutes:amend', {
      by: 'BM',
      why: 'Missing clause',
      command: {
        name: 'resolutions:set',
        input: { resolution: { ...r, clauses: [...r.clauses, 'That a further report be brought'] } },
      },
    });
    expect(amended.amendments![0]!.changes).toEqual([
      {
        kind: 'resolution',
        id: r.id,
        before: r,
        after: { ...r, clauses: [...r.clauses, 'That a further report be brought'] },
      },
    ]);
  });

  it('refuses amendments that change nothing, carry a status change, a review step or bad input, or are made to a draft', () => {
    const s = approvedSample();
    const p = s.meeting.notes[0]!;
    refused(
      () =>
        s.run('minutes:amend', {
          by: 'BM',
          why: 'x',
          command: { name: 'notes:updateParagraph', input: { paragraphId: p.id, content: p.content } },
        }),
      'NO_CHANGE',
    );
    refused(
      () =>
        s.run('minutes:amend', {
          by: 'BM',
          why: 'x',
          command: { name: 'meeting:setStatus', input: { status: 'ended' } },
        }),
      'NOT_AMENDABLE',
    );
    refused(
      () => s.run('minutes:amend', { by: 'BM', why: 'x', command: { name: 'review:approve', input: {} } }),
      'NOT_AMENDABLE',
    );
    refused(
      () =>
        s.run('minutes:amend', {
          by: 'BM',
          why: 'x',
          command: { name: 'notes:updateParagraph', input: { paragraphId: 7 } },
        }),
      'INVALID',
    );
    const { meeting, committee } = loadSample();
    refused(
      () =>
        new Steps(meeting, committee).run('minutes:amend', {
          by: 'BM',
          why: 'x',
          command: { name: 'notes:updateParagraph', input: { paragraphId: p.id, content: text('y') } },
        }),
      'NOT_APPROVED',
    );
  });

  it('refuses to amend minutes whose content no longer matches their seal', () => {
    const s = approvedSample();
    s.meeting = { ...s.meeting, venue: 'Edited in a text editor' };
    refused(
      () =>
        s.run('minutes:amend', {
          by: 'BM',
          why: 'x',
          command: { name: 'meeting:updateDetails', input: { patch: { venue: 'Room 2' } } },
        }),
      'TAMPERED',
    );
  });

  it('confirmation records the meeting, the time and the amendments; confirmed minutes accept nothing more', () => {
    const s = approvedSample();
    const p = s.meeting.notes[0]!;
    s.run('minutes:amend', {
      amendmentId: 'am-1',
      by: 'BM',
      why: 'Typo',
      command: { name: 'notes:updateParagraph', input: { paragraphId: p.id, content: text('Fixed.') } },
    });
    refused(() => s.run('minutes:confirm', { atMeetingId: s.meeting.id, by: '' }), 'INVALID');
    const confirmed = s.run('minutes:confirm', {
      atMeetingId: 'next-meeting',
      atMeetingDate: '2016-11-21',
      by: 'Councillor Needham',
    });
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.confirmation).toEqual({
      confirmedAt: '2016-09-20T09:07:00.000Z',
      confirmedBy: 'Councillor Needham',
      atMeetingId: 'next-meeting',
      atMeetingDate: '2016-11-21',
      amendments: ['am-1'],
    });
    expect(checkSeal(confirmed)).toMatchObject({ ok: true, sealed: true });
    expect(editAllowed(confirmed, 'minutes:amend')).toMatchObject({ ok: false, code: 'CONFIRMED' });
  });
});
