// Issue 12, item 11: a 60 MB meeting file imported, and afterwards every save took about 0.45 s,
// over the 250 ms promised. A meeting file may now be at most 10 MB (a real one is a few hundred
// KB; a 10 MB save takes about 85 ms here): larger ones are refused in words when opened, imported
// or made by an edit, and nothing is changed.
import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_MEETING_FILE_BYTES, Store } from '../../electron/services/store/store';
import { newId, type Meeting } from '$shared/domain';
import { storeFolderEachTest } from '../helpers/store-folder';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
const stores = storeFolderEachTest((d) => (dir = d));

async function open() {
  const store = await Store.open({ dataDir: dir });
  stores.push(store);
  return store;
}

/** A meeting whose file (as the store writes it) is about `mb` MB: paragraphs of about 1 KB each. */
function meetingOf(committeeId: string, mb: number): Meeting {
  const m = testMeeting(committeeId);
  const itemId = m.agenda[3]!.id;
  const text = 'The committee discussed the report at length. '.repeat(22);
  const paragraph = () => ({ id: newId(), itemId, content: [{ t: 'text' as const, text }] });
  const each = fileSize({ ...m, notes: [paragraph(), paragraph()] }) - fileSize({ ...m, notes: [paragraph()] });
  const n = Math.round((mb * 1024 * 1024 - fileSize(m)) / each);
  return { ...m, notes: Array.from({ length: n }, paragraph) };
}

function fileSize(m: Meeting): number {
  return Buffer.byteLength(`${JSON.stringify(m, null, 1)}\n`);
}

describe('the 10 MB limit on a meeting file', () => {
  it('is 10 MB', () => {
    expect(MAX_MEETING_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('a file over it is not opened: reported in words naming the file and the limit, and left untouched', async () => {
    let store = await open();
    const committee = testCommittee();
    await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
    await store.close();
    const big = meetingOf(committee.id, 11);
    const path = join(dir, 'meetings', `${big.id}.json`);
    const bytes = `${JSON.stringify(big, null, 1)}\n`;
    await writeFile(path, bytes);
    store = await open();
    expect(store.problems).toEqual([
      expect.objectContaining({
        file: path,
        code: 'TOO_LARGE',
        message: `${path} is 11 MB, more than the 10 MB a meeting file may be (a real meeting is a few hundred KB), so it was not opened`,
      }),
    ]);
    expect(store.meetingIds()).toEqual([]);
    await expect(
      store.command(big.id, 'notes:addParagraph', { itemId: big.agenda[0]!.id, paragraphId: newId(), content: [] }),
    ).rejects.toMatchObject({ code: 'DAMAGED_FILE' });
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('a meeting over it is not imported or created, and nothing is written', async () => {
    const store = await open();
    const committee = testCommittee();
    await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
    const big = meetingOf(committee.id, 10.5);
    await expect(store.addMeeting(big)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(
        /^This meeting's file would be 10\.\d MB, more than the 10 MB a meeting file may be \(a real meeting is a few hundred KB\)\. Nothing was saved\.$/,
      ),
    });
    expect(await readdir(join(dir, 'meetings'))).toEqual([]);
    expect(store.meetingIds()).toEqual([]);
  });

  it('an edit that would take a meeting over it is refused, the file unchanged; smaller edits go on', async () => {
    const store = await open();
    const committee = testCommittee();
    await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
    const near = meetingOf(committee.id, 9.75);
    expect(fileSize(near)).toBeLessThan(MAX_MEETING_FILE_BYTES);
    await store.addMeeting(near);
    const path = join(dir, 'meetings', `${near.id}.json`);
    const before = await readFile(path);
    const itemId = near.agenda[3]!.id;
    const long = (c: string) => ({
      itemId,
      paragraphId: newId(),
      content: [
        { t: 'text', text: c.repeat(100_000) },
        { t: 'text', text: c.repeat(100_000) },
      ],
    });
    expect(await store.command(near.id, 'notes:addParagraph', long('a'))).toMatchObject({ saved: true });
    await expect(store.command(near.id, 'notes:addParagraph', long('b'))).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(
        /^This edit would make the meeting's file 10\.\d+ MB, more than the 10 MB a meeting file may be/,
      ),
    });
    expect(store.meeting(near.id).revision).toBe(1);
    expect((await readFile(path)).length).toBeGreaterThan(before.length);
    expect((await readFile(path)).length).toBeLessThanOrEqual(MAX_MEETING_FILE_BYTES);
    expect(
      await store.command(near.id, 'notes:addParagraph', {
        itemId,
        paragraphId: newId(),
        content: [{ t: 'text', text: 'Short.' }],
      }),
    ).toMatchObject({ saved: true });
  });
});
