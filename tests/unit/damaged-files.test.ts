// The catalogue of damaged files, for a meeting file and for committees.json: each is reported
// with its own code and words, left byte for byte as it was (whatever the user then does), and
// the newest backup that loads cleanly is offered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { buildRouter } from '../../electron/api/router';
import { newId } from '$shared/domain';
import { FaultyFiles } from '../helpers/faulty-files';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

type Damage = Buffer | { folder: true } | { unreadable: string };
interface Case {
  name: string;
  code: string;
  words: RegExp;
  damage: (good: Buffer, kind: 'meeting' | 'committees') => Damage;
}

const json = (g: Buffer, change: (v: Record<string, unknown>) => unknown) =>
  Buffer.from(JSON.stringify(change(JSON.parse(g.toString('utf8')))));
const half = (g: Buffer) => Math.floor(g.length / 2);

const CATALOGUE: Case[] = [
  {
    name: 'truncated',
    code: 'INVALID_JSON',
    words: /is not valid JSON \(.*\); it may have been cut short/,
    damage: (g) => g.subarray(0, half(g)),
  },
  {
    name: 'NUL-filled',
    code: 'NUL_FILLED',
    words: /is filled with NUL bytes \(\d+ bytes\): a write was cut off by a crash or power loss/,
    damage: (g) => Buffer.alloc(g.length),
  },
  {
    name: 'NUL bytes after its first half',
    code: 'NUL_BYTES',
    words: /contains NUL bytes: part of it was lost in a crash/,
    damage: (g) => Buffer.concat([g.subarray(0, half(g)), Buffer.alloc(g.length - half(g))]),
  },
  {
    name: 'invalid JSON',
    code: 'INVALID_JSON',
    words: /is not valid JSON/,
    damage: () => Buffer.from('{"format": scrutineer'),
  },
  {
    name: 'not UTF-8 text',
    code: 'NOT_UTF8',
    words: /is not UTF-8 text/,
    damage: (g) => Buffer.concat([g.subarray(0, 20), Buffer.from([0xc3, 0x28, 0xff]), g.subarray(20)]),
  },
  {
    name: 'valid JSON of the wrong shape',
    code: 'INVALID',
    words: /does not have the expected shape \((agenda|committees): /,
    damage: (g, kind) => json(g, (v) => ({ ...v, [kind === 'meeting' ? 'agenda' : 'committees']: 'nope' })),
  },
  {
    name: 'a JSON array',
    code: 'WRONG_FORMAT',
    words: /is not a scrutineer\.(meeting|committees) file \(not a JSON object\)/,
    damage: () => Buffer.from('[]'),
  },
  {
    name: 'another kind of file',
    code: 'WRONG_FORMAT',
    words: /is not a scrutineer\.(meeting|committees) file \(format is "something\.else"\)/,
    damage: (g) => json(g, (v) => ({ ...v, format: 'something.else' })),
  },
  {
    name: 'a future format version',
    code: 'FUTURE_VERSION',
    words: /was written by a newer Scrutineer \(.* version 99; this version reads up to \d+\); update the app/,
    damage: (g) => json(g, (v) => ({ ...v, version: 99 })),
  },
  { name: 'empty', code: 'EMPTY', words: /is empty \(0 bytes\)/, damage: () => Buffer.alloc(0) },
  {
    name: 'unreadable (permission refused)',
    code: 'UNREADABLE',
    words: /cannot be read: permission was refused/,
    damage: () => ({ unreadable: 'EACCES' }),
  },
  {
    name: 'unreadable (disk error)',
    code: 'UNREADABLE',
    words: /cannot be read: the disk reported an input\/output error/,
    damage: () => ({ unreadable: 'EIO' }),
  },
  {
    name: 'a folder where the file should be',
    code: 'FOLDER_NOT_FILE',
    words: /is a folder where a file should be/,
    damage: () => ({ folder: true }),
  },
];

/** A data folder with one committee and one meeting, and backups: an older good one, the newest good one, and a newer damaged one. */
async function dataFolder() {
  let clock = Date.parse('2016-09-19T17:00:00Z');
  const now = () => new Date(clock);
  const store = await Store.open({ dataDir: dir, now });
  const committee = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  await store.command(meeting.id, 'notes:addParagraph', {
    itemId: meeting.agenda[0]!.id,
    paragraphId: newId(),
    content: [{ t: 'text', text: 'First words.' }],
  });
  await store.backups.snapshot(store.meeting(meeting.id), 'older');
  clock += 60_000;
  const newestGoodMeeting = await store.backups.snapshot(store.meeting(meeting.id), 'newest');
  const exported = await buildRouter({ store, host: 'dev', version: 'test', now }).get('meetings:export')!(
    { meetingId: meeting.id },
    { trusted: true },
  );
  if (!exported.ok) throw new Error(exported.error.message);
  await store.close();
  // The committees snapshot is taken when the store opens: one on the 19th (the newest good one), an older good one, a newer damaged one.
  const again = await Store.open({ dataDir: dir, now });
  await again.close();
  const committeesBackups = join(dir, 'backups', 'committees');
  await writeFile(
    join(committeesBackups, '2016-09-18.json'),
    await readFile(join(committeesBackups, '2016-09-19.json')),
  );
  await writeFile(join(committeesBackups, '2016-09-20.json'), '{"format":"scrutineer.committees", "vers');
  await writeFile(join(again.backups.dirFor(meeting.id), '2016-09-19T17-05-00-000Z-r9-live.json'), Buffer.alloc(300));
  return {
    meeting,
    exported: exported.value,
    meetingFile: join(dir, 'meetings', `${meeting.id}.json`),
    committeesFile: join(dir, 'committees.json'),
    newestGood: { meeting: newestGoodMeeting, committees: join(committeesBackups, '2016-09-19.json') },
  };
}

async function applyDamage(path: string, damage: Damage, files: FaultyFiles): Promise<Buffer | undefined> {
  if ('folder' in damage) {
    await rm(path);
    await mkdir(path);
    return undefined;
  }
  if ('unreadable' in damage) {
    files.failAlways('readFile', damage.unreadable, (p) => p === path);
    return readFile(path);
  }
  await writeFile(path, damage);
  return damage;
}

describe.each(['meeting', 'committees'] as const)('a damaged %s file', (kind) => {
  it.each(CATALOGUE)(
    '$name: reported as $code in words, left untouched, newest good backup offered',
    async ({ code, words, damage }) => {
      const folder = await dataFolder();
      const path = kind === 'meeting' ? folder.meetingFile : folder.committeesFile;
      const files = new FaultyFiles();
      const bytes = await applyDamage(path, damage(await readFile(path), kind), files);

      const store = await Store.open({ dataDir: dir, files, retryMs: 5 });
      expect(store.problems).toHaveLength(1);
      const problem = store.problems[0]!;
      expect(problem).toMatchObject({ file: path, code, backup: folder.newestGood[kind] });
      expect(problem.message).toContain(path);
      expect(problem.message).toMatch(words);

      // What the user may try next is refused with the same words, and writes nothing over the file.
      const router = buildRouter({ store, host: 'dev', version: 'test', now: () => new Date() });
      const call = (channel: string, input: unknown) => router.get(channel)!(input, { trusted: true });
      const status = await call('store:status', {});
      expect(status).toMatchObject({
        ok: true,
        value: { problems: [{ file: path, code, backup: folder.newestGood[kind] }] },
      });
      if (kind === 'meeting') {
        const edit = await call('notes:addParagraph', {
          meetingId: folder.meeting.id,
          itemId: folder.meeting.agenda[0]!.id,
          paragraphId: newId(),
        });
        expect(edit).toMatchObject({ ok: false, error: { code: 'DAMAGED_FILE' } });
        // Importing a copy of the same meeting would write over the damaged file: refused.
        expect(await call('meetings:import', { file: folder.exported, replace: true })).toMatchObject({
          ok: false,
          error: { code: 'DAMAGED_FILE' },
        });
        expect((await call('meetings:list', {})).ok).toBe(true);
      } else {
        const created = await call('committees:create', { authority: 'Another Council', name: 'Another Committee' });
        expect(created).toMatchObject({ ok: false, error: { code: 'DAMAGED_FILE' } });
        expect((await call('committees:list', {})).ok).toBe(true);
      }
      await store.close();
      files.heal();
      if (bytes) expect(await readFile(path)).toEqual(bytes);
      else await expect(readFile(path)).rejects.toMatchObject({ code: 'EISDIR' });
    },
  );
});

describe('damage the store does not mistake for its own files', () => {
  it('ignores temp files left by a killed write, and a damaged backup never hides an older good one', async () => {
    const folder = await dataFolder();
    await writeFile(join(dir, 'meetings', `.${folder.meeting.id}.json.1234.abcdef.tmp`), Buffer.alloc(100));
    await writeFile(folder.meetingFile, '');
    const store = await Store.open({ dataDir: dir, readOnly: true });
    expect(store.problems.map((p) => p.code)).toEqual(['EMPTY']);
    expect(store.problems[0]!.backup).toBe(folder.newestGood.meeting);
  });

  it('says so when no backup is good', async () => {
    const folder = await dataFolder();
    await rm(join(dir, 'backups', 'meetings'), { recursive: true });
    await writeFile(folder.meetingFile, Buffer.alloc(64));
    const store = await Store.open({ dataDir: dir, readOnly: true });
    expect(store.problems[0]).toMatchObject({ code: 'NUL_FILLED' });
    expect(store.problems[0]!.backup).toBeUndefined();
  });
});
