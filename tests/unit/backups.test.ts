// Backups: a snapshot when the meeting starts, every 5 minutes while it is live, at approval;
// pruning never deletes the newest good one; an empty meeting never replaces one with content.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { Store } from '../../electron/services/store/store';
import { loadMeeting, newId, type Meeting } from '$shared/domain';
import { FaultyFiles } from '../helpers/faulty-files';
import { runCli } from '../../electron/cli/run';
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

const minutes = (n: number) => (clock += n * 60_000);

async function live(files = new FaultyFiles()) {
  const store = await Store.open({ dataDir: dir, files, now: () => new Date(clock), retryMs: 5 });
  stores.push(store);
  const committee = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  const itemId = meeting.agenda[3]!.id;
  const say = (text: string) =>
    store.command(meeting.id, 'notes:addParagraph', { itemId, paragraphId: newId(), content: [{ t: 'text', text }] });
  const backupNames = async () => (await readdir(store.backups.dirFor(meeting.id)).catch(() => [] as string[])).sort();
  return { store, meeting, say, backupNames, files };
}

async function backupOf(store: Store, meetingId: string, name: string): Promise<Meeting> {
  const loaded = loadMeeting(JSON.parse(await readFile(join(store.backups.dirFor(meetingId), name), 'utf8')));
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return loaded.value;
}

describe('snapshots', () => {
  it('takes one when the meeting starts, holding the meeting as it went live', async () => {
    const { store, meeting, backupNames } = await live();
    expect(await backupNames()).toEqual([]);
    const ack = await store.command(meeting.id, 'clock:start', { at: '19:00' });
    const names = await backupNames();
    expect(names).toEqual([
      expect.stringMatching(new RegExp(`^2016-09-19T18-00-00-000Z-r${ack.revision}-start\\.json$`)),
    ]);
    const snap = await backupOf(store, meeting.id, names[0]!);
    expect(snap).toMatchObject({ status: 'live', revision: ack.revision, clock: { startedAt: '19:00' } });
  });

  it('takes one every 5 minutes while the meeting is live, and none before or after', async () => {
    const { store, meeting, say, backupNames } = await live();
    await say('Before the start.');
    minutes(10);
    await say('Still before the start.');
    expect(await backupNames()).toEqual([]);
    await store.command(meeting.id, 'meeting:setStatus', { status: 'live', by: '' });
    const timeline: string[] = [];
    for (let t = 1; t <= 16; t++) {
      minutes(1);
      await say(`Minute ${t}.`);
      timeline.push(`${t}:${(await backupNames()).filter((n) => n.endsWith('-live.json')).length}`);
    }
    // Minutes 5, 10 and 15 after going live, each holding what was said by then.
    expect(timeline).toEqual([
      '1:0',
      '2:0',
      '3:0',
      '4:0',
      '5:1',
      '6:1',
      '7:1',
      '8:1',
      '9:1',
      '10:2',
      '11:2',
      '12:2',
      '13:2',
      '14:2',
      '15:3',
      '16:3',
    ]);
    const lastLive = (await backupNames()).filter((n) => n.endsWith('-live.json')).at(-1)!;
    expect((await backupOf(store, meeting.id, lastLive)).notes.at(-1)!.content).toEqual([
      { t: 'text', text: 'Minute 15.' },
    ]);
    await store.command(meeting.id, 'meeting:setStatus', { status: 'ended', by: '' });
    const before = (await backupNames()).length;
    minutes(30);
    await say('After the end.');
    expect((await backupNames()).length).toBe(before);
  });

  it('takes one at approval, holding the approved minutes', async () => {
    const { store, meeting, say, backupNames } = await live();
    await store.command(meeting.id, 'meeting:setStatus', { status: 'live', by: '' });
    await say('The committee noted the report.');
    await store.command(meeting.id, 'meeting:setStatus', { status: 'ended', by: '' });
    await store.command(meeting.id, 'review:send', { by: 'Clerk' });
    const ack = await store.command(meeting.id, 'review:approve', { by: 'Councillor Chair', confirmMarkers: true });
    const approval = (await backupNames()).filter((n) => n.endsWith('-approval.json'));
    expect(approval).toHaveLength(1);
    expect(await backupOf(store, meeting.id, approval[0]!)).toMatchObject({
      status: 'approved',
      revision: ack.revision,
      approval: { approvedBy: 'Councillor Chair' },
    });
  });

  it('a backup the disk refuses never blocks the edit itself', async () => {
    const files = new FaultyFiles();
    const { store, meeting, say } = await live(files);
    files.failAlways('writeFileSynced', 'ENOSPC', (p) => p.includes(`${join('backups', 'meetings')}`));
    const ack = await store.command(meeting.id, 'meeting:setStatus', { status: 'live', by: '' });
    expect(ack.saved).toBe(true);
    minutes(6);
    expect((await say('Typed while the backups folder is full.')).saved).toBe(true);
  });
});

describe('amendments and confirmation (issue 12, item 9)', () => {
  /** Approved minutes with one paragraph, amended twice: the meeting and the paragraph. */
  async function amended() {
    const files = new FaultyFiles();
    const { store, meeting, backupNames } = await live(files);
    await store.command(meeting.id, 'meeting:setStatus', { status: 'live', by: '' });
    const paragraphId = newId();
    await store.command(meeting.id, 'notes:addParagraph', {
      itemId: meeting.agenda[3]!.id,
      paragraphId,
      content: [{ t: 'text', text: 'The committee noted the report.' }],
    });
    await store.command(meeting.id, 'meeting:setStatus', { status: 'ended', by: '' });
    await store.command(meeting.id, 'review:send', { by: 'Clerk' });
    await store.command(meeting.id, 'review:approve', { by: 'Councillor Chair', confirmMarkers: true });
    const amend = (text: string, why: string) => {
      minutes(1);
      return store.command(meeting.id, 'minutes:amend', {
        by: 'Councillor Chair',
        why,
        command: { name: 'notes:updateParagraph', input: { paragraphId, content: [{ t: 'text', text }] } },
      });
    };
    files.log.length = 0;
    const first = await amend('The committee noted the report and thanked the officers.', 'The thanks were left out');
    const second = await amend('The committee noted the report and thanked the officers warmly.', 'Warmly');
    return { store, meeting, files, backupNames, first, second };
  }

  it('takes a backup at every amendment, holding it, and at confirmation', async () => {
    const { store, meeting, backupNames, second } = await amended();
    const names = (await backupNames()).filter((n) => n.endsWith('-amendment.json'));
    expect(names).toHaveLength(2);
    const newest = await backupOf(store, meeting.id, names[1]!);
    expect(newest.revision).toBe(second.revision);
    expect(newest.amendments?.map((a) => a.why)).toEqual(['The thanks were left out', 'Warmly']);
    await store.command(meeting.id, 'minutes:confirm', {
      atMeetingId: newId(),
      atMeetingDate: '2016-11-21',
      by: 'Councillor Chair',
    });
    const confirmation = (await backupNames()).filter((n) => n.endsWith('-confirmation.json'));
    expect(confirmation).toHaveLength(1);
    expect(await backupOf(store, meeting.id, confirmation[0]!)).toMatchObject({
      status: 'confirmed',
      confirmation: { atMeetingDate: '2016-11-21' },
    });
  });

  it('writes the backup only after the meeting file itself', async () => {
    const { meeting, files } = await amended();
    const order = files.log
      .filter((e) => e.op === 'rename')
      .map((e) => (e.path.includes('backups') ? 'backup' : e.path.includes(meeting.id) ? 'file' : 'other'));
    expect(order).toEqual(['file', 'backup', 'file', 'backup']);
  });

  it('restoring the newest backup keeps every amendment, and nothing is reported', async () => {
    const { store, meeting, backupNames } = await amended();
    await store.close();
    const newest = (await backupNames()).at(-1)!;
    await writeFile(
      join(dir, 'meetings', `${meeting.id}.json`),
      await readFile(join(store.backups.dirFor(meeting.id), newest)),
    );
    const again = await Store.open({ dataDir: dir, now: () => new Date(clock) });
    stores.push(again);
    expect(again.meeting(meeting.id).amendments).toHaveLength(2);
    expect(again.problems).toEqual([]);
  });

  it('an older backup restored by hand is reported with what it lacks, also by validate, and edits still go on', async () => {
    const { store, meeting, backupNames } = await amended();
    await store.close();
    const path = join(dir, 'meetings', `${meeting.id}.json`);
    const approval = (await backupNames()).find((n) => n.endsWith('-approval.json'))!;
    await writeFile(path, await readFile(join(store.backups.dirFor(meeting.id), approval)));
    const again = await Store.open({ dataDir: dir, now: () => new Date(clock) });
    stores.push(again);
    expect(again.problems).toEqual([
      expect.objectContaining({
        file: path,
        code: 'OLDER_THAN_BACKUP',
        backup: expect.stringMatching(/-amendment\.json$/),
        message: expect.stringMatching(
          /compared with that backup, it lacks 2 amendments \(by Councillor Chair on 2016-09-19: "The thanks were left out"; by Councillor Chair on 2016-09-19: "Warmly"\) and 2 revisions/,
        ),
      }),
    ]);
    const paragraphId = again.meeting(meeting.id).notes[0]!.id;
    const amend = {
      by: 'Councillor Chair',
      why: 'Again',
      command: { name: 'notes:updateParagraph', input: { paragraphId, content: [{ t: 'text', text: 'Noted.' }] } },
    };
    expect(await again.command(meeting.id, 'minutes:amend', amend)).toMatchObject({ saved: true });
    await again.close();
    const out: string[] = [];
    const code = await runCli(['validate', '--data-dir', dir], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      env: {},
      appRoot: process.cwd(),
    });
    expect(code).toBe(1);
    expect(out.join('\n')).toContain(`${path} holds revision`);
  });
});

describe('the daily copy of committees.json', () => {
  const committeesBackups = () => join(dir, 'backups', 'committees');
  async function reopen() {
    const store = await Store.open({ dataDir: dir, now: () => new Date(clock) });
    stores.push(store);
    return store;
  }
  const namesIn = async () =>
    (
      await readFile(join(committeesBackups(), `${new Date(clock).toISOString().slice(0, 10)}.json`), 'utf8').then(
        JSON.parse,
      )
    ).committees.map((c: { name: string }) => c.name) as string[];

  it('keeps the first copy of the day: a bad change and a restart the same day leave the earlier state', async () => {
    let store = await reopen();
    await store.changeCommittees((f) => ({
      ...f,
      committees: [testCommittee({ name: 'Overview and Scrutiny Committee' })],
    }));
    await store.close();
    store = await reopen(); // the day's first copy: the good state
    expect(await namesIn()).toEqual(['Overview and Scrutiny Committee']);
    await store.changeCommittees((f) => ({ ...f, committees: [] })); // the bad change
    await store.close();
    minutes(90);
    store = await reopen();
    expect(await namesIn()).toEqual(['Overview and Scrutiny Committee']);
    expect(await readdir(committeesBackups())).toEqual(['2016-09-19.json']);
    // The next day starts a copy of its own.
    await store.close();
    minutes(24 * 60);
    store = await reopen();
    expect((await readdir(committeesBackups())).sort()).toEqual(['2016-09-19.json', '2016-09-20.json']);
    expect(await namesIn()).toEqual([]);
  });

  it("writes another copy beside the day's first when that one is damaged, leaving it as it was", async () => {
    let store = await reopen();
    await store.changeCommittees((f) => ({ ...f, committees: [testCommittee({ name: 'Health Scrutiny Panel' })] }));
    await store.close();
    await mkdir(committeesBackups(), { recursive: true });
    await writeFile(join(committeesBackups(), '2016-09-19.json'), '{"format":');
    store = await reopen();
    const names = (await readdir(committeesBackups())).sort();
    expect(names).toEqual(['2016-09-19.json', '2016-09-19T18-00-00-000.json']);
    expect(await readFile(join(committeesBackups(), names[0]!), 'utf8')).toBe('{"format":');
    expect(JSON.parse(await readFile(join(committeesBackups(), names[1]!), 'utf8')).committees[0].name).toBe(
      'Health Scrutiny Panel',
    );
    await store.close();
    store = await reopen();
    expect((await readdir(committeesBackups())).length).toBe(2);
  });
});

describe('pruning', () => {
  it('keeps the newest 40 snapshots of a meeting', async () => {
    const { store, meeting, backupNames } = await live();
    for (let i = 0; i < 45; i++) {
      minutes(1);
      await store.backups.snapshot(store.meeting(meeting.id), 'test');
    }
    const names = await backupNames();
    expect(names).toHaveLength(40);
    expect(names[0]).toMatch(/^2016-09-19T18-06-00/);
  });

  it('never deletes the newest good backup, even when every newer-named one is damaged (a clock set back)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          goodAgo: fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 8 }),
          damagedAt: fc.array(fc.integer({ min: -600, max: 600 }), { minLength: 30, maxLength: 60 }),
          clockSetBack: fc.integer({ min: 0, max: 1200 }),
        }),
        async ({ goodAgo, damagedAt, clockSetBack }) => {
          // Each run gets its own data folder, also while fast-check shrinks a failure.
          for (const s of stores.splice(0)) await s.close().catch(() => undefined);
          await cleanup();
          ({ dir, cleanup } = await tempDir());
          clock = Date.parse('2016-09-19T18:00:00Z');
          const { store, meeting, backupNames } = await live();
          const folder = store.backups.dirFor(meeting.id);
          await mkdir(folder, { recursive: true });
          const good = JSON.stringify(store.meeting(meeting.id));
          const before: { name: string; good: boolean }[] = [];
          const entries = [
            ...goodAgo.map((m) => ({ offset: -m, good: true })),
            ...damagedAt.map((m) => ({ offset: m, good: false })),
          ];
          for (const [i, e] of entries.entries()) {
            const name = `${new Date(clock + e.offset * 60_000).toISOString().replace(/[:.]/g, '-')}-r${i}-old.json`;
            await writeFile(join(folder, name), e.good ? good : good.slice(0, 40));
            before.push({ name, good: e.good });
          }
          minutes(-clockSetBack);
          const added = (await store.backups.snapshot(store.meeting(meeting.id), 'now')).split(/[\\/]/).pop()!;
          const all = [...before, { name: added, good: true }].sort((a, b) => a.name.localeCompare(b.name));
          const newestGood = all.filter((b) => b.good).at(-1)!.name;
          const after = await backupNames();
          expect(after).toContain(newestGood);
          expect(after.length).toBeLessThanOrEqual(41);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps a good backup older than 40 damaged ones', async () => {
    const { store, meeting, backupNames } = await live();
    const folder = store.backups.dirFor(meeting.id);
    await mkdir(folder, { recursive: true });
    minutes(-60);
    const good = (await store.backups.snapshot(store.meeting(meeting.id), 'good')).split(/[\\/]/).pop()!;
    for (let i = 0; i < 45; i++)
      await writeFile(join(folder, `2016-09-19T19-${String(i).padStart(2, '0')}-00-000Z-r1-live.json`), '{"format":');
    minutes(-60);
    await store.backups
      .snapshot({ ...store.meeting(meeting.id), format: 'damaged' } as unknown as Meeting, 'bad')
      .catch(() => undefined);
    expect(await backupNames()).toContain(good);
  });
});

describe('an empty meeting never replaces one with content', () => {
  it('refuses the write, keeps the file and the reason, and saves again once there is content', async () => {
    const { store, meeting } = await live();
    const path = join(dir, 'meetings', `${meeting.id}.json`);
    let refused;
    for (const item of meeting.agenda) {
      const ack = await store.command(meeting.id, 'agenda:removeItem', { itemId: item.id });
      if (!ack.saved) refused = ack;
    }
    expect(refused?.saveError).toMatch(/refused to replace a meeting that has content with an empty one/);
    expect(JSON.parse(await readFile(path, 'utf8')).agenda).toHaveLength(1);
    expect(store.unsaved()).toEqual([
      expect.objectContaining({ meetingId: meeting.id, error: expect.stringMatching(/refused to replace/) }),
    ]);
    const back = await store.command(meeting.id, 'agenda:addItem', { item: { ...meeting.agenda[0]!, id: newId() } });
    expect(back.saved).toBe(true);
    expect(store.unsaved()).toEqual([]);
  });

  it('refuses an import that would replace a meeting with content by an empty one', async () => {
    const { store, meeting } = await live();
    const empty = { ...store.meeting(meeting.id), agenda: [], revision: 99 };
    await expect(store.addMeeting(empty, { replace: true })).rejects.toMatchObject({ code: 'BLANK_OVER_CONTENT' });
    expect(
      JSON.parse(await readFile(join(dir, 'meetings', `${meeting.id}.json`), 'utf8')).agenda.length,
    ).toBeGreaterThan(0);
  });
});
