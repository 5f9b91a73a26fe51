// Issue 15, defect 8: the date of the next meeting is data on the meeting (date, time, venue),
// set by a meeting command through the pipeline (undoable), printed in the minutes as the
// published minutes word it, and the default when the next meeting is prepared.
import { describe, expect, it } from 'vitest';
import type { PrepareNextResult } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { loadMeeting } from '$shared/domain';
import { composeMinutes, plainText, TO_BE_COMPLETED } from '$shared/minutes';
import { nextMeeting, nextMeetingDefaults } from '$shared/planning';
import { fingerprint } from '$shared/review/canonical';
import { namedSnapshot } from '$shared/review/named';
import { checkSeal } from '$shared/review/seal';
import { undoCall } from '$shared/undo';
import { sampleEachTest } from '../helpers/review';
import { approvedSample } from '../helpers/review';
import { ctxAt, expectRefused, itemId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const sample = sampleEachTest();
const NEXT_ITEM = '10';

function itemText(m: Meeting, number: string): string[] {
  const id = itemId(m, number);
  return composeMinutes(m, sampleCommittee())
    .blocks.filter((b) => 'itemId' in b && b.itemId === id && b.type !== 'item-heading')
    .map((b) => ('runs' in b ? plainText(b.runs) : ''));
}

/** The sample meeting with its item 10 as a new one is captured: no free-text notes there. */
function withoutNotesAtItem10(): Meeting {
  const m = sampleMeeting();
  const id = itemId(m, NEXT_ITEM);
  return { ...m, notes: m.notes.filter((p) => p.itemId !== id), actions: m.actions.filter((a) => a.itemId !== id) };
}

describe('meeting:setNextMeeting', () => {
  it('records the date, start time and venue, each on its own; null or an empty venue clears one; nothing left removes it', () => {
    let m = run(sampleMeeting(), 'meeting:setNextMeeting', { date: '2016-11-21' });
    expect(m.nextMeeting).toEqual({ date: '2016-11-21' });
    m = run(m, 'meeting:setNextMeeting', { startTime: '19:00' });
    m = run(m, 'meeting:setNextMeeting', { venue: '  Committee Room 1 ' });
    expect(m.nextMeeting).toEqual({ date: '2016-11-21', startTime: '19:00', venue: 'Committee Room 1' });
    m = run(m, 'meeting:setNextMeeting', { venue: '', startTime: null });
    expect(m.nextMeeting).toEqual({ date: '2016-11-21' });
    m = run(m, 'meeting:setNextMeeting', { date: null });
    expect(m).not.toHaveProperty('nextMeeting');
  });

  it('changes nothing (the same meeting) when the value is already recorded', () => {
    const m = run(sampleMeeting(), 'meeting:setNextMeeting', { date: '2016-11-21' });
    expect(run(m, 'meeting:setNextMeeting', { date: '2016-11-21' })).toBe(m);
  });

  it('refuses a date that is not after this meeting, at the date field', () => {
    expectRefused(() => run(sampleMeeting(), 'meeting:setNextMeeting', { date: '2016-09-19' }), 'INVALID', 'date');
    expectRefused(() => run(sampleMeeting(), 'meeting:setNextMeeting', { date: '2016-06-13' }), 'INVALID', 'date');
    expectRefused(() => run(sampleMeeting(), 'meeting:setNextMeeting', { startTime: '7pm' }), 'INVALID_INPUT');
  });

  it('is undone and redone like any edit', () => {
    const before = run(sampleMeeting(), 'meeting:setNextMeeting', { date: '2016-11-21', venue: 'Room 1' });
    const input = { date: '2016-11-28', startTime: '18:30' };
    const after = run(before, 'meeting:setNextMeeting', input);
    const undo = undoCall(before, 'meeting:setNextMeeting', input, ctxAt('19:30'));
    expect(undo).toEqual({
      name: 'meeting:setNextMeeting',
      input: { date: '2016-11-21', startTime: null, venue: 'Room 1' },
    });
    expect(run(after, undo!.name, undo!.input as Record<string, unknown>).nextMeeting).toEqual(before.nextMeeting);
    const first = undoCall(sampleMeeting(), 'meeting:setNextMeeting', { date: '2016-11-21' }, ctxAt('19:30'))!;
    expect(run(before, first.name, first.input as Record<string, unknown>)).not.toHaveProperty('nextMeeting');
  });

  it('is refused once the minutes are approved, except as an amendment, which records the change', () => {
    const s = approvedSample();
    expect(() => s.run('meeting:setNextMeeting', { date: '2016-11-21' })).toThrow(/approved by Councillor Needham/);
    const amended = s.run('minutes:amend', {
      by: 'Bathsheba Mall',
      why: 'The date announced was missed',
      command: { name: 'meeting:setNextMeeting', input: { date: '2016-11-21' } },
    });
    expect(amended.nextMeeting).toEqual({ date: '2016-11-21' });
    expect(amended.amendments!.at(-1)!.changes).toEqual([
      { kind: 'meeting details', id: 'nextMeeting', before: null, after: { date: '2016-11-21' } },
    ]);
    expect(checkSeal(amended)).toMatchObject({ ok: true });
  });
});

describe('the minutes', () => {
  it('print the next meeting as the published minutes word it (the committee writes ordinal dates)', () => {
    const m = run(withoutNotesAtItem10(), 'meeting:setNextMeeting', { date: '2016-11-21' });
    expect(itemText(m, NEXT_ITEM)).toEqual([
      'The Committee noted that the next meeting would be held on 21st November 2016.',
    ]);
    const full = run(m, 'meeting:setNextMeeting', {
      startTime: '19:00',
      venue: 'Committee Room 1, Hammersmith Town Hall',
    });
    expect(itemText(full, NEXT_ITEM)).toEqual([
      'The Committee noted that the next meeting would be held on 21st November 2016 at 7.00 pm in Committee Room 1, Hammersmith Town Hall.',
    ]);
    const c = sampleCommittee();
    const plain = composeMinutes(full, { ...c, settings: { ...c.settings, ordinalDates: false } });
    expect(plain.blocks.map((b) => ('runs' in b ? plainText(b.runs) : '')).join('\n')).toContain(
      'would be held on 21 November 2016 at 7.00 pm',
    );
  });

  it('mark the date as a gap while it is not known', () => {
    const m = withoutNotesAtItem10();
    expect(itemText(m, NEXT_ITEM)).toEqual([
      `The Committee noted that the next meeting would be held on ${TO_BE_COMPLETED}.`,
    ]);
    const timeOnly = run(m, 'meeting:setNextMeeting', { startTime: '19:00' });
    expect(itemText(timeOnly, NEXT_ITEM)).toEqual([
      `The Committee noted that the next meeting would be held on ${TO_BE_COMPLETED} at 7.00 pm.`,
    ]);
    const missing = composeMinutes(timeOnly, sampleCommittee()).missing;
    expect(missing).toContainEqual({
      where: 'Item 10: DATE OF NEXT MEETING',
      what: 'the date of the next meeting',
      itemId: itemId(m, NEXT_ITEM),
    });
    expect(missing.filter((g) => g.itemId === itemId(m, NEXT_ITEM))).toHaveLength(1);
  });

  it('print an item captured before the date was data (its notes) as before, and the sentence above any notes once it is', () => {
    const old = sampleMeeting();
    expect(old.nextMeeting).toBeUndefined();
    expect(itemText(old, NEXT_ITEM)).toEqual([
      'The Committee noted that the next meeting would be held on 21st November 2016.',
    ]);
    const both = run(withoutNotesAtItem10(), 'meeting:setNextMeeting', { date: '2016-11-21' });
    const id = itemId(both, NEXT_ITEM);
    const withNote = run(both, 'notes:addParagraph', {
      itemId: id,
      paragraphId: 'p-next',
      content: [{ t: 'text', text: 'The Chair thanked officers.' }],
    });
    expect(itemText(withNote, NEXT_ITEM)).toEqual([
      'The Committee noted that the next meeting would be held on 21st November 2016.',
      'The Chair thanked officers.',
    ]);
  });
});

describe('files and the fingerprint', () => {
  it('loads a meeting file written before the next meeting was captured, and one with it', () => {
    const raw = JSON.parse(JSON.stringify(sampleMeeting())) as Record<string, unknown>;
    expect(loadMeeting(raw)).toMatchObject({ ok: true });
    expect(
      loadMeeting({ ...raw, nextMeeting: { date: '2016-11-21', startTime: '19:00', venue: 'Room 1' } }),
    ).toMatchObject({ ok: true, value: { nextMeeting: { date: '2016-11-21', startTime: '19:00', venue: 'Room 1' } } });
  });

  it('keeps the fingerprint of minutes without it, and covers it when recorded (it is printed)', () => {
    const m = sampleMeeting();
    const named = namedSnapshot(m, sampleCommittee());
    expect(fingerprint({ ...m, nextMeeting: undefined }, named)).toBe(fingerprint(m, named));
    expect(fingerprint({ ...m, nextMeeting: { date: '2016-11-21' } }, named)).not.toBe(fingerprint(m, named));
  });
});

describe('prepare next meeting', () => {
  it('starts from the date, time and venue announced, else this meeting’s time and the usual venue', () => {
    const c = sampleCommittee();
    const m = sampleMeeting();
    expect(nextMeetingDefaults(m, c)).toEqual({ startTime: '19:00', venue: c.defaultVenue });
    const announced = run(m, 'meeting:setNextMeeting', {
      date: '2016-11-21',
      startTime: '18:30',
      venue: 'The Courtroom',
    });
    expect(nextMeetingDefaults(announced, c)).toEqual({
      date: '2016-11-21',
      startTime: '18:30',
      venue: 'The Courtroom',
    });
    const dateOnly = run(m, 'meeting:setNextMeeting', { date: '2016-11-21' });
    expect(nextMeetingDefaults(dateOnly, c)).toEqual({ date: '2016-11-21', startTime: '19:00', venue: c.defaultVenue });
    const { meeting } = nextMeeting(announced, c, [], { date: '2016-11-21' }, new Date('2016-09-20T09:00:00Z'));
    expect(meeting).toMatchObject({
      date: '2016-11-21',
      startTime: '18:30',
      venue: 'The Courtroom',
      previousMeetingDate: '2016-09-19',
    });
  });

  it('through the API, the meeting prepared takes the announced time and venue', async () => {
    const { env, meeting } = await sample();
    await env.call('meeting:setNextMeeting', {
      meetingId: meeting.id,
      date: '2016-11-21',
      startTime: '18:30',
      venue: 'The Courtroom',
    });
    const r = (await env.call('meetings:prepareNext', {
      meetingId: meeting.id,
      date: '2016-11-21',
    })) as PrepareNextResult;
    expect(r.meeting).toMatchObject({ date: '2016-11-21', startTime: '18:30', venue: 'The Courtroom' });
  });
});
