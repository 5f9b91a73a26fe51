// QA's report, through the real store and API: the meeting's file edited while the app is
// stopped (who approved, or an amendment's who, why, before or after) is reported on load as
// TAMPERED, exactly like forged content, and the seal state says so; the same edits in a meeting
// file are refused, not offered as "both revision N but differ". Minutes approved before records
// were sealed load without a problem and say so. Importing over minutes confirmed here names that.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingExport, MeetingFilePreview, ReviewStatus, StoreStatus } from '$shared/api';
import type { Amendment, Meeting } from '$shared/domain';
import { openServices } from '../../electron/host/open-services';
import { sampleServices, text } from '../helpers/review';
import { tempDir } from '../helpers/temp-dir';

type Env = Awaited<ReturnType<typeof sampleServices>>;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function approvedAndAmended() {
  const env = await sampleServices();
  const holder = { env };
  cleanups.push(() => holder.env.cleanup());
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  const id = summary!.id;
  const m = (await env.call('meetings:get', { meetingId: id })) as Meeting;
  await env.call('review:send', { meetingId: id, by: 'Bathsheba Mall' });
  await env.call('review:approve', { meetingId: id, by: 'Councillor Needham' });
  await env.call('minutes:amend', {
    meetingId: id,
    by: 'Bathsheba Mall',
    why: 'Spelling of a name',
    command: { name: 'notes:updateParagraph', input: { paragraphId: m.notes[1]!.id, content: text('Spelt right.') } },
  });
  await env.opened.services.store.flush();
  return { holder, id, path: join(env.dir, 'meetings', `${id}.json`) };
}

/** Stops the app and starts it again on the same folder. */
async function restart(holder: { env: Env }): Promise<Env> {
  const old = holder.env;
  await old.opened.close();
  const opened = await openServices({ dataDir: old.dir, host: 'cli' });
  const attempt = (async (channel: string, input: unknown) =>
    opened.router.get(channel)!(input, { trusted: true })) as Env['attempt'];
  holder.env = {
    ...old,
    opened,
    attempt,
    call: async (c, i) => {
      const r = await attempt(c, i);
      if (!r.ok) throw new Error(`${c}: ${r.error?.code} ${r.error?.message}`);
      return r.value;
    },
    cleanup: async () => {
      await opened.close();
      await old.cleanup().catch(() => undefined);
    },
  };
  return holder.env;
}

const amend0 = (m: Meeting, f: (a: Amendment) => Amendment): Meeting => ({
  ...m,
  amendments: m.amendments!.map((a, i) => (i === 0 ? f(a) : a)),
});

const forgeries: [string, (m: Meeting) => Meeting][] = [
  ['approval.approvedBy', (m) => ({ ...m, approval: { ...m.approval!, approvedBy: 'Councillor Forged' } })],
  ["an amendment's why", (m) => amend0(m, (a) => ({ ...a, why: 'A forged reason' }))],
  ["an amendment's by", (m) => amend0(m, (a) => ({ ...a, by: 'Councillor Forged' }))],
  [
    "an amendment's before",
    (m) =>
      amend0(m, (a) => ({
        ...a,
        changes: a.changes.map((c) => ({ ...c, before: { ...(c.before as object), content: text('Forged before.') } })),
      })),
  ],
  [
    "an amendment's after",
    (m) =>
      amend0(m, (a) => ({
        ...a,
        changes: a.changes.map((c) => ({ ...c, after: { ...(c.after as object), content: text('Forged after.') } })),
      })),
  ],
];

describe('a record forged in the store file while the app was stopped', () => {
  for (const [what, forge] of forgeries) {
    it(`${what}: reported on load as TAMPERED, shown as such, read-only, and not repaired`, async () => {
      const { holder, id, path } = await approvedAndAmended();
      const before = (await holder.env.call('review:status', { meetingId: id })) as ReviewStatus;
      expect(before.seal).toMatchObject({ state: 'intact', record: { state: 'sealed' } });
      await holder.env.opened.close();
      await writeFile(path, JSON.stringify(forge(JSON.parse(await readFile(path, 'utf8')) as Meeting), null, 2));
      const forgedBytes = await readFile(path, 'utf8');
      const env = await restart(holder);
      const { problems } = (await env.call('store:status', {})) as StoreStatus;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: path, code: 'TAMPERED' });
      expect(problems[0]!.message).toMatch(/no longer matches its seal/);
      const status = (await env.call('review:status', { meetingId: id })) as ReviewStatus;
      expect(status.seal).toMatchObject({ state: 'broken', what: 'record' });
      expect(status.editable).toBe(false);
      expect(
        await env.attempt('minutes:amend', {
          meetingId: id,
          by: 'BM',
          why: 'fix',
          command: { name: 'meeting:updateDetails', input: { patch: { venue: 'Room 2' } } },
        }),
      ).toMatchObject({ ok: false, error: { code: 'TAMPERED' } });
      await env.opened.services.store.flush();
      expect(await readFile(path, 'utf8')).toBe(forgedBytes);
    });
  }

  it('the same forgeries in an exported meeting file are refused as TAMPERED, not offered as a replacement', async () => {
    const { holder, id } = await approvedAndAmended();
    const file = (await holder.env.call('meetings:export', { meetingId: id })) as MeetingExport;
    for (const [what, forge] of forgeries) {
      const forged = { ...file, meeting: forge(structuredClone(file.meeting)) };
      for (const channel of ['meetings:inspectImport', 'meetings:import']) {
        const r = await holder.env.attempt(
          channel,
          channel === 'meetings:import' ? { file: forged, replace: true } : { file: forged },
        );
        expect(r, `${what} ${channel}`).toMatchObject({ ok: false, error: { code: 'TAMPERED' } });
        expect(r.error!.message).toMatch(/^The minutes in this file .*It was not opened$/);
      }
    }
    expect(((await holder.env.call('meetings:get', { meetingId: id })) as Meeting).approval!.approvedBy).toBe(
      'Councillor Needham',
    );
  });
});

describe('minutes approved before records were sealed, in the store', () => {
  it('load without a problem, say they carry no record seal, and are sealed by the next amendment', async () => {
    const { holder, id, path } = await approvedAndAmended();
    await holder.env.opened.close();
    const stored = JSON.parse(await readFile(path, 'utf8')) as Meeting;
    const { recordSeal: _s, ...approval } = stored.approval!;
    // As a version 1 file, written before record seals, stored it.
    const old = {
      ...stored,
      version: 1,
      approval,
      amendments: stored.amendments!.map(({ recordSeal: _r, recordSealBefore: _b, ...a }) => a),
    };
    await writeFile(path, JSON.stringify(old, null, 2));
    let env = await restart(holder);
    expect(((await env.call('store:status', {})) as StoreStatus).problems).toEqual([]);
    const status = (await env.call('review:status', { meetingId: id })) as ReviewStatus;
    expect(status.seal).toMatchObject({
      state: 'intact',
      fingerprint: old.amendments![0]!.fingerprintAfter,
      record: { state: 'unsealed', note: expect.stringMatching(/carries no seal/) },
    });
    const m = (await env.call('meetings:get', { meetingId: id })) as Meeting;
    await env.call('minutes:amend', {
      meetingId: id,
      by: 'Bathsheba Mall',
      why: 'Venue',
      command: { name: 'meeting:updateDetails', input: { patch: { venue: 'Room 2' } } },
    });
    expect(((await env.call('review:status', { meetingId: id })) as ReviewStatus).seal).toMatchObject({
      state: 'intact',
      record: { state: 'sealed-later', note: expect.stringMatching(/sealed as it stood when amendment 2 was made/) },
    });
    await env.opened.services.store.flush();
    env = await restart(holder);
    expect(((await env.call('store:status', {})) as StoreStatus).problems).toEqual([]);
    expect(m.approval!.approvedBy).toBe('Councillor Needham');
    await env.opened.close();
    const sealedLater = JSON.parse(await readFile(path, 'utf8')) as Meeting;
    await writeFile(
      path,
      JSON.stringify({ ...sealedLater, approval: { ...sealedLater.approval!, approvedBy: 'Councillor Forged' } }),
    );
    env = await restart(holder);
    expect(((await env.call('store:status', {})) as StoreStatus).problems).toMatchObject([{ code: 'TAMPERED' }]);
  });
});

describe("importing the Chair's amended copy over minutes confirmed here", () => {
  it('names the real reason: confirmed at the meeting of that date', async () => {
    const { holder, id } = await approvedAndAmended();
    const env = holder.env;
    const approvedFile = (await env.call('meetings:export', { meetingId: id })) as MeetingExport;
    // The Chair's laptop: opens the approved minutes and amends them.
    const { dir, cleanup } = await tempDir('scrutineer-chair-');
    const chair = await openServices({ dataDir: dir, host: 'cli' });
    cleanups.push(async () => {
      await chair.close();
      await cleanup();
    });
    const chairCall = async (c: string, i: unknown) => {
      const r = (await chair.router.get(c)!(i, { trusted: true })) as {
        ok: boolean;
        value?: unknown;
        error?: { message: string };
      };
      if (!r.ok) throw new Error(`${c}: ${r.error?.message}`);
      return r.value;
    };
    await chairCall('meetings:import', { file: approvedFile });
    await chairCall('minutes:amend', {
      meetingId: id,
      by: 'Councillor Needham',
      why: 'Wording',
      command: {
        name: 'notes:updateParagraph',
        input: { paragraphId: approvedFile.meeting.notes[2]!.id, content: text('As the Chair would put it.') },
      },
    });
    const chairFile = await chairCall('meetings:export', { meetingId: id });
    // Here, meanwhile: confirmed at the next meeting.
    await env.call('minutes:confirm', {
      meetingId: id,
      atMeetingId: 'next-meeting',
      atMeetingDate: '2016-11-21',
      by: 'Councillor Needham',
    });
    const words =
      'The minutes here were confirmed as a correct record at the meeting of 21 November 2016, so they can no longer be replaced. Nothing will be changed.';
    const preview = (await env.call('meetings:inspectImport', { file: chairFile })) as MeetingFilePreview;
    expect(preview.canReplace).toBe(false);
    expect(preview.warnings.at(-1)).toBe(words);
    const r = await env.attempt('meetings:import', { file: chairFile, replace: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'APPROVED_HERE', message: words } });
    expect(((await env.call('meetings:get', { meetingId: id })) as Meeting).status).toBe('confirmed');
  });
});
