import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Store, StoreError } from '../../electron/services/store/store';
import { COMMITTEES_FORMAT, newId } from '$shared/domain';
import { FaultyFiles } from '../helpers/faulty-files';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
let cleanup: () => Promise<void>;
const stores: Store[] = [];

async function open(files = new FaultyFiles(), extra: Partial<Parameters<typeof Store.open>[0]> = {}) {
  const store = await Store.open({ dataDir: dir, files, retryMs: 20, ...extra });
  stores.push(store);
  return { store, files };
}

async function withCommitteeAndMeeting(files = new FaultyFiles()) {
  const { store } = await open(files);
  const c = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [c] }));
  const m = testMeeting(c.id);
  await store.addMeeting(m);
  return { store, files, committee: c, meeting: m, path: join(dir, 'meetings', `${m.id}.json`) };
}

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

describe('durable writes', () => {
  it('answers a command only once its revision is on disk, and leaves no temp file', async () => {
    const { store, meeting, path } = await withCommitteeAndMeeting();
    const ack = await store.command(
      meeting.id,
      'notes:addParagraph',
      paragraph(meeting.agenda[4]!.id, 'Ian Heggs gave an update.'),
    );
    expect(ack).toEqual({ revision: 1, saved: true });
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.revision).toBe(1);
    expect(onDisk.notes[0].content[0].text).toBe('Ian Heggs gave an update.');
    expect((await readdir(join(dir, 'meetings'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a unique temp file each time, fsyncs it, renames, then fsyncs the folder', async () => {
    const { store, files, meeting } = await withCommitteeAndMeeting();
    files.log.length = 0;
    await store.command(meeting.id, 'notes:addParagraph', paragraph(meeting.agenda[0]!.id, 'one'));
    await store.command(meeting.id, 'notes:addParagraph', paragraph(meeting.agenda[0]!.id, 'two'));
    const writes = files.log.filter((e) => e.op === 'writeFileSynced' && e.path.includes(`${meeting.id}.json`));
    const temps = writes.map((w) => w.path);
    expect(temps.length).toBe(2);
    expect(new Set(temps).size).toBe(2);
    expect(temps.every((t) => t.endsWith('.tmp'))).toBe(true);
    const ops = files.log
      .filter((e) => (e.path.includes(meeting.id) || e.op === 'fsyncDir') && e.op !== 'stat' && e.op !== 'readFile')
      .map((e) => e.op);
    expect(ops.slice(0, 3)).toEqual(['writeFileSynced', 'rename', 'fsyncDir']);
  });

  for (const [code, op, words] of [
    ['ENOSPC', 'writeFileSynced', 'the disk is full'],
    ['EROFS', 'rename', 'the disk is read-only'],
    ['EACCES', 'writeFileSynced', 'permission was refused'],
  ] as const) {
    it(`keeps edits in memory on ${code}, leaves the old file intact, and saves them when the disk recovers`, async () => {
      // No timed retry while the folder is checked for temp files (one in flight is not one left behind): flush() retries.
      const files = new FaultyFiles();
      const { store } = await open(files, { retryMs: 60_000 });
      const committee = testCommittee();
      await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
      const meeting = testMeeting(committee.id);
      await store.addMeeting(meeting);
      const path = join(dir, 'meetings', `${meeting.id}.json`);
      const before = await readFile(path);
      files.failAlways(op, code, (p) => p.includes(meeting.id));
      const ack = await store.command(
        meeting.id,
        'notes:addParagraph',
        paragraph(meeting.agenda[1]!.id, 'kept in memory'),
      );
      expect(ack.saved).toBe(false);
      expect(ack.saveError).toContain(words);
      expect(await readFile(path)).toEqual(before);
      expect((await readdir(join(dir, 'meetings'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(store.unsaved()).toEqual([
        { meetingId: meeting.id, revision: 1, savedRevision: 0, error: `not saved: ${words}` },
      ]);
      expect(store.meeting(meeting.id).notes).toHaveLength(1);
      files.heal();
      await store.flush();
      expect(store.unsaved()).toEqual([]);
      expect(JSON.parse(await readFile(path, 'utf8')).notes[0].content[0].text).toBe('kept in memory');
    });
  }

  it('refuses to write an empty meeting over one with content', async () => {
    const { store, meeting, path } = await withCommitteeAndMeeting();
    for (const item of meeting.agenda) {
      const ack = await store.command(meeting.id, 'agenda:removeItem', { itemId: item.id });
      if (!ack.saved) {
        expect(ack.saveError).toContain('refused to replace a meeting that has content with an empty one');
        expect(JSON.parse(await readFile(path, 'utf8')).agenda.length).toBeGreaterThan(0);
        return;
      }
    }
    throw new Error('the empty meeting was written');
  });

  it('reports an unwritable data folder clearly', async () => {
    const files = new FaultyFiles();
    files.failAlways('mkdir', 'EACCES');
    await expect(Store.open({ dataDir: join(dir, 'data'), files })).rejects.toThrow(
      /cannot be created or written: permission was refused/,
    );
  });

  it('a read-only store never writes', async () => {
    const { store, meeting } = await withCommitteeAndMeeting();
    await store.close();
    const ro = await Store.open({ dataDir: dir, readOnly: true });
    await expect(ro.command(meeting.id, 'notes:addParagraph', paragraph(meeting.agenda[0]!.id, 'x'))).rejects.toThrow(
      StoreError,
    );
  });
});

describe('damaged files are reported and never overwritten', () => {
  const cases: [string, (good: string) => string | Buffer, RegExp][] = [
    ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /is not valid JSON/],
    ['NUL-filled', (g) => Buffer.alloc(g.length), /filled with NUL bytes/],
    ['empty', () => '', /is empty/],
    ['invalid JSON', () => '{"format": scrutineer', /is not valid JSON/],
    [
      'the wrong shape',
      (g) => JSON.stringify({ ...JSON.parse(g), agenda: 'nope' }),
      /does not have the expected shape/,
    ],
    ['a future version', (g) => JSON.stringify({ ...JSON.parse(g), version: 99 }), /newer Scrutineer/],
    [
      'another format',
      (g) => JSON.stringify({ ...JSON.parse(g), format: 'something.else' }),
      /is not a scrutineer.meeting file/,
    ],
  ];
  for (const [name, damage, message] of cases) {
    it(`a meeting file that is ${name}`, async () => {
      const { store, meeting, path } = await withCommitteeAndMeeting();
      await store.close();
      const bad = damage(await readFile(path, 'utf8'));
      await writeFile(path, bad);
      const { store: again } = await open();
      expect(again.problems).toHaveLength(1);
      expect(again.problems[0]!.file).toBe(path);
      expect(again.problems[0]!.message).toMatch(message);
      await expect(async () => again.meeting(meeting.id)).rejects.toMatchObject({ code: 'DAMAGED_FILE' });
      await again.close();
      expect(await readFile(path)).toEqual(Buffer.from(bad));
    });
  }

  it('a folder where a meeting file should be', async () => {
    await mkdir(join(dir, 'meetings', 'abc.json'), { recursive: true });
    const { store } = await open();
    expect(store.problems[0]!.message).toMatch(/folder where a file should be/);
  });

  it('an unreadable file (permission refused) is reported by name', async () => {
    const { store, meeting, path } = await withCommitteeAndMeeting();
    await store.close();
    const files = new FaultyFiles();
    files.failAlways('readFile', 'EACCES', (p) => p === path);
    const { store: again } = await open(files);
    expect(again.problems[0]).toMatchObject({ file: path, code: 'UNREADABLE' });
    expect(again.problems[0]!.message).toContain('permission was refused');
    expect(again.meetingIds()).not.toContain(meeting.id);
  });

  it('a damaged committees.json is kept as it is and committee changes are refused', async () => {
    await writeFile(join(dir, 'committees.json'), '{"format":"scrutineer.committees","version":1,"committees":[{"id":');
    const { store } = await open();
    expect(store.problems[0]!.code).toBe('INVALID_JSON');
    await expect(store.changeCommittees((f) => f)).rejects.toMatchObject({ code: 'DAMAGED_FILE' });
    expect(await readFile(join(dir, 'committees.json'), 'utf8')).toContain('"committees":[{"id":');
  });

  it('offers the newest good backup of a damaged meeting', async () => {
    const { store, meeting, path } = await withCommitteeAndMeeting();
    await store.backups.snapshot(store.meeting(meeting.id), 'start');
    await store.close();
    await writeFile(path, '');
    const { store: again } = await open();
    expect(again.problems[0]!.backup).toMatch(/backups\/meetings\/.*-start\.json$/);
  });
});

describe('one writer per data folder', () => {
  // Taken now: a lock dated before its process started names a process that reused the id (lock-takeover.test.ts).
  async function writeLock(pid: number, host = hostname(), startedAt = new Date().toISOString()) {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'scrutineer.lock'), JSON.stringify({ pid, host, startedAt }));
  }

  it('refuses a folder locked by a live process', async () => {
    await writeLock(process.ppid);
    await expect(Store.open({ dataDir: dir })).rejects.toThrow(/already open on the data folder .* \(process \d+/);
  });

  it('refuses a second process on the same folder while the first holds it', async () => {
    await open();
    const script = `import { Store } from './electron/services/store/store.ts';
      try { await Store.open({ dataDir: process.argv[1] }); console.log('OPENED'); }
      catch (e) { console.log(e.code + ': ' + e.message); }`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/^LOCKED: Scrutineer is already open on the data folder/);
  });

  it('takes over a stale lock with a notice', async () => {
    await writeLock(2 ** 22 + 12345);
    const { store } = await open();
    expect(store.notices.join(' ')).toMatch(/no longer running, was taken over/);
    const lock = JSON.parse(await readFile(join(dir, 'scrutineer.lock'), 'utf8'));
    expect(lock.pid).toBe(process.pid);
  });

  it('refuses a lock held from another computer', async () => {
    await writeLock(1, 'the-chairs-laptop');
    await expect(Store.open({ dataDir: dir })).rejects.toThrow(/another computer \(the-chairs-laptop/);
  });

  it('releases the lock on close; read-only opening takes none', async () => {
    const { store } = await open();
    await store.close();
    await expect(readFile(join(dir, 'scrutineer.lock'))).rejects.toThrow();
    await writeLock(process.ppid);
    const ro = await Store.open({ dataDir: dir, readOnly: true });
    expect(ro.readOnly).toBe(true);
  });
});

describe('first run', () => {
  it('seeds an empty folder with the sample, and never seeds over data', async () => {
    const sampleDir = join(dir, 'sample');
    await mkdir(join(sampleDir, 'meetings'), { recursive: true });
    const c = testCommittee();
    const m = testMeeting(c.id);
    await writeFile(
      join(sampleDir, 'committees.json'),
      JSON.stringify({ format: COMMITTEES_FORMAT, version: 1, committees: [c] }),
    );
    await writeFile(join(sampleDir, 'meetings', `${m.id}.json`), JSON.stringify(m));
    const dataDir = join(dir, 'data');
    const first = await Store.open({ dataDir, sampleDir });
    expect(first.committees.map((x) => x.name)).toEqual(['Test Scrutiny Committee']);
    expect(first.meetingIds()).toEqual([m.id]);
    expect(first.notices.join(' ')).toMatch(/sample committee/);
    await first.changeCommittees((f) => ({ ...f, committees: [] }));
    await first.close();
    const second = await Store.open({ dataDir, sampleDir });
    expect(second.committees).toEqual([]);
    expect(second.notices).toEqual([]);
    await second.close();
  });
});
