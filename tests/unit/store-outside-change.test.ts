// Issue 12, item 10: a meeting file changed or removed by hand while the app ran was overwritten
// by the next keystroke, or its removal went unnoticed (the next save brought it back). Before
// each write the store now compares the file's size, time and inode with what it last wrote, and
// reads it only when they differ; a file that is not the one last written is not written again:
// the edits stay in memory, a copy goes to the backups, and store:status says what happened and
// what the file lacks compared with this window's version (item 9: a backup restored by hand).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { newId, type Meeting } from '$shared/domain';
import { FaultyFiles } from '../helpers/faulty-files';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
let cleanup: () => Promise<void>;
let clock: number;
const stores: Store[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  clock = Date.parse('2016-09-19T18:00:00Z');
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  await cleanup();
});

async function opened(files = new FaultyFiles()) {
  const store = await Store.open({ dataDir: dir, files, retryMs: 20, now: () => new Date((clock += 1000)) });
  stores.push(store);
  const committee = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  const itemId = meeting.agenda[3]!.id;
  const say = (text: string, paragraphId = newId()) =>
    store.command(meeting.id, 'notes:addParagraph', { itemId, paragraphId, content: [{ t: 'text', text }] });
  const path = join(dir, 'meetings', `${meeting.id}.json`);
  await say('Saved before the hand edit.');
  return { store, files, meeting, say, path, itemId };
}

const texts = (m: Meeting) => m.notes.map((p) => (p.content[0] as { text: string }).text);
const windowCopies = async (store: Store, id: string) =>
  (await readdir(store.backups.dirFor(id)).catch(() => [] as string[]))
    .filter((n) => n.endsWith('-window-copy.json'))
    .sort();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a meeting file changed by hand while open', () => {
  it('is not overwritten: the edit stays in memory, is copied to the backups, and store:status says what the file lacks', async () => {
    const { store, meeting, say, path } = await opened();
    // A text editor saves its own version in place: revision 1, the hand-typed paragraph kept.
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Meeting;
    const byHand = JSON.stringify({ ...onDisk, venue: 'Changed by hand' }, null, 2);
    await writeFile(path, byHand);
    const first = await say('Typed after the hand edit.');
    expect(first.saved).toBe(false);
    expect(first.saveError).toContain(
      `not saved: ${path} was changed outside Scrutineer while it was open here, so Scrutineer stopped saving this meeting rather than overwrite it.`,
    );
    expect(first.saveError).toContain(
      "It now holds revision 1; compared with this window's version (revision 2), it lacks 1 revision (revision 2).",
    );
    const ack = await say('And more.');
    expect(ack).toMatchObject({ saved: false, saveError: first.saveError });
    expect(await readFile(path, 'utf8')).toBe(byHand);
    await wait(100); // retries write nothing either
    expect(await readFile(path, 'utf8')).toBe(byHand);
    expect(texts(store.meeting(meeting.id))).toEqual([
      'Saved before the hand edit.',
      'Typed after the hand edit.',
      'And more.',
    ]);
    expect(store.unsaved()).toEqual([
      expect.objectContaining({
        meetingId: meeting.id,
        revision: 3,
        savedRevision: 1,
        error: expect.stringContaining('changed outside Scrutineer'),
      }),
    ]);
    expect(store.problems).toEqual([
      expect.objectContaining({
        file: path,
        code: 'CHANGED_OUTSIDE',
        message: expect.stringContaining('To keep the file as it is now, close Scrutineer'),
      }),
    ]);
    // The copy in the backups holds this window's version; closing brings it up to date.
    const [copy] = await windowCopies(store, meeting.id);
    expect(copy).toMatch(/-r2-window-copy\.json$/);
    expect(store.problems[0]!.message).toContain(join(store.backups.dirFor(meeting.id), copy!));
    await store.close();
    const copies = await windowCopies(store, meeting.id);
    expect(copies.at(-1)).toMatch(/-r3-window-copy\.json$/);
    expect(
      texts(JSON.parse(await readFile(join(store.backups.dirFor(meeting.id), copies.at(-1)!), 'utf8')) as Meeting),
    ).toHaveLength(3);
    expect(await readFile(path, 'utf8')).toBe(byHand);
  });

  it('is noticed when only replaced by one of the same size (another inode and time)', async () => {
    const { say, path } = await opened();
    const same = (await readFile(path, 'utf8')).replace('Saved before the hand edit.', 'Saved before the hand edjt.');
    await writeFile(`${path}.new`, same);
    await rename(`${path}.new`, path);
    expect((await say('x')).saved).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(same);
  });

  it('is written again once the file is put back as Scrutineer last wrote it', async () => {
    const { store, meeting, say, path } = await opened();
    const mine = await readFile(path);
    await writeFile(path, '{"hand": true}');
    expect((await say('held')).saved).toBe(false);
    expect(store.problems[0]!.message).toContain('It now holds something that is not a meeting Scrutineer can read.');
    await writeFile(path, mine);
    await expect.poll(() => store.unsaved(), { timeout: 2000 }).toEqual([]);
    expect(store.problems).toEqual([]);
    expect(texts(JSON.parse(await readFile(path, 'utf8')) as Meeting)).toEqual(['Saved before the hand edit.', 'held']);
    expect((await say('on we go')).saved).toBe(true);
    expect(store.meeting(meeting.id).revision).toBe(3);
  });

  it('a touch that changes only the time is not a change', async () => {
    const { say, path } = await opened();
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    expect((await say('after a touch')).saved).toBe(true);
  });

  it('checks cheaply: a stat before each write, and no read while the file is as written', async () => {
    const { files, say, path } = await opened();
    files.log.length = 0;
    for (let i = 0; i < 10; i++) expect((await say(`Keystroke ${i}`)).saved).toBe(true);
    const ops = files.log.filter((e) => e.path === path).map((e) => e.op);
    expect(ops.filter((op) => op === 'readFile')).toEqual([]);
    expect(ops.filter((op) => op === 'stat')).toHaveLength(10);
  });

  it('an approved meeting with a backup restored over it by hand: says which amendment the file lacks', async () => {
    const { store, meeting, path, itemId } = await opened();
    const paragraphId = newId();
    await store.command(meeting.id, 'notes:addParagraph', {
      itemId,
      paragraphId,
      content: [{ t: 'text', text: 'Noted.' }],
    });
    await store.command(meeting.id, 'meeting:setStatus', { status: 'live', by: '' });
    await store.command(meeting.id, 'meeting:setStatus', { status: 'ended', by: '' });
    await store.command(meeting.id, 'review:send', { by: 'Clerk' });
    await store.command(meeting.id, 'review:approve', { by: 'Councillor Chair', confirmMarkers: true });
    const amend = (why: string) =>
      store.command(meeting.id, 'minutes:amend', {
        by: 'Councillor Chair',
        why,
        command: { name: 'notes:updateParagraph', input: { paragraphId, content: [{ t: 'text', text: why }] } },
      });
    await amend('Noted with thanks.');
    const approval = (await readdir(store.backups.dirFor(meeting.id))).find((n) => n.endsWith('-approval.json'))!;
    await copyFile(join(store.backups.dirFor(meeting.id), approval), path);
    const ack = await amend('Noted with warm thanks.');
    expect(ack.saved).toBe(false);
    expect(ack.saveError).toMatch(
      /it lacks 2 amendments \(by Councillor Chair on 2016-09-19: "Noted with thanks\."; by Councillor Chair on 2016-09-19: "Noted with warm thanks\."\) and 2 revisions/,
    );
  });

  it('deleting the meeting then is refused, leaving the hand-changed file', async () => {
    const { store, meeting, path } = await opened();
    await writeFile(path, '{"hand": true}');
    await expect(store.deleteMeeting(meeting.id)).rejects.toMatchObject({
      code: 'CHANGED_OUTSIDE',
      message: expect.stringContaining('The meeting was not deleted'),
    });
    expect(await readFile(path, 'utf8')).toBe('{"hand": true}');
  });
});

describe('a meeting file removed by hand while open', () => {
  it('is not brought back by the next save, and store:status says so', async () => {
    const { store, meeting, say, path } = await opened();
    await unlink(path);
    const ack = await say('Typed after the file went.');
    expect(ack.saved).toBe(false);
    expect(ack.saveError).toContain(`${path} was deleted or moved outside Scrutineer while it was open here`);
    await wait(100);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.problems).toEqual([expect.objectContaining({ file: path, code: 'REMOVED_OUTSIDE' })]);
    expect(await windowCopies(store, meeting.id)).toHaveLength(1);
    // Deleting it in the app as well is then simply done (with the usual copy kept).
    await store.deleteMeeting(meeting.id);
    expect(store.meetingIds()).toEqual([]);
  });
});

describe('other files changed by hand while open', () => {
  it('committees.json: a committee change is refused in words and the hand edit kept', async () => {
    const { store } = await opened();
    const path = join(dir, 'committees.json');
    const byHand = (await readFile(path, 'utf8')).replace('Test Scrutiny Committee', 'Renamed by hand');
    await writeFile(path, byHand);
    await expect(store.changeCommittees((f) => ({ ...f, committees: [] }))).rejects.toMatchObject({
      code: 'NOT_SAVED',
      message: expect.stringContaining(`${path} was changed outside Scrutineer since Scrutineer last read or saved it`),
    });
    expect(await readFile(path, 'utf8')).toBe(byHand);
  });
});
