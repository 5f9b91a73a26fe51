// The seal of the record of sign-off: who approved, when and the fingerprint approved, and the
// chain of amendments (who, when, why, what changed, in order). A forged approver or amendment is
// reported exactly as forged content is, never accepted; minutes approved before records were
// sealed load without alarm, say they carry no record seal, and are sealed by the next amendment.
// The content fingerprint is untouched.
import { describe, expect, it } from 'vitest';
import { Amendment, Approval, loadMeeting, type Meeting } from '$shared/domain';
import {
  AMENDMENT_NOT_SEALED,
  APPROVAL_NOT_SEALED,
  amendmentSeal,
  approvalSeal,
  checkRecordSeal,
  checkSeal,
  describeRecordSeal,
  fingerprint,
  namedSnapshot,
  previewMeetingFile,
  readMeetingFile,
  recordHead,
} from '$shared/review';
import { MEETING_EXPORT_FORMAT, MEETING_EXPORT_VERSION } from '$shared/api';
import { approvedSample, Steps, text } from '../helpers/review';

/** Approved, then amended twice: a note reworded, a resolution clause added at the next meeting. */
function amendedTwice(): Steps {
  const s = approvedSample();
  const p = s.meeting.notes[2]!;
  s.run('minutes:amend', {
    amendmentId: 'am-1',
    by: 'Bathsheba Mall',
    why: 'Councillor Ffiske asked that her question be recorded',
    command: { name: 'notes:updateParagraph', input: { paragraphId: p.id, content: text('Amended words.') } },
  });
  const r = s.meeting.resolutions[0]!;
  s.run('minutes:amend', {
    amendmentId: 'am-2',
    by: 'Councillor Needham',
    why: 'A clause was missed',
    atMeetingId: 'next-meeting',
    command: {
      name: 'resolutions:set',
      input: { resolution: { ...r, clauses: [...r.clauses, 'That a further report be brought'] } },
    },
  });
  return s;
}

/** The seal fields removed, as someone editing the file by hand would. */
function stripped(m: Meeting): Meeting {
  const { recordSeal: _s, ...approval } = m.approval!;
  return { ...m, approval, amendments: m.amendments?.map(({ recordSeal: _r, recordSealBefore: _b, ...a }) => a) };
}

/** As minutes approved (and perhaps amended) before records were sealed were stored (a version 1 file), once loaded. */
function unsealed(m: Meeting): Meeting {
  const loaded = loadMeeting({ ...stripped(m), version: 1 });
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return loaded.value;
}

function withApproval(m: Meeting, patch: Partial<Approval>): Meeting {
  return { ...m, approval: { ...m.approval!, ...patch } };
}

function withAmendment(m: Meeting, i: number, patch: (a: Amendment) => Amendment): Meeting {
  return { ...m, amendments: m.amendments!.map((a, j) => (j === i ? patch(a) : a)) };
}

function expectRecordBroken(m: Meeting, words: RegExp) {
  const seal = checkSeal(m);
  expect(seal.ok).toBe(false);
  if (seal.ok) return;
  expect(seal.what).toBe('record');
  expect(seal.message).toMatch(words);
  expect(seal.message).toMatch(/changed outside Scrutineer/);
}

describe('approval seals its own record', () => {
  it('records a seal of who approved, when and the fingerprint, bound to the meeting', () => {
    const m = approvedSample().meeting;
    expect(m.approval!.recordSeal).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m.approval!.recordSeal).toBe(approvalSeal(m.id, m.approval!));
    expect(approvalSeal('another-meeting', m.approval!)).not.toBe(m.approval!.recordSeal);
    expect(checkSeal(m)).toEqual({
      ok: true,
      sealed: true,
      fingerprint: m.approval!.fingerprint,
      record: { state: 'sealed', seal: m.approval!.recordSeal },
    });
    expect(describeRecordSeal({ state: 'sealed', seal: m.approval!.recordSeal! })).toMatch(
      /who approved them and of every amendment matches its seal/,
    );
  });

  it('leaves the content fingerprint exactly as it was: the records are not content', () => {
    const s = approvedSample();
    const m = s.meeting;
    const named = namedSnapshot(m, s.committee);
    expect(m.approval!.fingerprint).toBe(fingerprint(m, named));
    expect(fingerprint(unsealed(m), named)).toBe(m.approval!.fingerprint);
    const amended = amendedTwice().meeting;
    expect(fingerprint(unsealed(amended), amended.approval!.named)).toBe(amended.amendments!.at(-1)!.fingerprintAfter);
  });

  it('seals every Approval field but the ones listed, and every Amendment field but its links', () => {
    expect(Object.keys(APPROVAL_NOT_SEALED).every((k) => k in Approval.shape)).toBe(true);
    expect(Object.keys(AMENDMENT_NOT_SEALED).every((k) => k in Amendment.shape)).toBe(true);
  });

  for (const [field, patch] of [
    ['who approved', { approvedBy: 'Councillor Forged' }],
    ['when', { approvedAt: '2016-09-21T10:00:00.000Z' }],
    ['the fingerprint approved', { fingerprint: `sha256:${'1'.repeat(64)}` }],
    ['the canonical scheme', { scheme: 'scrutineer.minutes-content/0' }],
    ['the gaps confirmed', { gapsConfirmed: ['Closing: the time the meeting ended'] }],
    ['the seal itself', { recordSeal: `sha256:${'2'.repeat(64)}` }],
  ] as const) {
    it(`reports a changed approval record (${field}) as tampered, before and after amendments`, () => {
      expectRecordBroken(
        withApproval(approvedSample().meeting, patch as Partial<Approval>),
        /record of its approval that no longer matches its seal/,
      );
      expectRecordBroken(
        withApproval(amendedTwice().meeting, patch as Partial<Approval>),
        /record of its approval that no longer matches its seal/,
      );
    });
  }

  it('names the forged approver only as what the record now says, never as who approved', () => {
    const seal = checkSeal(withApproval(approvedSample().meeting, { approvedBy: 'Councillor Forged' }));
    expect(seal).toMatchObject({
      ok: false,
      what: 'record',
      expected: expect.stringMatching(/^sha256:/),
      actual: expect.stringMatching(/^sha256:/),
    });
    expect(!seal.ok && seal.message).toContain('it now says approved by Councillor Forged');
    expect(!seal.ok && seal.message).not.toMatch(/^was approved by/);
  });

  it('refuses to amend minutes whose approval record was forged', () => {
    const s = approvedSample();
    s.meeting = withApproval(s.meeting, { approvedBy: 'Councillor Forged' });
    expect(() =>
      s.run('minutes:amend', {
        by: 'BM',
        why: 'x',
        command: { name: 'meeting:updateDetails', input: { patch: { venue: 'Room 2' } } },
      }),
    ).toThrow(/record of its approval/);
  });
});

describe('the chain of amendment records', () => {
  it('each amendment records the seal before it and its own, from the approval on', () => {
    const m = amendedTwice().meeting;
    const [a1, a2] = m.amendments!;
    expect(a1!.recordSealBefore).toBe(m.approval!.recordSeal);
    expect(a1!.recordSeal).toBe(amendmentSeal(a1!.recordSealBefore!, a1!));
    expect(a2!.recordSealBefore).toBe(a1!.recordSeal);
    expect(a2!.recordSeal).toBe(amendmentSeal(a1!.recordSeal!, a2!));
    expect(recordHead(m)).toBe(a2!.recordSeal);
    expect(checkSeal(m)).toMatchObject({ ok: true, sealed: true, record: { state: 'sealed', seal: a2!.recordSeal } });
  });

  for (const [field, patch] of [
    ['who made it', (a: Amendment) => ({ ...a, by: 'Councillor Forged' })],
    ['when', (a: Amendment) => ({ ...a, at: '2016-12-01T09:00:00.000Z' })],
    ['why', (a: Amendment) => ({ ...a, why: 'Forged reason' })],
    ['the meeting it was agreed at', (a: Amendment) => ({ ...a, atMeetingId: 'another-meeting' })],
    [
      'what it changed: before',
      (a: Amendment) => ({ ...a, changes: a.changes.map((c) => ({ ...c, before: { forged: true } })) }),
    ],
    [
      'what it changed: after',
      (a: Amendment) => ({ ...a, changes: a.changes.map((c) => ({ ...c, after: { forged: true } })) }),
    ],
    [
      'the edit it applied',
      (a: Amendment) => ({ ...a, command: { ...a.command, input: { ...a.command.input, forged: 1 } } }),
    ],
    ['its content fingerprints', (a: Amendment) => ({ ...a, fingerprintBefore: `sha256:${'3'.repeat(64)}` })],
    ['its own seal', (a: Amendment) => ({ ...a, recordSeal: `sha256:${'4'.repeat(64)}` })],
  ] as const) {
    for (const i of [0, 1]) {
      it(`reports a changed amendment record (${field}, amendment ${i + 1}) as tampered`, () => {
        const m = withAmendment(amendedTwice().meeting, i, patch);
        const seal = checkSeal(m);
        expect(seal).toMatchObject({ ok: false, what: 'record' });
        // The forged amendment is named, or (its own seal forged on the first) the chain after it breaks.
        expect(!seal.ok && seal.message).toMatch(new RegExp(`amendment ${i + 1}|amendment ${i + 2}`));
      });
    }
  }

  it('reports an amendment removed from the middle, the amendments reordered, or one added without a seal', () => {
    const m = amendedTwice().meeting;
    const [a1, a2] = m.amendments!;
    expectRecordBroken({ ...m, amendments: [a2!] }, /does not follow the record before it/);
    expectRecordBroken({ ...m, amendments: [a2!, a1!] }, /does not follow the record before it/);
    const { recordSeal: _s, recordSealBefore: _b, ...bare } = a2!;
    expectRecordBroken({ ...m, amendments: [a1!, bare] }, /amendment record without its seal \(amendment 2\)/);
    expectRecordBroken({ ...m, amendments: [a1!, a2!, { ...bare, id: 'am-3' }] }, /without its seal \(amendment 3\)/);
  });
});

describe('seal fields removed from approved minutes', () => {
  it('are reported as tampering, not as unsealed: the file is of a version that seals every approval', () => {
    for (const m of [approvedSample().meeting, amendedTwice().meeting]) {
      const seal = checkSeal(stripped(m));
      expect(seal).toMatchObject({ ok: false, what: 'record' });
      expect(!seal.ok && seal.message).toMatch(
        /without its seal, in a file written by a version of Scrutineer that seals every approval: the seal was removed/,
      );
    }
  });

  it('only a version 1 file, migrated, reads as unsealed; the migration marks it once', () => {
    const m = approvedSample().meeting;
    const old = unsealed(m);
    expect(old.version).toBe(2);
    expect(old.approvedBeforeRecordSeals).toBe(true);
    // A version 1 file whose approval was sealed (written between the seal and the version) is not marked.
    const sealedV1 = loadMeeting({ ...m, version: 1 });
    expect(sealedV1.ok && sealedV1.value.approvedBeforeRecordSeals).toBeUndefined();
    // A draft is not marked either.
    const { approval: _a, ...draft } = m;
    const draftV1 = loadMeeting({ ...draft, status: 'ended', version: 1 });
    expect(draftV1.ok && draftV1.value.approvedBeforeRecordSeals).toBeUndefined();
  });
});

describe('minutes approved before records were sealed', () => {
  it('load without alarm and say plainly that their record carries no seal', () => {
    const s = approvedSample();
    const old = unsealed(s.meeting);
    const seal = checkSeal(old);
    expect(seal).toEqual({
      ok: true,
      sealed: true,
      fingerprint: s.meeting.approval!.fingerprint,
      record: { state: 'unsealed' },
    });
    expect(checkRecordSeal(old)).toEqual({ ok: true, record: { state: 'unsealed' } });
    expect(describeRecordSeal({ state: 'unsealed' })).toMatch(
      /carries no seal.*could not be detected.*sealed at the next amendment/,
    );
    // Unsealed amendments made back then are still checked against the content chain, and are not an alarm.
    const amendedOld = unsealed(amendedTwice().meeting);
    expect(checkSeal(amendedOld)).toMatchObject({ ok: true, record: { state: 'unsealed' } });
  });

  it('are sealed by the next amendment, as found then, and say when; a later forgery is then reported', () => {
    const s = approvedSample();
    s.meeting = unsealed(s.meeting);
    const head = recordHead(s.meeting);
    const m = s.run('minutes:amend', {
      amendmentId: 'am-1',
      by: 'Bathsheba Mall',
      why: 'Typo',
      command: {
        name: 'notes:updateParagraph',
        input: { paragraphId: s.meeting.notes[0]!.id, content: text('Fixed.') },
      },
    });
    expect(m.approval!.recordSeal).toBeUndefined();
    expect(m.amendments![0]!.recordSealBefore).toBe(head);
    const seal = checkSeal(m);
    expect(seal).toMatchObject({
      ok: true,
      record: { state: 'sealed-later', since: 1, at: '2016-09-20T09:05:00.000Z', seal: m.amendments![0]!.recordSeal },
    });
    expect(seal.ok && seal.sealed && describeRecordSeal(seal.record)).toBe(
      'The record of who approved them was made before Scrutineer sealed such records; it was sealed as it stood when amendment 1 was made, on 20 September 2016, and matches its seal since then.',
    );
    expectRecordBroken(
      withApproval(m, { approvedBy: 'Councillor Forged' }),
      /record of its approval or of the amendments before amendment 1 that no longer matches the seal amendment 1 gave it/,
    );
    expectRecordBroken(
      withAmendment(m, 0, (a) => ({ ...a, why: 'Forged' })),
      /amendment 1/,
    );
  });

  it('with earlier unsealed amendments, the next amendment seals those too', () => {
    const s = amendedTwice();
    s.meeting = unsealed(s.meeting);
    const m = s.run('minutes:amend', {
      amendmentId: 'am-3',
      by: 'BM',
      why: 'Venue',
      command: { name: 'meeting:updateDetails', input: { patch: { venue: 'Room 2' } } },
    });
    const seal = checkSeal(m);
    expect(seal).toMatchObject({ ok: true, record: { state: 'sealed-later', since: 3 } });
    expect(seal.ok && seal.sealed && describeRecordSeal(seal.record)).toMatch(
      /^The record of who approved them and the 2 amendments before it was made before/,
    );
    expectRecordBroken(
      withAmendment(m, 0, (a) => ({ ...a, by: 'Councillor Forged' })),
      /before amendment 3/,
    );
    expectRecordBroken(
      withAmendment(m, 1, (a) => ({ ...a, changes: a.changes.map((c) => ({ ...c, after: 'forged' })) })),
      /before amendment 3/,
    );
  });
});

describe('a meeting file', () => {
  const file = (s: Steps, meeting: Meeting = s.meeting) => ({
    format: MEETING_EXPORT_FORMAT,
    version: MEETING_EXPORT_VERSION,
    exportedAt: '2016-09-21T09:00:00.000Z',
    fingerprint: fingerprint(meeting, meeting.approval!.named),
    meeting,
    committee: s.committee,
  });

  it('with a forged approver or amendment is refused as tampered, like forged content', () => {
    const s = amendedTwice();
    expect(readMeetingFile(file(s))).toMatchObject({ ok: true });
    for (const forged of [
      withApproval(s.meeting, { approvedBy: 'Councillor Forged' }),
      withAmendment(s.meeting, 0, (a) => ({ ...a, why: 'Forged' })),
      withAmendment(s.meeting, 1, (a) => ({ ...a, by: 'Forged' })),
    ]) {
      const read = readMeetingFile(file(s, forged));
      expect(read).toMatchObject({ ok: false, code: 'TAMPERED' });
      expect(!read.ok && read.message).toMatch(
        /^The minutes in this file has an? .*no longer matches.*It was not opened$/,
      );
    }
  });

  it('with the seals stripped is refused as tampered: its version says it was written by a version that seals', () => {
    const s = amendedTwice();
    const read = readMeetingFile(file(s, stripped(s.meeting)));
    expect(read).toMatchObject({ ok: false, code: 'TAMPERED' });
    expect(!read.ok && read.message).toMatch(/without its seal.*the seal was removed/);
  });

  it('with the seals stripped, passed off as an old file, and the approver forged cannot replace the sealed copy here', () => {
    const s = amendedTwice();
    const forged = withApproval(unsealed(s.meeting), { approvedBy: 'Councillor Forged' });
    const read = readMeetingFile(file(s, forged));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const preview = previewMeetingFile(read, { meeting: s.meeting, committee: s.committee }, true);
    expect(preview.canReplace).toBe(false);
    expect(preview.warnings.at(-1)).toBe(
      "The minutes here are approved; the file's record of their approval (who approved, when, or its seal) differs from the one here, so it cannot replace them. Nothing will be changed.",
    );
  });

  it('with an amendment recorded here written differently cannot replace the copy here', () => {
    const s = amendedTwice();
    const forged = withAmendment(unsealed(s.meeting), 0, (a) => ({ ...a, why: 'Forged' }));
    const here = unsealed(s.meeting);
    const read = readMeetingFile(file(s, forged));
    if (!read.ok) throw new Error(read.message);
    const preview = previewMeetingFile(read, { meeting: here, committee: s.committee }, true);
    expect(preview).toMatchObject({ canReplace: false });
    expect(preview.warnings.at(-1)).toBe(
      'The minutes here are approved; amendment 1 recorded here is recorded differently in the file, so it cannot replace them. Nothing will be changed.',
    );
  });

  it('carrying the same approval further by an amendment may still replace the copy here', () => {
    const s = approvedSample();
    const here = s.meeting;
    s.run('minutes:amend', {
      by: 'BM',
      why: 'Typo',
      command: { name: 'notes:updateParagraph', input: { paragraphId: here.notes[0]!.id, content: text('Fixed.') } },
    });
    const read = readMeetingFile(file(s));
    if (!read.ok) throw new Error(read.message);
    expect(previewMeetingFile(read, { meeting: here, committee: s.committee }, true).canReplace).toBe(true);
  });

  it("amended on the Chair's laptop cannot replace minutes confirmed here, and says so, with the date of the confirming meeting", () => {
    const s = approvedSample();
    const approved = s.meeting;
    const chair = new Steps(approved, s.committee);
    chair.run('minutes:amend', {
      by: 'Councillor Needham',
      why: 'Typo',
      command: {
        name: 'notes:updateParagraph',
        input: { paragraphId: approved.notes[0]!.id, content: text('Fixed.') },
      },
    });
    s.run('minutes:confirm', { atMeetingId: 'next-meeting', atMeetingDate: '2016-11-21', by: 'Councillor Needham' });
    const read = readMeetingFile(file(chair));
    if (!read.ok) throw new Error(read.message);
    const preview = previewMeetingFile(read, { meeting: s.meeting, committee: s.committee }, true);
    expect(preview.canReplace).toBe(false);
    expect(preview.warnings.at(-1)).toBe(
      'The minutes here were confirmed as a correct record at the meeting of 21 November 2016, so they can no longer be replaced. Nothing will be changed.',
    );
    expect(preview.warnings.join(' ')).not.toContain(
      'only with the same approved minutes carried further by amendments',
    );
  });
});
