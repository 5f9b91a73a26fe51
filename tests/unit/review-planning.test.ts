// Carrying minutes and actions into the next meeting: prepare next meeting, the action log, the
// work programme with report deadlines, and the confirmation of the previous minutes at item 1.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionLogView, ConfirmPreviousResult, PrepareNextResult } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { composeMinutes, plainText } from '$shared/minutes';
import type { ActionLogEntry, WorkProgrammeItem, WorkProgrammeView } from '$shared/planning';
import {
  addItem,
  addMeeting,
  deadlineBefore,
  emptyWorkProgramme,
  moveItem,
  removeMeeting,
  updateItem,
  viewWorkProgramme,
} from '$shared/planning';
import { sampleEachTest, text } from '../helpers/review';

const sample = sampleEachTest();

describe('work programme (pure)', () => {
  const item = (id: string, meetingDate?: string): WorkProgrammeItem => ({
    id,
    title: `Item ${id}`,
    summary: `About ${id}`,
    reportAuthor: '',
    ...(meetingDate ? { meetingDate } : {}),
  });

  it('gives each meeting a report deadline 14 days before by default, or as set, or as overridden', () => {
    expect(deadlineBefore('2016-11-21', 14)).toBe('2016-11-07');
    expect(deadlineBefore('2017-03-01', 14)).toBe('2017-02-15');
    let f = addMeeting(emptyWorkProgramme('c'), { date: '2016-11-21' });
    f = addMeeting(f, { date: '2017-01-30', reportDeadline: '2017-01-13' });
    expect(viewWorkProgramme(f, 14).meetings.map((m) => [m.date, m.reportDeadline, m.deadlineOverridden])).toEqual([
      ['2016-11-21', '2016-11-07', false],
      ['2017-01-30', '2017-01-13', true],
    ]);
    expect(viewWorkProgramme(f, 10).meetings[0]!.reportDeadline).toBe('2016-11-11');
    expect(() => addMeeting(f, { date: '2016-11-21' })).toThrow(/already has a meeting on Monday 21 November 2016/);
    expect(() => addMeeting(f, { date: '2017-03-01', reportDeadline: '2017-03-02' })).toThrow(
      /cannot be after its meeting/,
    );
  });

  it('keeps items in order per meeting, moves them, and keeps a removed meeting’s items as unallocated', () => {
    let f = emptyWorkProgramme('c');
    f = addItem(f, item('a', '2016-11-21'));
    f = addItem(f, item('b', '2016-11-21'));
    f = addItem(f, item('c'));
    f = addItem(f, item('d', '2016-11-21'), 0);
    expect(viewWorkProgramme(f, 14).meetings[0]!.items.map((i) => i.id)).toEqual(['d', 'a', 'b']);
    f = moveItem(f, 'c', '2017-01-30');
    f = moveItem(f, 'b', '2017-01-30', 0);
    const v = viewWorkProgramme(f, 14);
    expect(v.meetings.map((m) => [m.date, m.items.map((i) => i.id)])).toEqual([
      ['2016-11-21', ['d', 'a']],
      ['2017-01-30', ['b', 'c']],
    ]);
    f = removeMeeting(f, '2016-11-21');
    expect(viewWorkProgramme(f, 14).unallocated.map((i) => i.id)).toEqual(['d', 'a']);
    f = moveItem(f, 'b', null);
    expect(viewWorkProgramme(f, 14).unallocated.map((i) => i.id)).toContain('b');
  });

  it('updates only the fields sent', () => {
    const f = updateItem(addItem(emptyWorkProgramme('c'), item('a')), 'a', { title: 'New title' });
    expect(f.items[0]).toMatchObject({ title: 'New title', summary: 'About a' });
  });
});

describe('prepare next meeting', () => {
  it('creates it from the standard items and the work programme for its date; item 1 refers to these minutes; open actions carried', async () => {
    const { env, meeting } = await sample();
    const committeeId = meeting.committeeId;
    await env.call('workProgramme:addItem', {
      committeeId,
      item: {
        title: 'Local Safeguarding Children Board Annual Report',
        summary: 'A supplementary report',
        reportAuthor: 'Steve Miley',
        meetingDate: '2016-11-21',
      },
    });
    await env.call('workProgramme:addItem', {
      committeeId,
      item: { title: 'Partners in Practice', meetingDate: '2016-11-21' },
    });
    await env.call('workProgramme:addItem', {
      committeeId,
      item: { title: 'Budget Report', meetingDate: '2017-01-30' },
    });
    const r = (await env.call('meetings:prepareNext', {
      meetingId: meeting.id,
      date: '2016-11-21',
    })) as PrepareNextResult;
    const next = r.meeting;
    expect(next.agenda.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 MINUTES',
      '2 APOLOGIES FOR ABSENCE',
      '3 DECLARATIONS OF INTEREST',
      '4 PUBLIC PARTICIPATION',
      '5 Local Safeguarding Children Board Annual Report',
      '6 Partners in Practice',
      '7 WORK PROGRAMME',
      '8 DATE OF NEXT MEETING',
    ]);
    expect(next.agenda[4]).toMatchObject({
      kind: 'report',
      summary: 'A supplementary report',
      reportAuthor: 'Steve Miley',
    });
    expect(next).toMatchObject({
      date: '2016-11-21',
      previousMeetingDate: '2016-09-19',
      previousMeetingId: meeting.id,
      status: 'planned',
    });
    const open = meeting.actions.filter((a) => a.status === 'open' || a.status === 'in_progress');
    expect(r).toMatchObject({ carriedActions: open.length, workProgrammeItems: 2 });
    const composed = composeMinutes(next, (await env.call('committees:get', { committeeId })) as never);
    expect(composed.blocks.map((b) => ('runs' in b ? plainText(b.runs) : '')).join('\n')).toContain(
      'held on 19th September 2016 be confirmed',
    );
    const wp = (await env.call('workProgramme:get', { committeeId })) as WorkProgrammeView;
    expect(wp.meetings[0]!.items.every((i) => i.agendaItem?.meetingId === next.id)).toBe(true);
    expect(wp.meetings[1]!.items[0]!.agendaItem).toBeUndefined();
    expect(await env.attempt('meetings:prepareNext', { meetingId: meeting.id, date: '2016-11-21' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await env.attempt('meetings:prepareNext', { meetingId: meeting.id, date: '2016-09-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
  });
});

describe('the action log', () => {
  it('carries open actions forward once, with owner, meeting and item of origin, and the words they came from', async () => {
    const { env, meeting } = await sample();
    const first = (await env.call('actionLog:carryForward', { meetingId: meeting.id })) as {
      added: number;
      entries: ActionLogEntry[];
    };
    expect(first.added).toBe(meeting.actions.filter((a) => a.status === 'open').length);
    expect(((await env.call('actionLog:carryForward', { meetingId: meeting.id })) as { added: number }).added).toBe(0);
    const a = meeting.actions[0]!;
    const entry = first.entries.find((e) => e.origin.actionId === a.id)!;
    const item = meeting.agenda.find((i) => i.id === a.itemId)!;
    expect(entry).toMatchObject({
      owners: a.owners,
      status: 'open',
      origin: { meetingId: meeting.id, meetingDate: '2016-09-19', itemNumber: item.number, itemTitle: item.title },
    });
    expect(entry.description.length).toBeGreaterThan(20);
    await expect(
      readFile(join(env.dir, 'action-logs', `${meeting.committeeId}.json`), 'utf8').then((t) => JSON.parse(t)),
    ).resolves.toMatchObject({ format: 'scrutineer.action-log', version: 1 });
  });

  it('updates status and notes, dated and attributed, changing only what is sent; a stale revision is refused', async () => {
    const { env, meeting } = await sample();
    await env.call('actionLog:carryForward', { meetingId: meeting.id });
    const log = (await env.call('actionLog:list', { committeeId: meeting.committeeId })) as ActionLogView;
    const e = log.entries[0]!;
    const updated = (await env.call('actionLog:update', {
      committeeId: meeting.committeeId,
      entryId: e.id,
      patch: { status: 'in_progress' },
      note: 'Report commissioned',
      by: 'Bathsheba Mall',
      baseRevision: log.revision,
    })) as ActionLogEntry;
    expect(updated).toMatchObject({ status: 'in_progress', description: e.description, owners: e.owners });
    expect(updated.notes).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        by: 'Bathsheba Mall',
        text: 'Report commissioned',
        status: 'in_progress',
      },
    ]);
    expect(
      await env.attempt('actionLog:update', {
        committeeId: meeting.committeeId,
        entryId: e.id,
        patch: { status: 'done' },
        by: 'Bathsheba Mall',
        baseRevision: log.revision,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const inProgress = (await env.call('actionLog:list', {
      committeeId: meeting.committeeId,
      statuses: ['in_progress'],
    })) as ActionLogView;
    expect(inProgress.entries.map((x) => x.id)).toEqual([e.id]);
  });

  it('reports a damaged or newer log file and leaves it untouched', async () => {
    const { env, meeting } = await sample();
    const path = join(env.dir, 'action-logs', `${meeting.committeeId}.json`);
    await mkdir(join(env.dir, 'action-logs'), { recursive: true });
    await writeFile(path, '{"format":"scrutineer.action-log","version":1,"entries":[');
    const r = await env.attempt('actionLog:carryForward', { meetingId: meeting.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'DAMAGED_FILE' } });
    expect(r.error!.message).toContain('is not valid JSON');
    expect(await readFile(path, 'utf8')).toBe('{"format":"scrutineer.action-log","version":1,"entries":[');
    const wpPath = join(env.dir, 'work-programmes', `${meeting.committeeId}.json`);
    await mkdir(join(env.dir, 'work-programmes'), { recursive: true });
    await writeFile(
      wpPath,
      JSON.stringify({ format: 'scrutineer.work-programme', version: 5, committeeId: meeting.committeeId }),
    );
    expect(await env.attempt('workProgramme:get', { committeeId: meeting.committeeId })).toMatchObject({
      ok: false,
      error: { code: 'FUTURE_VERSION' },
    });
  });
});

describe('an action or a resolution adds a work programme item', () => {
  it('keeps where it came from', async () => {
    const { env, meeting } = await sample();
    const a = meeting.actions[0]!;
    const item = (await env.call('workProgramme:addFromMeeting', {
      meetingId: meeting.id,
      actionId: a.id,
      title: 'School meals',
      meetingDate: '2017-01-30',
    })) as WorkProgrammeItem;
    expect(item).toMatchObject({
      title: 'School meals',
      meetingDate: '2017-01-30',
      source: { meetingId: meeting.id, actionId: a.id },
    });
    const r = meeting.resolutions[0]!;
    const fromResolution = (await env.call('workProgramme:addFromMeeting', {
      meetingId: meeting.id,
      resolutionId: r.id,
    })) as WorkProgrammeItem;
    expect(fromResolution.source).toEqual({ meetingId: meeting.id, resolutionId: r.id });
    expect(fromResolution.summary).toContain(r.clauses[0]!);
    const wp = (await env.call('workProgramme:get', { committeeId: meeting.committeeId })) as WorkProgrammeView;
    expect(wp.meetings[0]).toMatchObject({ date: '2017-01-30', reportDeadline: '2017-01-16' });
    expect(wp.unallocated.map((i) => i.id)).toEqual([fromResolution.id]);
  });
});

describe('confirming the previous minutes at the next meeting', () => {
  it('writes item 1 as confirmed with the amendments listed, and marks the previous minutes confirmed', async () => {
    const { env, meeting } = await sample();
    const next = (
      (await env.call('meetings:prepareNext', { meetingId: meeting.id, date: '2016-11-21' })) as PrepareNextResult
    ).meeting;
    expect(await env.attempt('review:confirmPrevious', { meetingId: next.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_APPROVED' },
    });
    await env.call('review:send', { meetingId: meeting.id, by: 'BM' });
    await env.call('review:approve', { meetingId: meeting.id, by: 'Councillor Needham' });
    const p = meeting.notes.find((x) => x.itemId === meeting.agenda[4]!.id)!;
    await env.call('minutes:amend', {
      meetingId: meeting.id,
      by: 'BM',
      why: 'Councillor Ffiske’s question recorded in full.',
      atMeetingId: next.id,
      command: { name: 'notes:updateParagraph', input: { paragraphId: p.id, content: text('In full.') } },
    });
    const r = (await env.call('review:confirmPrevious', {
      meetingId: next.id,
      by: 'Councillor Needham',
    })) as ConfirmPreviousResult;
    expect(r).toMatchObject({ previousMeetingId: meeting.id, amendments: 1 });
    const nextNow = (await env.call('meetings:get', { meetingId: next.id })) as Meeting;
    const resolution = nextNow.resolutions.find((x) => x.id === r.resolutionId)!;
    expect(resolution.itemId).toBe(nextNow.agenda[0]!.id);
    expect(resolution.clauses).toEqual([
      'That the minutes of the meeting of the Children and Education Policy and Accountability Committee held on 19th September 2016 be confirmed and signed as an accurate record of the proceedings, subject to the amendment below',
      `That paragraph 1 of minute ${meeting.agenda[4]!.number} be amended to read: “In full.”`,
    ]);
    const previous = (await env.call('meetings:get', { meetingId: meeting.id })) as Meeting;
    expect(previous.status).toBe('confirmed');
    expect(previous.confirmation).toMatchObject({
      atMeetingId: next.id,
      atMeetingDate: '2016-11-21',
      confirmedBy: 'Councillor Needham',
      amendments: [previous.amendments![0]!.id],
    });
  });
});
