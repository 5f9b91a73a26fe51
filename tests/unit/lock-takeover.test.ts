// What a kill in the middle of opening can leave next to the lock, found by the kill test: a
// takeover guard created but never written, or a lock file created but never written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { acquireLock, LOCK_FILE } from '../../electron/services/store/lock';
import { nodeFileLayer } from '../../electron/services/store/file-layer';
import { processStamp, sameProcess } from '../../electron/services/store/process-stamp';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  await cleanup();
});

const DEAD_PID = 2 ** 22 + 777;
const lock = () => join(dir, LOCK_FILE);
const guard = () => join(dir, `${LOCK_FILE}.takeover`);
const staleLock = () =>
  writeFile(lock(), JSON.stringify({ pid: DEAD_PID, host: hostname(), startedAt: '2016-09-19T18:00:00.000Z' }));
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
    await writeFile(
      guard(),
      JSON.stringify({ pid: DEAD_PID + 1, host: hostname(), startedAt: '2016-09-19T18:00:00.000Z' }),
    );
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

/** A live process that is not Scrutineer: what a lock's process id may name after a restart. */
async function otherProgram(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  return child.pid!;
}

describe('a lock whose process id now names another program (issue 12, item 6)', () => {
  const lockNaming = (pid: number, extra: Record<string, unknown> = {}) =>
    writeFile(lock(), JSON.stringify({ pid, host: hostname(), startedAt: '2016-09-19T18:00:00.000Z', ...extra }));

  it('takes over a lock from before stamps were written, whose id names a process started after it', async () => {
    await lockNaming(await otherProgram());
    expect((await opensAndHolds()).join(' ')).toMatch(
      /no longer running, was taken over; process number \d+ now belongs to another program/,
    );
  });

  it.runIf(process.platform === 'linux')('takes over a lock from another boot', async () => {
    const pid = await otherProgram();
    const live = await processStamp(pid);
    await lockNaming(pid, { bootId: '00000000-0000-0000-0000-000000000000', startTicks: live!.startTicks });
    expect((await opensAndHolds()).join(' ')).toMatch(/now belongs to another program/);
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock from this boot naming the id with another start time',
    async () => {
      const pid = await otherProgram();
      const live = (await processStamp(pid))!;
      await lockNaming(pid, {
        bootId: live.bootId,
        startTicks: live.startTicks! - 1,
        startedAt: new Date().toISOString(),
      });
      expect((await opensAndHolds()).join(' ')).toMatch(/now belongs to another program/);
    },
  );

  it('still refuses a lock whose process is the one that wrote it', async () => {
    const pid = await otherProgram();
    const live = (await processStamp(pid))!;
    await lockNaming(pid, {
      startedAt: new Date().toISOString(),
      ...(live.bootId ? { bootId: live.bootId } : {}),
      ...(live.startTicks !== undefined ? { startTicks: live.startTicks } : {}),
      processStartedAt: new Date(live.startedAtMs!).toISOString(),
    });
    await expect(Store.open({ dataDir: dir })).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringMatching(/already open .* Use that window, or close it first\.$/),
    });
    expect(JSON.parse(await readFile(lock(), 'utf8')).pid).toBe(pid);
  });

  it('when the OS does not say when the process started, refuses and says how to clear a lock left behind', async () => {
    await lockNaming(await otherProgram());
    await expect(acquireLock(nodeFileLayer, dir, { stampOf: async () => undefined })).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining(`If no Scrutineer is open on this computer, process`),
    });
    await expect(acquireLock(nodeFileLayer, dir, { stampOf: async () => undefined })).rejects.toThrow(
      `delete ${lock()}, then start Scrutineer again`,
    );
  });

  it('clears a takeover guard naming a reused id, and one left for longer than a takeover can take', async () => {
    await staleLock();
    await writeFile(
      guard(),
      JSON.stringify({ pid: await otherProgram(), host: hostname(), startedAt: '2016-09-19T18:00:00.000Z' }),
    );
    expect((await opensAndHolds()).join(' ')).toMatch(/was taken over/);
    await staleLock();
    await writeFile(
      guard(),
      JSON.stringify({ pid: process.pid + 1, host: 'elsewhere', startedAt: new Date().toISOString() }),
    );
    await makeOld(guard());
    expect((await opensAndHolds()).join(' ')).toMatch(/was taken over/);
  });

  it('compares start times by the wall clock where only that is known (macOS, Windows)', () => {
    const t = Date.parse('2026-11-26T09:00:00Z');
    expect(sameProcess({ startedAtMs: t }, { startedAtMs: t + 900 })).toBe(true);
    expect(sameProcess({ startedAtMs: t }, { startedAtMs: t + 60_000 })).toBe(false);
    expect(sameProcess({ lockedAtMs: t }, { startedAtMs: t - 5_000 })).toBe(true);
    expect(sameProcess({ lockedAtMs: t }, { startedAtMs: t + 3_600_000 })).toBe(false);
    expect(sameProcess({ startedAtMs: t }, undefined)).toBeUndefined();
    expect(sameProcess({ bootId: 'a', startTicks: 5 }, { bootId: 'a', startTicks: 5, startedAtMs: 0 })).toBe(true);
    expect(sameProcess({ bootId: 'a', startTicks: 5 }, { bootId: 'b', startTicks: 5 })).toBe(false);
  });
});
