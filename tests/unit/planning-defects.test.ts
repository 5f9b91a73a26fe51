// QA's defects in planning and sign-off: one next meeting per minutes, dates in house style in
// every message, plain words at the work programme's fields, attributed action-log updates,
// typed "[to be completed]" listed as a gap, and signed-off minutes guarded on the meeting page.
import { describe, expect, it } from 'vitest';
import type { ApiError, PrepareNextResult } from '$shared/api';
import { newMeeting, type Meeting } from '$shared/domain';
import { composeMinutes, plainText } from '$shared/minutes';
import {
  addMeeting,
  emptyWorkProgramme,
  nextMeetingProblem,
  updateEntry,
  type ActionLogEntry,
  type WorkProgrammeItem,
} from '$shared/planning';
import { fieldMessage, formMessage } from '../../renderer/src/lib/form-errors';
import { gapBlockKey } from '../../renderer/src/lib/minutes-gaps';
import { deleteQuestion, detailsLockedReason, signOffWords } from '../../renderer/src/lib/signed-off';
import { loadSample } from '../integration/helpers/sample';
import { sampleEachTest, text } from '../helpers/review';

const sample = sampleEachTest();

const ISO = /\d{4}-\d{2}-\d{2}/;

describe('1. the next meeting is prepared once from the same minutes', () => {
  it('refuses a second one, naming the meeting already prepared', async () => {
    const { env, meeting } = await sample();
    const first = (await env.call('meetings:prepareNext', {
      meetingId: meeting.id,
      date: '2016-11-21',
    })) as PrepareNextResult;
    const again = await env.attempt('meetings:prepareNext', { meetingId: meeting.id, date: '2017-01-16' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'date' } });
    expect(again.error!.message).toBe(
      'The next meeting, Monday 21 November 2016, was already prepared from these minutes; open that one instead',
    );
    const ids = (await env.call('meetings:list', {})) as { id: string }[];
    expect(ids.map((m) => m.id).sort()).toEqual([meeting.id, first.meeting.id].sort());
  });

  it('refuses a next meeting after a meeting that already follows this one (its item 1 would confirm the wrong minutes)', async () => {
    const { env, meeting } = await sample();
    const november = newMeeting({
      committeeId: meeting.committeeId,
      date: '2016-11-21',
      startTime: '19:00',
      venue: 'Town Hall',
      agenda: [],
      at: new Date('2016-10-01T09:00:00Z'),
    });
    await env.opened.services.store.addMeeting(november);
    const r = await env.attempt('meetings:prepareNext', { meetingId: meeting.id, date: '2017-01-16' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(r.error!.message).toContain('Monday 21 November 2016');
    expect(r.error!.message).not.toMatch(ISO);
  });

  it('is a pure rule: a meeting naming these minutes as its previous one counts as prepared from them', () => {
    const { meeting } = loadSample();
    const other = {
      ...newMeeting({
        committeeId: meeting.committeeId,
        date: '2016-11-21',
        startTime: '19:00',
        venue: '',
        previousMeetingDate: '2016-09-19',
        agenda: [],
        at: new Date('2016-10-01T09:00:00Z'),
      }),
    };
    expect(nextMeetingProblem(meeting, '2017-01-16', [meeting, other])?.message).toBe(
      'The next meeting, Monday 21 November 2016, was already prepared from these minutes; open that one instead',
    );
    expect(nextMeetingProblem(meeting, '2017-01-16', [meeting])).toBeUndefined();
    const elsewhere = { ...other, committeeId: 'another-committee' };
    expect(nextMeetingProblem(meeting, '2017-01-16', [meeting, elsewhere])).toBeUndefined();
  });
});

describe('2. dates in messages are in house style, never ISO', () => {
  it('says "Monday 19 September 2016" when the next meeting is not after this one, and names the clash in words', () => {
    const { meeting } = loadSample();
    expect(nextMeetingProblem(meeting, '2016-09-01', [meeting])).toEqual({
      code: 'INVALID',
      message: 'The next meeting must be after this one (Monday 19 September 2016)',
    });
    const clash = newMeeting({
      committeeId: meeting.committeeId,
      date: '2016-11-21',
      startTime: '19:00',
      venue: '',
      agenda: [],
      at: new Date('2016-10-01T09:00:00Z'),
    });
    expect(nextMeetingProblem(meeting, '2016-11-21', [meeting, clash])).toEqual({
      code: 'CONFLICT',
      message: 'The committee already has a meeting on Monday 21 November 2016; open that one instead',
    });
  });

  it('names the work programme meeting in words', () => {
    const f = addMeeting(emptyWorkProgramme('c1'), { date: '2027-03-15' });
    expect(() => addMeeting(f, { date: '2027-03-15' })).toThrow(
      'The work programme already has a meeting on Monday 15 March 2027',
    );
  });

  it('says which meeting already confirmed the minutes, in words', async () => {
    const { env, meeting } = await sample();
    const next = (
      (await env.call('meetings:prepareNext', { meetingId: meeting.id, date: '2016-11-21' })) as PrepareNextResult
    ).meeting;
    const early = await env.attempt('review:confirmPrevious', { meetingId: next.id });
    expect(early.error!.message).toBe(
      'The minutes of 19 September 2016 have not been approved by the Chair yet, so they cannot be confirmed',
    );
    await env.call('review:send', { meetingId: meeting.id, by: 'BM' });
    await env.call('review:approve', { meetingId: meeting.id, by: 'Councillor Needham', confirmMarkers: true });
    await env.call('review:confirmPrevious', { meetingId: next.id, by: 'Councillor Needham' });
    // A meeting from before this rule (or from a meeting file) that also names 19 September as its previous one.
    const stray = newMeeting({
      committeeId: meeting.committeeId,
      date: '2017-01-16',
      startTime: '19:00',
      venue: '',
      previousMeetingDate: '2016-09-19',
      agenda: next.agenda,
      at: new Date('2016-12-01T09:00:00Z'),
    });
    await env.opened.services.store.addMeeting(stray);
    const r = await env.attempt('review:confirmPrevious', { meetingId: stray.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'ALREADY_CONFIRMED' } });
    expect(r.error!.message).toBe(
      'The minutes of 19 September 2016 were already confirmed at the meeting of Monday 21 November 2016',
    );
  });

  it('writes the date of the resolution in words in a work programme item from it', async () => {
    const { env, meeting } = await sample();
    const item = (await env.call('workProgramme:addFromMeeting', {
      meetingId: meeting.id,
      resolutionId: meeting.resolutions[0]!.id,
    })) as WorkProgrammeItem;
    expect(item.summary).toContain('Resolved at the meeting of 19 September 2016:');
    expect(item.summary).not.toMatch(ISO);
  });
});

describe('3. the work programme forms get plain words at the field', () => {
  it('a meeting with no date: "Enter the meeting\'s date" at the date field', async () => {
    const { env, meeting } = await sample();
    const r = await env.attempt('workProgramme:addMeeting', { committeeId: meeting.committeeId, date: '' });
    expect(r.ok).toBe(false);
    const error = r.error as ApiError;
    expect(error.field).toBe('date');
    expect(fieldMessage(error, 'date')).toBe("Enter the meeting's date");
    expect(formMessage(error, ['date', 'reportDeadline', 'note'])).toBeNull();
  });

  it('an item with a blank or an over-long title: its own words at the title field', async () => {
    const { env, meeting } = await sample();
    const blank = (
      await env.attempt('workProgramme:addItem', { committeeId: meeting.committeeId, item: { title: '   ' } })
    ).error as ApiError;
    expect(blank.field).toBe('item.title');
    expect(fieldMessage(blank, 'item.title')).toBe("Enter the item's title");
    const long = (
      await env.attempt('workProgramme:addItem', {
        committeeId: meeting.committeeId,
        item: { title: 'x'.repeat(3000) },
      })
    ).error as ApiError;
    expect(fieldMessage(long, 'item.title')).toBe('A title can be at most 500 characters');
  });

  it('a refusal that names no field of the form is shown by the button without the channel', () => {
    const error = {
      code: 'INVALID_INPUT',
      message: 'Invalid input for workProgramme:addItem: index: Too small',
      field: 'index',
    };
    expect(formMessage(error, ['item.title'])).toBe('Too small');
    expect(
      formMessage(
        {
          code: 'DUPLICATE',
          message: 'The work programme already has a meeting on Monday 15 March 2027',
          field: 'date',
        },
        [],
      ),
    ).toBe('The work programme already has a meeting on Monday 15 March 2027');
  });
});

describe('4. every action log update is attributed', () => {
  it('refuses an update with no name, or a blank one, in the service', async () => {
    const { env, meeting } = await sample();
    await env.call('actionLog:carryForward', { meetingId: meeting.id });
    const log = (await env.call('actionLog:list', { committeeId: meeting.committeeId })) as {
      entries: ActionLogEntry[];
    };
    const entryId = log.entries[0]!.id;
    for (const by of [undefined, '', '   ']) {
      const r = await env.attempt('actionLog:update', {
        committeeId: meeting.committeeId,
        entryId,
        note: 'No name test',
        ...(by === undefined ? {} : { by }),
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'by' } });
      expect(fieldMessage(r.error as ApiError, 'by')).toBe(
        'Enter your name: every update of the action log is attributed',
      );
    }
    const after = (await env.call('actionLog:list', { committeeId: meeting.committeeId })) as {
      entries: ActionLogEntry[];
    };
    expect(after.entries[0]!.notes).toEqual([]);
  });

  it('refuses it in the log rule too', () => {
    const entry: ActionLogEntry = {
      id: 'e1',
      origin: {
        meetingId: 'm1',
        meetingDate: '2016-09-19',
        itemId: 'i1',
        itemNumber: '5',
        itemTitle: 'Update',
        actionId: 'a1',
      },
      description: 'Do it',
      owners: ['CS'],
      due: '',
      status: 'open',
      carriedAt: '2016-09-20T09:00:00.000Z',
      notes: [],
    };
    const log = {
      format: 'scrutineer.action-log' as const,
      version: 1 as const,
      committeeId: 'c1',
      revision: 0,
      entries: [entry],
    };
    expect(() =>
      updateEntry(log, 'e1', { patch: {}, note: 'No name test', by: ' ' }, '2016-09-21T09:00:00.000Z'),
    ).toThrow(/Enter your name/);
  });
});

describe('6. signed-off minutes on the meeting page', () => {
  const { meeting } = loadSample();
  const approval = {
    approvedBy: 'Councillor Needham',
    approvedAt: '2016-09-26T16:42:00.000Z',
    fingerprint: `sha256:${'0'.repeat(64)}`,
    scheme: 'v1',
    gapsConfirmed: [],
  };
  const approved = { ...meeting, status: 'approved', approval } as unknown as Meeting;
  const confirmed = {
    ...approved,
    status: 'confirmed',
    confirmation: {
      confirmedAt: '2016-11-21T20:00:00.000Z',
      confirmedBy: 'Councillor Needham',
      atMeetingId: 'next',
      atMeetingDate: '2016-11-21',
      amendments: [],
    },
  } as unknown as Meeting;

  it('offers "Edit details" only before approval, and says why not after', () => {
    expect(detailsLockedReason(meeting)).toBeNull();
    expect(detailsLockedReason(approved)).toBe(
      'The details cannot be edited: these minutes were approved by Councillor Needham on 26 September 2016. A change now is an amendment, recorded from Review and sign-off.',
    );
    expect(signOffWords(confirmed)).toBe(
      'approved by Councillor Needham on 26 September 2016 and confirmed as an accurate record at the meeting of Monday 21 November 2016',
    );
  });

  it('asks plainly before deleting signed-off minutes, with a stronger button', () => {
    expect(deleteQuestion(meeting)).toEqual({
      title: 'Delete the meeting of Monday 19 September 2016?',
      message: 'The meeting, its agenda and its notes are deleted. A copy is kept in the backups folder.',
      confirmLabel: 'Delete meeting',
    });
    const q = deleteQuestion(confirmed);
    expect(q.title).toBe('Delete the signed-off minutes of Monday 19 September 2016?');
    expect(q.message).toContain(
      'These are signed-off minutes: they were approved by Councillor Needham on 26 September 2016 and confirmed as an accurate record at the meeting of Monday 21 November 2016.',
    );
    expect(q.message).toContain('gone from Scrutineer for good');
    expect(q.confirmLabel).toBe('Delete these signed-off minutes');
    expect(deleteQuestion(approved).message).toContain('approved by Councillor Needham on 26 September 2016');
    expect(`${q.title} ${q.message}`).not.toMatch(ISO);
  });
});

describe('7. a typed "[to be completed]" is a gap like a generated one', () => {
  it('lists it in a paragraph, a resolution and an action, marks it in the text, and each gap leads to its block', () => {
    const { meeting, committee } = loadSample();
    const p = meeting.notes.find((n) => meeting.actions.every((a) => a.paragraphId !== n.id))!;
    const a = meeting.actions[0]!;
    const r = meeting.resolutions[0]!;
    const typed: Meeting = {
      ...meeting,
      notes: meeting.notes.map((n) =>
        n.id === p.id
          ? { ...n, content: [...n.content, { t: 'text' as const, text: ' The figure was [to be completed].' }] }
          : n,
      ),
      resolutions: meeting.resolutions.map((x) =>
        x.id === r.id ? { ...x, clauses: [...x.clauses, 'That a report come back on [to be completed]'] } : x,
      ),
      actions: meeting.actions.map((x) =>
        x.id === a.id ? { ...x, description: 'Send the [To be completed] figures' } : x,
      ),
    };
    const before = composeMinutes(meeting, committee).missing.length;
    const outline = composeMinutes(typed, committee);
    const found = outline.missing.slice(before);
    const label = (itemId: string) => {
      const item = meeting.agenda.find((i) => i.id === itemId)!;
      return `Item ${item.number}: ${item.title}`;
    };
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          where: label(p.itemId),
          what: 'a paragraph marked “[to be completed]”',
          paragraphId: p.id,
        }),
        expect.objectContaining({
          where: label(r.itemId),
          what: 'a resolution marked “[to be completed]”',
          itemId: r.itemId,
        }),
        expect.objectContaining({
          where: label(a.itemId),
          what: 'an action marked “[to be completed]”',
          actionId: a.id,
        }),
      ]),
    );
    expect(found).toHaveLength(3);
    const para = outline.blocks.find((b) => b.type === 'paragraph' && b.paragraphId === p.id)!;
    expect('runs' in para && para.runs.find((x) => x.marker)?.text).toBe('[to be completed]');
    expect('runs' in para && plainText(para.runs)).toContain('The figure was [to be completed].');
    expect(
      gapBlockKey(
        outline,
        found.find((g) => g.paragraphId === p.id && !g.actionId)!,
      ),
    ).toBe(`para:${p.id}`);
    expect(
      gapBlockKey(
        outline,
        found.find((g) => g.actionId === a.id)!,
      ),
    ).toBe(`action:${a.id}`);
    for (const gap of found) expect(gapBlockKey(outline, gap)).toBeDefined();
  });

  it('makes the approval ask first, like any other gap', async () => {
    const { env, meeting } = await sample();
    const p = meeting.notes[0]!;
    await env.call('notes:updateParagraph', {
      meetingId: meeting.id,
      paragraphId: p.id,
      content: text('Attendance [to be completed].'),
    });
    await env.call('review:send', { meetingId: meeting.id, by: 'BM' });
    const status = (await env.call('review:status', { meetingId: meeting.id })) as { gaps: { what: string }[] };
    expect(status.gaps.map((g) => g.what)).toContain('a paragraph marked “[to be completed]”');
    const r = await env.attempt('review:approve', { meetingId: meeting.id, by: 'Councillor Needham' });
    expect(r).toMatchObject({ ok: false, error: { code: 'MARKERS' } });
    expect(r.error!.message).toContain('a paragraph marked “[to be completed]”');
  });
});
