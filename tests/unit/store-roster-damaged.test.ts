// Issue 12, item 4: while committees.json cannot be read, the store has no roster to check people
// against. The cross-reference guard used to switch off entirely then: attendance for anybody, a
// mention of anybody and a second item numbered "2" were all saved. Now edits that name a person
// are refused in words naming the file, and every check that needs no roster still runs.
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { applyMeetingCommand } from '$shared/commands';
import { newId, type Meeting } from '$shared/domain';
import { storeFolderEachTest } from '../helpers/store-folder';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
const stores = storeFolderEachTest((d) => (dir = d));

const member = {
  id: newId(),
  kind: 'councillor' as const,
  name: 'Caroline Needham',
  title: '',
  organisation: '',
  group: '',
  aliases: [],
};

/** A meeting that already names the member (attendance and a mention), then committees.json damaged. */
async function withDamagedRoster(damage = '{"format": "scrutineer.committees", "committ') {
  const first = await Store.open({ dataDir: dir });
  const committee = testCommittee({ people: [member] });
  await first.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await first.addMeeting(meeting);
  const itemId = meeting.agenda[3]!.id;
  const paragraphId = newId();
  await first.command(meeting.id, 'attendance:set', {
    personId: member.id,
    capacity: 'member',
    status: 'present',
    lateApologies: false,
  });
  await first.command(meeting.id, 'notes:addParagraph', {
    itemId,
    paragraphId,
    content: [
      { t: 'person', personId: member.id },
      { t: 'text', text: ' introduced the report.' },
    ],
  });
  await first.close();
  await writeFile(join(dir, 'committees.json'), damage);
  const store = await Store.open({ dataDir: dir });
  stores.push(store);
  const path = join(dir, 'meetings', `${meeting.id}.json`);
  return { store, meeting: store.meeting(meeting.id), itemId, paragraphId, path, before: await readFile(path) };
}

describe('edits while committees.json is damaged', () => {
  it('reports the damaged roster as a problem (the starting point)', async () => {
    const { store } = await withDamagedRoster();
    expect(store.problems.map((p) => p.file)).toEqual([join(dir, 'committees.json')]);
  });

  const namingEdits: [string, (m: Meeting, itemId: string, paragraphId: string) => [string, unknown]][] = [
    [
      'attendance for someone on no roster',
      () => ['attendance:set', { personId: newId(), capacity: 'member', status: 'present', lateApologies: false }],
    ],
    [
      'a mention of someone on no roster',
      (_m, itemId) => [
        'notes:addParagraph',
        { itemId, paragraphId: newId(), content: [{ t: 'person', personId: newId() }] },
      ],
    ],
    [
      'a new mention of the member the roster held',
      (_m, itemId) => [
        'notes:addParagraph',
        { itemId, paragraphId: newId(), content: [{ t: 'person', personId: member.id }] },
      ],
    ],
    [
      'a declaration by the member (present, but not checkable now)',
      (_m, itemId) => [
        'declarations:add',
        { declaration: { id: newId(), personId: member.id, itemId, kind: 'other', nature: 'Ward member' } },
      ],
    ],
  ];
  for (const [what, edit] of namingEdits) {
    it(`refuses ${what} in words naming the file, and changes nothing`, async () => {
      const { store, meeting, itemId, paragraphId, path, before } = await withDamagedRoster();
      const [name, input] = edit(meeting, itemId, paragraphId);
      const refused = store.command(meeting.id, name as never, input);
      await expect(refused).rejects.toMatchObject({
        code: expect.stringMatching(/^(ROSTER_UNREADABLE|INVALID_INPUT)$/),
      });
      const err = (await refused.catch((e: unknown) => e)) as { code: string; message: string };
      if (err.code === 'INVALID_INPUT') throw new Error(`the test's input for ${name} is wrong: ${err.message}`);
      expect(err.message).toContain("the committee's roster cannot be read");
      expect(err.message).toContain(join(dir, 'committees.json'));
      expect(store.meeting(meeting.id).revision).toBe(meeting.revision);
      expect(await readFile(path)).toEqual(before);
    });
  }

  it('still refuses a second item numbered as one already there, which needs no roster', async () => {
    const { store, meeting, path, before } = await withDamagedRoster();
    const taken = meeting.agenda[1]!.number;
    await expect(
      store.command(meeting.id, 'agenda:addItem', {
        item: { id: newId(), number: taken, title: 'Another', summary: '', reportAuthor: '', kind: 'report' },
      }),
    ).rejects.toMatchObject({
      code: 'INCONSISTENT',
      message: expect.stringContaining(`two agenda items are numbered ${taken}`),
    });
    expect(await readFile(path)).toEqual(before);
  });

  it('still saves edits that name nobody new, including keeping a mention already there', async () => {
    const { store, meeting, itemId, paragraphId } = await withDamagedRoster();
    expect(
      await store.command(meeting.id, 'notes:addParagraph', {
        itemId,
        paragraphId: newId(),
        content: [{ t: 'text', text: 'The report was noted.' }],
      }),
    ).toMatchObject({ saved: true });
    const kept = [
      { t: 'person' as const, personId: member.id },
      { t: 'text' as const, text: ' introduced the report and answered questions.' },
    ];
    expect(await store.command(meeting.id, 'notes:updateParagraph', { paragraphId, content: kept })).toMatchObject({
      saved: true,
    });
    expect(await store.command(meeting.id, 'attendance:remove', { personId: member.id })).toMatchObject({
      saved: true,
    });
  });

  it("says so when the meeting's committee is simply not in committees.json", async () => {
    const { store, meeting } = await withDamagedRoster();
    const other = await Store.open({ dataDir: join(dir, 'elsewhere') });
    stores.push(other);
    await other.changeCommittees((f) => ({ ...f, committees: [testCommittee()] }));
    await other.addMeeting(meeting);
    await expect(
      other.command(meeting.id, 'attendance:set', {
        personId: newId(),
        capacity: 'member',
        status: 'present',
        lateApologies: false,
      }),
    ).rejects.toMatchObject({
      code: 'ROSTER_UNREADABLE',
      message: expect.stringContaining(
        `committee ${meeting.committeeId} is not in ${join(dir, 'elsewhere', 'committees.json')}`,
      ),
    });
    void store;
  });
});

describe('the pipeline without a committee', () => {
  const ctx = { now: { date: '2016-09-19', time: '19:00' }, timestamp: '2016-09-19T18:00:00.000Z' };
  it('checks item numbers even when no committee is given', () => {
    const m = testMeeting(newId());
    const r = applyMeetingCommand(
      m,
      'agenda:addItem',
      {
        item: {
          id: newId(),
          number: m.agenda[0]!.number,
          title: 'Again',
          summary: '',
          reportAuthor: '',
          kind: 'report',
        },
      },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, refusal: { code: 'INCONSISTENT' } });
  });
  it('refuses a new person only when told the roster cannot be read', () => {
    const m = testMeeting(newId());
    const input = { personId: newId(), capacity: 'member', status: 'present', lateApologies: false };
    expect(applyMeetingCommand(m, 'attendance:set', input, ctx).ok).toBe(true);
    expect(
      applyMeetingCommand(m, 'attendance:set', input, { ...ctx, rosterUnreadable: 'committees.json is damaged' }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'ROSTER_UNREADABLE', message: expect.stringContaining('committees.json is damaged') },
    });
  });
});
