// What a kill in the middle of opening can leave next to the lock, found by the kill test: a
// takeover guard created but never written, or a lock file created but never written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { LOCK_FILE } from '../../electron/services/store/lock';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const DEAD_PID = 2 ** 22 + 777;
const lock = () => join(dir, LOCK_FILE);
const guard = () => join(dir, `${LOCK_FILE}.takeover`);
const staleLock = () => writeFile(lock(), JSON.stringify({ pid: DEAD_PID, host: hostname(), startedAt: '2016-09-19T18:00:00.000Z' }));
async function makeOld(path: string) {
  const old = new Date(Date.now() - 60_000);
  await utimes(path, old, old);
}

async function opensAndHolds(): Promise<string[]> {
  const store = await Store.open({ dataDir: dir });
  const held = JSON.parse(await readFile(lock(), 'utf8'));
  expect(held.pid).toBe(process.pid);
  await store.close();
  return store.notices;
}

describe('taking over the lock after a kill in the middle of opening', () => {
  it('clears an empty takeover guard a killed process left a moment ago', async () => {
    await staleLock();
    await writeFile(guard(), '');
    expect((await opensAndHolds()).join(' ')).toMatch(/no longer running, was taken over/);
    await expect(readFile(guard())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('clears a takeover guard naming a process that is gone', async () => {
    await staleLock();
    await writeFile(guard(), JSON.stringify({ pid: DEAD_PID + 1, host: hostname(), startedAt: '2016-09-19T18:00:00.000Z' }));
    expect((await opensAndHolds()).join(' ')).toMatch(/no longer running, was taken over/);
  });

  it('replaces a lock file that was created but never written', async () => {
    await writeFile(lock(), '');
    await makeOld(lock());
    expect((await opensAndHolds()).join(' ')).toMatch(/An unreadable lock file .* was replaced/);
  });

  it('gives a lock file that may still be being written a second before replacing it', async () => {
    await writeFile(lock(), '');
    const started = Date.now();
    await opensAndHolds();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
