// The meeting file carried to another machine: format, version, fingerprint and a committee
// snapshot; opening refuses a mismatched fingerprint or a newer version, warns about conflicts
// and never silently overwrites newer data; the Chair's comments merge back without replacing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingExport, MeetingFilePreview, ReviewStatus } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { text } from '../helpers/review';
import { twoMachinesEachTest } from '../helpers/two-machines';

const { coordinator, otherMachine } = twoMachinesEachTest();

async function listing(dir: string) {
  const meetings = await readdir(join(dir, 'meetings')).catch(() => []);
  const committees = await readFile(join(dir, 'committees.json'), 'utf8').catch(() => '');
  return { meetings, committees };
}

describe('exporting a meeting file', () => {
  it('carries format, version 2, the content fingerprint and the whole committee', async () => {
    const env = await coordinator();
    const file = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const status = (await env.call('review:status', { meetingId: env.meetingId })) as ReviewStatus;
    expect(file).toMatchObject({ format: 'scrutineer.meeting-export', version: 2, fingerprint: status.fingerprint });
    expect(file.committee.id).toBe(file.meeting.committeeId);
    expect(file.committee.people.length).toBeGreaterThan(10);
  });
});

describe('opening a meeting file on another machine', () => {
  it('says beforehand that the committee will be added, then adds it from the snapshot', async () => {
    const env = await coordinator();
    const file = await env.call('meetings:export', { meetingId: env.meetingId });
    const other = await otherMachine();
    const preview = (await other.call('meetings:inspectImport', { file })) as MeetingFilePreview;
    expect(preview).toMatchObject({ committeeHere: false, canReplace: true, meetingId: env.meetingId });
    expect(preview.warnings[0]).toContain('is not on this machine; opening the file adds it');
    expect(preview.here).toBeUndefined();
    expect(await other.call('meetings:import', { file })).toEqual({
      meetingId: env.meetingId,
      committeeId: (file as MeetingExport).committee.id,
      addedCommittee: true,
      addedPeople: 0,
    });
    expect(await other.call('meetings:get', { meetingId: env.meetingId })).toEqual((file as MeetingExport).meeting);
  });

  for (const [what, spoil, code, words] of [
    [
      'content changed after export',
      (f: MeetingExport) => ({ ...f, meeting: { ...f.meeting, venue: 'Somewhere else' } }),
      'FINGERPRINT_MISMATCH',
      /does not match its fingerprint/,
    ],
    [
      'a person renamed in the snapshot',
      (f: MeetingExport) => ({
        ...f,
        committee: { ...f.committee, people: f.committee.people.map((p) => ({ ...p, name: `${p.name}x` })) },
      }),
      'FINGERPRINT_MISMATCH',
      /changed after it was exported/,
    ],
    [
      'a newer file format',
      (f: MeetingExport) => ({ ...f, version: 3 }),
      'FUTURE_VERSION',
      /newer Scrutineer \(file version 3; this one reads up to 2\); update the app/,
    ],
    [
      'a newer meeting version inside',
      (f: MeetingExport) => ({ ...f, meeting: { ...f.meeting, version: 99 } }),
      'FUTURE_VERSION',
      /newer Scrutineer/,
    ],
    [
      'no fingerprint in a version 2 file',
      (f: MeetingExport) => ({ ...f, fingerprint: undefined }),
      'INVALID_FILE',
      /carries its fingerprint/,
    ],
    [
      'another format',
      (f: MeetingExport) => ({ ...f, format: 'scrutineer.meeting' }),
      'INVALID_FILE',
      /not a Scrutineer meeting file/,
    ],
  ] as const) {
    it(`refuses ${what} with a clear message and writes nothing`, async () => {
      const env = await coordinator();
      const file = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
      const other = await otherMachine();
      const before = await listing(other.dir);
      for (const channel of ['meetings:inspectImport', 'meetings:import']) {
        const r = await other.attempt(channel, { file: spoil(structuredClone(file)) });
        expect(r.ok, channel).toBe(false);
        expect(r.error?.code, channel).toBe(code);
        expect(r.error?.message, channel).toMatch(words);
      }
      expect(await listing(other.dir)).toEqual(before);
    });
  }

  it('still opens a version 1 file, which has no fingerprint', async () => {
    const env = await coordinator();
    const { fingerprint: _f, ...file } = (await env.call('meetings:export', {
      meetingId: env.meetingId,
    })) as MeetingExport;
    const other = await otherMachine();
    expect(await other.call('meetings:import', { file: { ...file, version: 1 } })).toMatchObject({
      addedCommittee: true,
    });
  });

  it('refuses approved minutes whose seal is broken in the file', async () => {
    const env = await coordinator();
    await env.call('review:send', { meetingId: env.meetingId, by: 'BM' });
    await env.call('review:approve', { meetingId: env.meetingId, by: 'Chair' });
    const file = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const broken = {
      ...file,
      meeting: { ...file.meeting, approval: { ...file.meeting.approval!, fingerprint: `sha256:${'1'.repeat(64)}` } },
    };
    const other = await otherMachine();
    expect(await other.attempt('meetings:import', { file: broken })).toMatchObject({
      ok: false,
      error: { code: 'TAMPERED' },
    });
  });
});

describe('conflicts: the same meeting in another revision', () => {
  it('warns and refuses to replace a newer copy here unless told to; a backup is kept when replacing', async () => {
    const env = await coordinator();
    const file = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const m = (await env.call('meetings:get', { meetingId: env.meetingId })) as Meeting;
    await env.call('notes:updateParagraph', {
      meetingId: env.meetingId,
      paragraphId: m.notes[0]!.id,
      content: text('Edited here after the export.'),
    });
    const preview = (await env.call('meetings:inspectImport', { file })) as MeetingFilePreview;
    expect(preview.here).toMatchObject({ revision: 1, newer: 'here', identical: false, sameContent: false });
    expect(preview.warnings.join(' ')).toContain('The copy here is newer (revision 1, the file has 0)');
    const r = await env.attempt('meetings:import', { file });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(r.error!.message).toContain('in a newer version (revision 1 here, 0 in the file); nothing was changed');
    expect(((await env.call('meetings:get', { meetingId: env.meetingId })) as Meeting).notes[0]!.content).toEqual(
      text('Edited here after the export.'),
    );
    await env.call('meetings:import', { file, replace: true });
    expect(((await env.call('meetings:get', { meetingId: env.meetingId })) as Meeting).notes[0]!.content).toEqual(
      m.notes[0]!.content,
    );
    const backups = await readdir(join(env.dir, 'backups', 'meetings', env.meetingId));
    expect(backups.some((n) => n.endsWith('-replaced-by-import.json'))).toBe(true);
  });

  it('never replaces approved minutes with a draft, even when told to', async () => {
    const env = await coordinator();
    const draft = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    await env.call('review:send', { meetingId: env.meetingId, by: 'BM' });
    await env.call('review:approve', { meetingId: env.meetingId, by: 'Chair' });
    const preview = (await env.call('meetings:inspectImport', { file: draft })) as MeetingFilePreview;
    expect(preview.canReplace).toBe(false);
    expect(await env.attempt('meetings:import', { file: draft, replace: true })).toMatchObject({
      ok: false,
      error: { code: 'APPROVED_HERE' },
    });
    expect(((await env.call('meetings:get', { meetingId: env.meetingId })) as Meeting).status).toBe('approved');
  });

  it("merges the Chair's comments from their copy without replacing anything here", async () => {
    const env = await coordinator();
    await env.call('review:send', { meetingId: env.meetingId, by: 'BM' });
    const sent = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const chair = await otherMachine();
    await chair.call('meetings:import', { file: sent });
    const p = sent.meeting.notes[0]!;
    await chair.call('review:suggest', {
      meetingId: env.meetingId,
      commentId: 'chair-1',
      paragraphId: p.id,
      author: 'Councillor Needham',
      suggestion: text('The Chair would say it so.'),
    });
    await chair.call('review:comment', {
      meetingId: env.meetingId,
      commentId: 'chair-2',
      blockRef: 'date',
      author: 'Councillor Needham',
      text: 'Date is right',
    });
    await chair.call('review:decide', {
      meetingId: env.meetingId,
      commentId: 'chair-2',
      decision: 'accepted',
      by: 'Councillor Needham',
    });
    const back = (await chair.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    await env.call('notes:updateParagraph', {
      meetingId: env.meetingId,
      paragraphId: sent.meeting.notes[1]!.id,
      content: text('The coordinator kept working.'),
    });
    expect(await env.attempt('meetings:import', { file: back })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const merged = (await env.call('review:mergeComments', { file: back })) as { added: number };
    expect(merged.added).toBe(2);
    const here = (await env.call('meetings:get', { meetingId: env.meetingId })) as Meeting;
    expect(here.notes[1]!.content).toEqual(text('The coordinator kept working.'));
    expect(here.notes[0]!.content).toEqual(p.content);
    expect(here.review!.comments.map((c) => [c.id, c.status, c.author])).toEqual([
      ['chair-1', 'open', 'Councillor Needham'],
      ['chair-2', 'open', 'Councillor Needham'],
    ]);
    expect(((await env.call('review:mergeComments', { file: back })) as { added: number }).added).toBe(0);
  });
});
