// Issue 12, item 7: deleting the lock file while the app ran let a second instance in, and the
// first one's next keystroke overwrote an edit the second had acknowledged. The store now checks,
// before every write, that the lock is still its own, and once it is not, writes nothing more,
// keeps the edits in memory (as on a read-only disk) and says why.
import { describe, expect, it } from 'vitest';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { LOCK_FILE } from '../../electron/services/store/lock';
import { newId, type Meeting } from '$shared/domain';
import { recordsOf } from '../../electron/services/records/committee-records';
import { FaultyFiles } from '../helpers/faulty-files';
import { storeFolderEachTest } from '../helpers/store-folder';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
const stores = storeFolderEachTest((d) => (dir = d));

async function open(files = new FaultyFiles()) {
  const store = await Store.open({ dataDir: dir, files, retryMs: 20 });
  stores.push(store);
  return store;
}

const say = (store: Store, m: Meeting, text: string) =>
  store.command(m.id, 'notes:addParagraph', {
    itemId: m.agenda[3]!.id,
    paragraphId: newId(),
    content: [{ t: 'text', text }],
  });
const onDisk = async (m: Meeting): Promise<Meeting> =>
  JSON.parse(await readFile(join(dir, 'meetings', `${m.id}.json`), 'utf8')) as Meeting;
const texts = (m: Meeting) => m.notes.map((p) => (p.content[0] as { text: string }).text);

async function firstWindow() {
  const files = new FaultyFiles();
  const first = await open(files);
  const committee = testCommittee();
  await first.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await first.addMeeting(meeting);
  expect(await say(first, meeting, 'Acknowledged by the first window.')).toMatchObject({ saved: true });
  return { first, files, committee, meeting };
}

describe('the lock file deleted while the app runs', () => {
  it("lets the second instance in, but the first writes nothing more: the second's acknowledged edit stays on disk", async () => {
    const { first, meeting } = await firstWindow();
    await unlink(join(dir, LOCK_FILE));
    const second = await open();
    expect(await say(second, meeting, 'Acknowledged by the second window.')).toMatchObject({ saved: true });

    const ack = await say(first, meeting, 'Typed in the first window afterwards.');
    expect(ack.saved).toBe(false);
    expect(ack.saveError).toContain(
      `not saved: Scrutineer's lock file ${join(dir, LOCK_FILE)} now names another process`,
    );
    expect(ack.saveError).toContain('nothing more is saved from this window');
    expect(texts(await onDisk(meeting))).toEqual([
      'Acknowledged by the first window.',
      'Acknowledged by the second window.',
    ]);
    // Kept in memory, and said through store:status (unsaved with the reason, and a problem naming the lock).
    expect(texts(first.meeting(meeting.id)).at(-1)).toBe('Typed in the first window afterwards.');
    expect(first.unsaved()).toEqual([
      expect.objectContaining({ meetingId: meeting.id, error: expect.stringContaining('now names another process') }),
    ]);
    expect(first.problems).toEqual([expect.objectContaining({ file: join(dir, LOCK_FILE), code: 'LOCK_LOST' })]);
    // The retry does not write either, and closing the first window leaves the second's lock alone.
    await new Promise((r) => setTimeout(r, 100));
    expect(texts(await onDisk(meeting))).toHaveLength(2);
    await first.close();
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(await say(second, meeting, 'The second window goes on.')).toMatchObject({ saved: true });
  });

  it('says so when the lock is simply gone, and refuses committee, record, new-meeting and delete writes in words', async () => {
    const { first, committee, meeting } = await firstWindow();
    await unlink(join(dir, LOCK_FILE));
    const ack = await say(first, meeting, 'After the lock went.');
    expect(ack).toMatchObject({
      saved: false,
      saveError: expect.stringContaining('was deleted while this window was open'),
    });
    const before = await readFile(join(dir, 'committees.json'));
    await expect(first.changeCommittees((f) => ({ ...f, committees: [] }))).rejects.toMatchObject({
      code: 'NOT_SAVED',
      message: expect.stringContaining('was deleted while this window was open'),
    });
    expect(await readFile(join(dir, 'committees.json'))).toEqual(before);
    await expect(first.addMeeting(testMeeting(committee.id))).rejects.toMatchObject({ code: 'NOT_SAVED' });
    await expect(first.deleteMeeting(meeting.id)).rejects.toMatchObject({
      code: 'NOT_SAVED',
      message: expect.stringContaining('lock file'),
    });
    await expect(
      recordsOf(first)
        .actionLog(committee.id)
        .change((log) => ({ next: { ...log, actions: [] }, result: 1 })),
    ).rejects.toMatchObject({ code: 'NOT_SAVED' });
    expect(texts(await onDisk(meeting))).toEqual(['Acknowledged by the first window.']);
  });

  it("a lock file put back by hand is not the store's own: writing stays stopped", async () => {
    const { first, meeting } = await firstWindow();
    const mine = await readFile(join(dir, LOCK_FILE), 'utf8');
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid + 1, host: hostname(), startedAt: new Date().toISOString() }),
    );
    expect((await say(first, meeting, 'x')).saved).toBe(false);
    await writeFile(join(dir, LOCK_FILE), mine);
    expect((await say(first, meeting, 'y')).saved).toBe(false);
  });

  it('a store closed (its lock released) writes nothing more, even from a late edit', async () => {
    const { first, meeting } = await firstWindow();
    await first.close();
    const second = await open();
    expect(await say(second, meeting, 'The next window.')).toMatchObject({ saved: true });
    await expect(first.changeCommittees((f) => ({ ...f, committees: [] }))).rejects.toMatchObject({
      code: 'NOT_SAVED',
      message: expect.stringContaining('was closed in this window'),
    });
    expect(texts(await onDisk(meeting))).toEqual(['Acknowledged by the first window.', 'The next window.']);
  });

  it('checks cheaply: a stat before each write, and the lock is read only when it changed', async () => {
    const { first, files, meeting } = await firstWindow();
    files.log.length = 0;
    for (let i = 0; i < 10; i++) expect((await say(first, meeting, `Keystroke ${i}`)).saved).toBe(true);
    const lockOps = files.log.filter((e) => e.path === join(dir, LOCK_FILE)).map((e) => e.op);
    expect(lockOps.filter((op) => op === 'readFile')).toEqual([]);
    expect(lockOps.filter((op) => op === 'stat').length).toBeGreaterThanOrEqual(10);
  });
});
