// The store's last line of defence, found by the API fuzzer: whatever a command checks itself,
// no edit may leave a reference to a person or item that is not there, or two items with one number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { newId } from '$shared/domain';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
let cleanup: () => Promise<void>;
let store: Store;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await Store.open({ dataDir: dir });
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

async function meetingWithRoster() {
  const committee = testCommittee({
    people: [
      {
        id: newId(),
        kind: 'councillor',
        name: 'Caroline Needham',
        title: '',
        organisation: '',
        group: '',
        aliases: [],
      },
    ],
  });
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  const path = join(dir, 'meetings', `${meeting.id}.json`);
  return { committee, meeting, path, before: await readFile(path) };
}

describe('edits that would leave a meeting inconsistent', () => {
  it('refuses attendance for someone not on the roster, changing nothing', async () => {
    const { meeting, path, before } = await meetingWithRoster();
    const stranger = newId();
    await expect(
      store.command(meeting.id, 'attendance:set', {
        personId: stranger,
        capacity: 'member',
        status: 'present',
        lateApologies: false,
      }),
    ).rejects.toMatchObject({
      code: 'INCONSISTENT',
      message: expect.stringContaining(`attendance names person ${stranger}, who is not in the committee's roster`),
    });
    expect(store.meeting(meeting.id).revision).toBe(meeting.revision);
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses a second agenda item with a number already used', async () => {
    const { meeting } = await meetingWithRoster();
    const taken = meeting.agenda[0]!.number;
    await expect(
      store.command(meeting.id, 'agenda:addItem', {
        item: { id: newId(), number: taken, title: 'Another', summary: '', reportAuthor: '', kind: 'report' },
      }),
    ).rejects.toMatchObject({
      code: 'INCONSISTENT',
      message: expect.stringContaining(`two agenda items are numbered ${taken}`),
    });
  });

  it('still accepts the same edits when they are consistent', async () => {
    const { committee, meeting } = await meetingWithRoster();
    const ack = await store.command(meeting.id, 'attendance:set', {
      personId: committee.people[0]!.id,
      capacity: 'member',
      status: 'present',
      lateApologies: false,
    });
    expect(ack).toMatchObject({ revision: meeting.revision + 1, saved: true });
  });
});
