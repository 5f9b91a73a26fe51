// Issue 15, defect 10: one app setting, your name and role, kept in committees.json's settings
// through an API channel, serves review ("Reviewing as") and documents (their author). Approving
// records whether the approver is the Chair or acts for them; the record seal covers it, and
// minutes approved before it was asked keep loading and verifying.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportedMinutes, ReviewStatus, UserSettings } from '$shared/api';
import { CommitteesFile, loadCommitteesFile, loadMeeting, type Approval } from '$shared/domain';
import { approvalSeal, checkRecordSeal } from '$shared/review/record-seal';
import { checkSeal } from '$shared/review/seal';
import { readDocx } from '../integration/helpers/read-docx';
import { approvedSample, loadSample, sampleEachTest, Steps } from '../helpers/review';

const sample = sampleEachTest();

describe('your name and role', () => {
  it('are read and saved through settings:get and settings:set, trimmed, in committees.json', async () => {
    const { env } = await sample();
    expect(await env.call('settings:get', {})).toEqual({ userName: '', userRole: '', density: 'comfortable' });
    const saved = (await env.call('settings:set', {
      userName: '  Bathsheba Mall ',
      userRole: ' Committee Co-ordinator',
    })) as UserSettings;
    expect(saved).toEqual({ userName: 'Bathsheba Mall', userRole: 'Committee Co-ordinator', density: 'comfortable' });
    expect(await env.call('settings:get', {})).toEqual(saved);
    const file = CommitteesFile.parse(JSON.parse(await readFile(join(env.dir, 'committees.json'), 'utf8')));
    expect(file.settings).toMatchObject({ userName: 'Bathsheba Mall', userRole: 'Committee Co-ordinator' });
    // The role left out is cleared; a name too long is refused at its field.
    expect(await env.call('settings:set', { userName: 'Councillor Caroline Needham' })).toEqual({
      userName: 'Councillor Caroline Needham',
      userRole: '',
      density: 'comfortable',
    });
    // The density chosen is kept; left out, it stays; a value not offered is refused.
    expect(await env.call('settings:set', { userName: 'Bathsheba Mall', density: 'compact' })).toMatchObject({
      density: 'compact',
    });
    expect(await env.call('settings:set', { userName: 'Bathsheba Mall' })).toMatchObject({ density: 'compact' });
    expect(await env.attempt('settings:set', { userName: 'Bathsheba Mall', density: 'tiny' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await env.attempt('settings:set', { userName: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('name the author of the documents exported', async () => {
    const { env, meeting } = await sample();
    await env.call('settings:set', { userName: 'Bathsheba Mall', userRole: 'Committee Co-ordinator' });
    const doc = (await env.call('docs:exportMinutes', { meetingId: meeting.id })) as ExportedMinutes;
    const core = (await readDocx(Buffer.from(doc.base64, 'base64'))).text('docProps/core.xml');
    expect(core).toContain('<dc:creator>Bathsheba Mall</dc:creator>');
  });

  it('load from committees.json files written before the role was asked', () => {
    const old = {
      format: 'scrutineer.committees',
      version: 1,
      committees: [],
      settings: { userName: 'Bathsheba Mall' },
    };
    expect(loadCommitteesFile(old)).toEqual({ ok: true, value: old });
  });
});

describe('approving as the Chair or for them', () => {
  function inReview(): Steps {
    const { meeting, committee } = loadSample();
    const s = new Steps(meeting, committee);
    s.run('review:send', { by: 'Bathsheba Mall' });
    return s;
  }

  it('records which, sealed with the rest of the approval record', () => {
    const s = inReview();
    const m = s.run('review:approve', { by: 'Councillor Ffiske', approvedAs: 'for-chair', confirmMarkers: true });
    expect(m.approval).toMatchObject({ approvedBy: 'Councillor Ffiske', approvedAs: 'for-chair' });
    expect(checkSeal(m)).toMatchObject({ ok: true, record: { state: 'sealed' } });
    // The seal covers it: changed by hand, the record no longer matches.
    const forged = { ...m, approval: { ...m.approval!, approvedAs: 'chair' as const } };
    expect(checkRecordSeal(forged)).toMatchObject({ ok: false });
    expect(
      inReview().run('review:approve', { by: 'Councillor Needham', approvedAs: 'chair', confirmMarkers: true })
        .approval!.approvedAs,
    ).toBe('chair');
  });

  it('is answered by review:status', async () => {
    const { env, meeting } = await sample();
    await env.call('review:send', { meetingId: meeting.id, by: 'Bathsheba Mall' });
    await env.call('review:approve', {
      meetingId: meeting.id,
      by: 'Councillor Needham',
      approvedAs: 'chair',
      confirmMarkers: true,
    });
    const status = (await env.call('review:status', { meetingId: meeting.id })) as ReviewStatus;
    expect(status.approval).toMatchObject({ approvedBy: 'Councillor Needham', approvedAs: 'chair' });
  });

  it('leaves minutes approved before it was asked loading, their seal unchanged and intact', () => {
    const m = approvedSample().meeting;
    expect(m.approval!.approvedAs).toBeUndefined();
    const { approvedAs: _none, ...before } = m.approval! as Approval;
    expect(approvalSeal(m.id, before as Approval)).toBe(m.approval!.recordSeal);
    expect(loadMeeting(JSON.parse(JSON.stringify(m)))).toMatchObject({ ok: true });
    expect(checkSeal(m)).toMatchObject({ ok: true, record: { state: 'sealed' } });
    expect(() => inReview().run('review:approve', { by: 'X', approvedAs: 'deputy' as never })).toThrow();
  });
});
