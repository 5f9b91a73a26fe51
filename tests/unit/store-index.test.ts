// The meeting index (Store loadOnDemand): the open path reads only the index and a stat of each
// meeting file; a file changed since it was indexed is read and validated in full at open, so a
// damaged one is still reported there; the index is rebuilt when missing, unreadable or cut short.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from '$shared/domain';
import { Store } from '../../electron/services/store/store';
import { MEETING_INDEX_FILE } from '../../electron/services/store/meeting-index';
import { FaultyFiles } from '../helpers/faulty-files';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
let cleanup: () => Promise<void>;
const stores: Store[] = [];

async function open(files = new FaultyFiles(), extra: Partial<Parameters<typeof Store.open>[0]> = {}) {
  const store = await Store.open({ dataDir: dir, files, retryMs: 20, loadOnDemand: true, ...extra });
  stores.push(store);
  return { store, files };
}

async function close(store: Store) {
  stores.splice(stores.indexOf(store), 1);
  await store.close();
}

/** A folder with `n` meetings, written by a store that then closed (and so wrote the index). */
async function folderWith(n: number) {
  const { store } = await open();
  const c = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [c] }));
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const m = testMeeting(c.id, { date: `2020-01-${String(i + 1).padStart(2, '0')}` });
    await store.addMeeting(m);
    ids.push(m.id);
  }
  await close(store);
  return { committee: c, ids, path: (id: string) => join(dir, 'meetings', `${id}.json`) };
}

const meetingReads = (files: FaultyFiles) =>
  files.log.filter((e) => e.op === 'readFile' && e.path.includes(`${join(dir, 'meetings')}`)).map((e) => e.path);

const paragraph = (itemId: string, text: string) => ({
  itemId,
  paragraphId: newId(),
  content: [{ t: 'text' as const, text }],
});

beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  await cleanup();
});

describe('opening from the meeting index', () => {
  it('reads no meeting file at open when every file is as indexed, and lists them from the index', async () => {
    const { committee, ids } = await folderWith(3);
    const { store, files } = await open();
    expect(meetingReads(files)).toEqual([]);
    expect(store.problems).toEqual([]);
    expect(store.meetingIds().sort()).toEqual([...ids].sort());
    expect(
      store
        .meetingSummaries()
        .map((s) => [s.id, s.committeeId, s.date, s.revision])
        .sort(),
    ).toEqual(ids.map((id, i) => [id, committee.id, `2020-01-0${i + 1}`, 0]).sort());
    expect(() => store.meeting(ids[0]!)).toThrow(expect.objectContaining({ code: 'NOT_LOADED' }));
    await store.loadMeeting(ids[0]!);
    expect(store.meeting(ids[0]!).date).toBe('2020-01-01');
    expect(meetingReads(files)).toEqual([join(dir, 'meetings', `${ids[0]}.json`)]);
  });

  it('reads in full, at open, only a file changed since it was indexed, and reports it when damaged', async () => {
    const { ids, path } = await folderWith(3);
    await writeFile(path(ids[1]!), '{"id": "cut short');
    const { store, files } = await open();
    expect(meetingReads(files)).toEqual([path(ids[1]!)]);
    expect(store.problems).toEqual([expect.objectContaining({ file: path(ids[1]!), code: 'INVALID_JSON' })]);
    expect(store.meetingIds()).not.toContain(ids[1]);
    await expect(store.loadMeeting(ids[1]!)).resolves.toBeUndefined();
    expect(() => store.meeting(ids[1]!)).toThrow(expect.objectContaining({ code: 'DAMAGED_FILE' }));
  });

  it('reads a file changed by hand but still valid, and shows it as it is now', async () => {
    const { ids, path } = await folderWith(2);
    const onDisk = JSON.parse(await readFile(path(ids[0]!), 'utf8'));
    await writeFile(path(ids[0]!), JSON.stringify({ ...onDisk, venue: 'Room 2, Town Hall' }));
    const { store, files } = await open();
    expect(meetingReads(files)).toEqual([path(ids[0]!)]);
    expect(store.meetingSummaries().find((s) => s.id === ids[0])?.venue).toBe('Room 2, Town Hall');
    await close(store);
    const again = await open();
    expect(meetingReads(again.files)).toEqual([]);
    expect(again.store.meetingSummaries().find((s) => s.id === ids[0])?.venue).toBe('Room 2, Town Hall');
  });

  it('reads a meeting file added by hand, and forgets one removed by hand', async () => {
    const { committee, ids, path } = await folderWith(2);
    const added = testMeeting(committee.id, { date: '2021-05-05' });
    await writeFile(path(added.id), JSON.stringify(added));
    await rm(path(ids[0]!));
    const { store, files } = await open();
    expect(meetingReads(files)).toEqual([path(added.id)]);
    expect(store.meetingIds().sort()).toEqual([ids[1]!, added.id].sort());
  });

  it.each([
    ['missing', async (p: string) => rm(p)],
    ['not JSON', async (p: string) => writeFile(p, 'not json at all')],
    ['cut short by a crash', async (p: string) => writeFile(p, (await readFile(p)).subarray(0, 40))],
    ['of another format', async (p: string) => writeFile(p, JSON.stringify({ format: 'other', meetings: [] }))],
  ])('rebuilds an index that is %s from the files, and uses it next time', async (_why, spoil) => {
    const { ids } = await folderWith(3);
    await spoil(join(dir, MEETING_INDEX_FILE));
    const first = await open();
    expect(meetingReads(first.files).length).toBe(3);
    expect(first.store.problems).toEqual([]);
    expect(
      first.store
        .meetingSummaries()
        .map((s) => s.id)
        .sort(),
    ).toEqual([...ids].sort());
    await close(first.store);
    const second = await open();
    expect(meetingReads(second.files)).toEqual([]);
  });

  it('opens a folder whose index write was cut off before its rename (a temporary file left beside it)', async () => {
    const { ids } = await folderWith(2);
    const cache = join(dir, 'cache');
    await writeFile(join(cache, `.meeting-index.json.999.abcdef.tmp`), '{"format": "scrutineer-meet');
    const { store, files } = await open();
    expect(meetingReads(files)).toEqual([]);
    expect(store.meetingIds().sort()).toEqual([...ids].sort());
  });

  it('a failed index write is only logged: the store opens and the next start reads every file', async () => {
    const { ids } = await folderWith(2);
    await rm(join(dir, MEETING_INDEX_FILE));
    const files = new FaultyFiles();
    files.failAlways('writeFileSynced', 'ENOSPC', (p) => p.includes('meeting-index'));
    const { store } = await open(files);
    expect(store.meetingIds().sort()).toEqual([...ids].sort());
    await close(store);
    const again = await open();
    expect(meetingReads(again.files).length).toBe(2);
  });
});

describe('edits and the index', () => {
  it('edits a meeting not read yet, and the index written at close has its new revision', async () => {
    const { ids } = await folderWith(2);
    const { store } = await open();
    await store.loadMeeting(ids[0]!);
    const itemId = store.meeting(ids[0]!).agenda[0]!.id;
    const other = (await open(new FaultyFiles(), { loadOnDemand: false, readOnly: true })).store;
    const otherItem = other.meeting(ids[1]!).agenda[0]!.id;
    const ack = await store.command(ids[1]!, 'notes:addParagraph', paragraph(otherItem, 'Minuted.'));
    expect(ack).toEqual({ revision: 1, saved: true });
    await store.command(ids[0]!, 'notes:addParagraph', paragraph(itemId, 'Also minuted.'));
    await close(store);
    const again = await open();
    expect(meetingReads(again.files)).toEqual([]);
    expect(again.store.meetingSummaries().map((s) => s.revision)).toEqual([1, 1]);
  });

  it('after a crash (no close, the index is stale), a saved edit is read from its file at the next open', async () => {
    const { ids, path } = await folderWith(2);
    const { store } = await open();
    await store.loadMeeting(ids[0]!);
    await store.command(ids[0]!, 'notes:addParagraph', paragraph(store.meeting(ids[0]!).agenda[0]!.id, 'Saved.'));
    // The process dies here: the lock is left, the index still has revision 0.
    stores.splice(stores.indexOf(store), 1);
    await rm(join(dir, 'scrutineer.lock'), { force: true });
    const again = await open();
    expect(meetingReads(again.files)).toEqual([path(ids[0]!)]);
    expect(again.store.meetingSummaries().find((s) => s.id === ids[0])?.revision).toBe(1);
  });

  it('adding a meeting whose id is indexed but not read is refused as existing', async () => {
    const { committee, ids } = await folderWith(1);
    const { store } = await open();
    const twin = { ...testMeeting(committee.id), id: ids[0]! };
    await expect(store.addMeeting(twin)).rejects.toMatchObject({ code: 'EXISTS' });
  });

  it('deletes a meeting not read yet, keeping its copy in the backups', async () => {
    const { ids } = await folderWith(2);
    const { store } = await open();
    await store.deleteMeeting(ids[0]!);
    expect(store.meetingIds()).toEqual([ids[1]]);
    const kept = await readdir(join(dir, 'backups', 'meetings', ids[0]!));
    expect(kept.some((n) => n.endsWith('-deleted.json'))).toBe(true);
    await close(store);
    expect((await open()).store.meetingIds()).toEqual([ids[1]]);
  });

  it('a store opened without loadOnDemand reads every file and leaves no index', async () => {
    await mkdir(join(dir, 'meetings'), { recursive: true });
    const { store, files } = await open(new FaultyFiles(), { loadOnDemand: false });
    const c = testCommittee();
    await store.changeCommittees((f) => ({ ...f, committees: [c] }));
    await store.addMeeting(testMeeting(c.id));
    await close(store);
    expect(files.log.some((e) => e.path.includes('meeting-index'))).toBe(false);
  });
});
