// Disk full, read-only or failing in the middle of a session, through the real API (handle())
// and the app's own EditQueue: edits stay in memory, "Saved" is never shown for them, the reason
// is in store:status for the banner, and everything is written once the disk recovers.
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { buildRouter } from '../../electron/api/router';
import { EditQueue, type QueueState } from '$shared/client/edit-queue';
import type { CommandAck, Result, StoreStatus } from '$shared/api';
import { newId, type Meeting } from '$shared/domain';
import { FaultyFiles, type Op } from '../helpers/faulty-files';
import { storeFolderEachTest } from '../helpers/store-folder';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
const stores = storeFolderEachTest((d) => (dir = d));

async function session() {
  const files = new FaultyFiles();
  const store = await Store.open({ dataDir: dir, files, retryMs: 10 });
  stores.push(store);
  const committee = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  const router = buildRouter({ store, host: 'dev', version: 'test', now: () => new Date() });
  const call = (channel: string, input: unknown) => router.get(channel)!(input, { trusted: true });
  const states: QueueState[] = [];
  const queue = new EditQueue((channel, input) => call(channel, input) as Promise<Result<CommandAck>>, {
    debounceMs: 5,
    onState: (s) => states.push(s),
  });
  const path = join(dir, 'meetings', `${meeting.id}.json`);
  const onDisk = async (): Promise<Meeting> => JSON.parse(await readFile(path, 'utf8')) as Meeting;
  const status = async () => ((await call('store:status', {})) as { ok: true; value: StoreStatus }).value;
  const paragraphId = newId();
  await queue.push('notes:addParagraph', { meetingId: meeting.id, itemId: meeting.agenda[3]!.id, paragraphId });
  const type = (text: string) =>
    queue.pushDebounced(paragraphId, 'notes:updateParagraph', {
      meetingId: meeting.id,
      paragraphId,
      content: [{ t: 'text', text }],
    });
  return { store, files, meeting, call, queue, states, path, onDisk, status, type, paragraphId, committee };
}

const WORDS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an input/output error',
  EDQUOT: 'EDQUOT',
};

describe.each([
  ['ENOSPC', 'writeFileSynced'],
  ['ENOSPC', 'rename'],
  ['ENOSPC', 'fsyncDir'],
  ['EROFS', 'writeFileSynced'],
  ['EROFS', 'rename'],
  ['EIO', 'writeFileSynced'],
  ['EIO', 'fsyncDir'],
] as [string, Op][])('%s in %s, in the middle of typing', (code, op) => {
  it('keeps every edit in memory, says why, and saves them all once the disk recovers', async () => {
    const s = await session();
    await s.type('The Chair');
    await s.queue.flush();
    expect(s.queue.state.state).toBe('saved');
    const savedBefore = (await s.onDisk()).revision;

    // fsyncDir is given the meetings folder; the other operations the meeting's own (temp) file.
    s.files.failAlways(op, code, (p) => (op === 'fsyncDir' ? p === join(dir, 'meetings') : p.includes(s.meeting.id)));
    const typed = ['The Chair welcomed', 'The Chair welcomed everyone', 'The Chair welcomed everyone to the meeting.'];
    for (const text of typed) await s.type(text);
    const action = {
      id: newId(),
      itemId: s.meeting.agenda[3]!.id,
      paragraphId: s.paragraphId,
      owners: ['Head of Service'],
      description: 'Circulate the figures',
    };
    const added = await s.queue.push('actions:add', { meetingId: s.meeting.id, action });
    expect(added).toMatchObject({
      ok: true,
      value: { saved: false, saveError: expect.stringContaining(WORDS[code]!) },
    });

    // Not "Saved": the banner has the reason, store:status has the meeting and the reason.
    expect(s.queue.state).toEqual({ state: 'unsaved', reason: `not saved: ${WORDS[code]}` });
    const during = await s.status();
    expect(during.unsaved).toEqual([
      {
        meetingId: s.meeting.id,
        revision: savedBefore + typed.length + 1,
        savedRevision: op === 'fsyncDir' ? expect.any(Number) : savedBefore,
        error: `not saved: ${WORDS[code]}`,
      },
    ]);
    // The edits are all there in memory (what the screen shows comes from here).
    const inMemory = ((await s.call('meetings:get', { meetingId: s.meeting.id })) as { ok: true; value: Meeting })
      .value;
    expect(inMemory.notes.at(-1)!.content).toEqual([{ t: 'text', text: typed.at(-1) }]);
    expect(inMemory.actions).toHaveLength(1);
    if (op === 'writeFileSynced') expect((await s.onDisk()).revision).toBe(savedBefore);
    expect((await readdir(join(dir, 'meetings'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // Space comes back: the store's retry writes everything, store:status says so, and so does the queue.
    s.files.heal();
    await expect.poll(async () => (await s.status()).unsaved, { timeout: 3000 }).toEqual([]);
    s.queue.markSaved(inMemory.revision);
    expect(s.queue.state).toEqual({ state: 'saved', revision: inMemory.revision });
    expect(s.states.some((x) => x.state === 'unsaved')).toBe(true);
    const after = await s.onDisk();
    expect(after.revision).toBe(inMemory.revision);
    expect(after.notes.at(-1)!.content).toEqual([{ t: 'text', text: typed.at(-1) }]);
    expect(after.actions.map((a) => a.id)).toEqual([action.id]);

    // And a fresh start from the files has them too.
    await s.store.close();
    const reopened = await Store.open({ dataDir: dir, readOnly: true });
    expect(reopened.meeting(s.meeting.id).revision).toBe(inMemory.revision);
  });
});

describe('while the disk is full', () => {
  it('keeps accepting edits, and writes the newest state in one go when space returns', async () => {
    const s = await session();
    s.files.failAlways('writeFileSynced', 'ENOSPC');
    for (let i = 1; i <= 20; i++) await s.type(`word `.repeat(i).trim());
    await s.queue.flush();
    const revision = s.store.meeting(s.meeting.id).revision;
    const writesBefore = s.files.log.length;
    s.files.heal();
    await expect.poll(async () => (await s.status()).unsaved, { timeout: 3000 }).toEqual([]);
    expect((await s.onDisk()).revision).toBe(revision);
    expect(
      s.files.log.slice(writesBefore).filter((e) => e.op === 'writeFileSynced' && e.path.includes(s.meeting.id)).length,
    ).toBeLessThanOrEqual(2);
  });

  it('refuses committee changes and new meetings in words, changing nothing', async () => {
    const s = await session();
    const before = await readFile(join(dir, 'committees.json'));
    s.files.failAlways('writeFileSynced', 'ENOSPC');
    expect(
      await s.call('committees:update', { committeeId: s.committee.id, patch: { name: 'Renamed Committee' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_SAVED', message: 'The change was not saved: the disk is full' },
    });
    expect(
      ((await s.call('committees:get', { committeeId: s.committee.id })) as { ok: true; value: { name: string } }).value
        .name,
    ).toBe('Test Scrutiny Committee');
    expect(await s.call('meetings:create', { committeeId: s.committee.id, date: '2016-10-03' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SAVED' },
    });
    expect(s.store.meetingIds()).toEqual([s.meeting.id]);
    expect(await readFile(join(dir, 'committees.json'))).toEqual(before);
  });

  it('a read-only data folder at start is refused in words', async () => {
    const files = new FaultyFiles();
    files.failAlways('mkdir', 'EROFS');
    await expect(Store.open({ dataDir: join(dir, 'new'), files })).rejects.toThrow(
      /cannot be created or written: the disk is read-only/,
    );
  });
});
