// The services' log: every failure that is handled and not rethrown leaves a line (the file and
// the reason), in a rotating file in the data folder for the app, on stderr for the CLI and dev host.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileLog, LOG_FOLDER, stderrLog } from '../../electron/services/log/log';
import { Store } from '../../electron/services/store/store';
import { FaultyFiles } from '../helpers/faulty-files';
import { testCommittee, testMeeting } from '../helpers/meetings';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scrutineer-log-'));
  dirs.push(d);
  return d;
};
const at = () => new Date('2016-09-19T18:00:00Z');

describe('the services log', () => {
  it('writes a line with the time, what failed, the file and the reason', () => {
    const dir = tempDir();
    fileLog(dir, { now: at }).warn(
      'A backup of a meeting was not written',
      new Error('ENOSPC: no space left on device'),
      'meeting-1',
    );
    expect(readFileSync(join(dir, LOG_FOLDER, 'scrutineer.log'), 'utf8')).toBe(
      '2016-09-19T18:00:00.000Z WARN A backup of a meeting was not written (meeting-1): ENOSPC: no space left on device\n',
    );
  });

  it('rotates by size, keeping the newest files', () => {
    const dir = tempDir();
    const log = fileLog(dir, { now: at, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 20; i++) log.warn(`failure ${i}`, 'a reason long enough to fill the file quickly');
    expect(readdirSync(join(dir, LOG_FOLDER)).sort()).toEqual([
      'scrutineer.1.log',
      'scrutineer.2.log',
      'scrutineer.log',
    ]);
    expect(readFileSync(join(dir, LOG_FOLDER, 'scrutineer.log'), 'utf8')).toContain('failure 19');
  });

  it('never throws, even when the log cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOG_FOLDER), 'a file where the folder should be');
    expect(() => fileLog(dir).warn('anything', new Error('x'))).not.toThrow();
  });

  it('writes one line to stderr for the CLI and the dev host, line breaks folded', () => {
    const out: string[] = [];
    stderrLog((t) => out.push(t), at).warn(
      'A temp file was not removed',
      new Error('EACCES:\npermission denied'),
      '/data/x.tmp',
    );
    expect(out).toEqual([
      '2016-09-19T18:00:00.000Z WARN A temp file was not removed (/data/x.tmp): EACCES: permission denied\n',
    ]);
  });

  it('gets a line when a backup fails: the edit is saved, the failure is not silent', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'meetings'), { recursive: true });
    const files = new FaultyFiles();
    const store = await Store.open({ dataDir: dir, files, now: at, retryMs: 5, log: fileLog(dir, { now: at }) });
    stores.push(store);
    const committee = testCommittee();
    await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
    const meeting = testMeeting(committee.id);
    await store.addMeeting(meeting);
    files.failAlways('writeFileSynced', 'ENOSPC', (p) => p.includes('backups'));
    expect(await store.command(meeting.id, 'clock:start', { at: '19:00' })).toMatchObject({ saved: true });
    const log = readFileSync(join(dir, LOG_FOLDER, 'scrutineer.log'), 'utf8');
    expect(log).toMatch(new RegExp(`WARN A backup of a meeting was not written \\(${meeting.id}\\): ENOSPC`));
  });

  it('gets a line when a temporary file is left behind by a failed write, and the edit is still refused', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'meetings'), { recursive: true });
    const files = new FaultyFiles();
    const store = await Store.open({ dataDir: dir, files, now: at, retryMs: 5, log: fileLog(dir, { now: at }) });
    stores.push(store);
    files.failNext('rename', 'EIO', { match: (p) => p.endsWith('committees.json') });
    files.failNext('unlink', 'EACCES', { match: (p) => p.endsWith('.tmp') });
    await expect(store.changeCommittees((f) => ({ ...f, committees: [testCommittee()] }))).rejects.toThrow(/not saved/);
    const log = readFileSync(join(dir, LOG_FOLDER, 'scrutineer.log'), 'utf8');
    expect(log).toMatch(
      /WARN A temporary file was not removed after a failed write \(.*committees\.json\.[^)]*\.tmp\): EACCES/,
    );
  });

  it('gets a line for a backup that cannot be read, naming it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'meetings'), { recursive: true });
    const store = await Store.open({ dataDir: dir, now: at, retryMs: 5, log: fileLog(dir, { now: at }) });
    const committee = testCommittee();
    await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
    const meeting = testMeeting(committee.id);
    await store.addMeeting(meeting);
    await store.command(meeting.id, 'clock:start', { at: '19:00' });
    await store.close();
    // A newer backup than the file, damaged: it is skipped at open, and the log says which.
    const backupDir = join(dir, 'backups', 'meetings', meeting.id);
    mkdirSync(backupDir, { recursive: true });
    const damaged = join(backupDir, `2016-09-19T18-00-00-r99-damaged.json`);
    writeFileSync(damaged, '{ not json');
    stores.push(await Store.open({ dataDir: dir, now: at, retryMs: 5, log: fileLog(dir, { now: at }) }));
    const log = readFileSync(join(dir, LOG_FOLDER, 'scrutineer.log'), 'utf8');
    expect(log).toContain(`WARN A backup that cannot be read was not compared with its meeting (${damaged})`);
  });
});
