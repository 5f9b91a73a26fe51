// Issue 12, item 13: starting on a full or read-only disk printed the raw ENOSPC / EROFS error and
// left an empty lock file behind; a folder where the lock file goes was reported as "another
// process keeps taking it" after five seconds. Each now gets words, and nothing is left behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { promises as fsp } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { LOCK_FILE } from '../../electron/services/store/lock';
import { nodeFileLayer } from '../../electron/services/store/file-layer';
import { FaultyFiles } from '../helpers/faulty-files';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, 'meetings'), { recursive: true });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');
const lockPath = () => join(dir, LOCK_FILE);
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function refusal(opening: Promise<Store>): Promise<{ code: string; message: string }> {
  const outcome = await opening.then(
    async (store) => {
      await store.close();
      throw new Error('the store opened');
    },
    (err: unknown) => err as { code: string; message: string },
  );
  return outcome;
}

/** A real disk that fills up: the lock file is created, then writing its bytes fails, as on a full ext4. */
function diskFullAfterCreate() {
  const open = fsp.open.bind(fsp);
  vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
    const handle = await open(...args);
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (key === 'writeFile') {
          return async () => {
            throw Object.assign(new Error(`ENOSPC: no space left on device, write`), {
              code: 'ENOSPC',
              errno: -28,
              syscall: 'write',
            });
          };
        }
        const v = Reflect.get(target, key, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  });
}

describe('starting on a disk that cannot be written', () => {
  it('a full disk: words, not ENOSPC, and no empty lock file left behind', async () => {
    diskFullAfterCreate();
    const err = await refusal(Store.open({ dataDir: dir }));
    expect(err.code).toBe('DISK_FULL');
    expect(err.message).toContain(`Scrutineer cannot start on the data folder ${dir}: the disk is full`);
    expect(err.message).toContain(lockPath());
    expect(err.message).toContain('Free some space');
    expect(err.message).not.toMatch(/ENOSPC|no space left/);
    vi.restoreAllMocks();
    expect(await readdir(dir)).toEqual(['meetings']);
    // Once there is space, the next start takes the lock at once (there is no empty lock to wait on).
    const started = Date.now();
    const store = await Store.open({ dataDir: dir });
    expect(Date.now() - started).toBeLessThan(900);
    expect(store.notices).toEqual([]);
    await store.close();
  });

  it('the file layer removes a file it created exclusively but could not write', async () => {
    diskFullAfterCreate();
    await expect(nodeFileLayer.createExclusive(join(dir, 'x.lock'), Buffer.from('{}'))).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await exists(join(dir, 'x.lock'))).toBe(false);
  });

  it('a read-only disk: words, not EROFS', async () => {
    const files = new FaultyFiles();
    files.failAlways('createExclusive', 'EROFS');
    const err = await refusal(Store.open({ dataDir: dir, files }));
    expect(err.code).toBe('READ_ONLY_DISK');
    expect(err.message).toContain('the disk is read-only, so its lock file');
    expect(err.message).toContain('SCRUTINEER_DATA_DIR');
    expect(err.message).not.toMatch(/EROFS|injected/);
  });

  it('permission refused: words, not EACCES', async () => {
    const files = new FaultyFiles();
    files.failAlways('createExclusive', 'EACCES');
    const err = await refusal(Store.open({ dataDir: dir, files }));
    expect(err.message).toContain('permission to write there was refused');
    expect(err.message).not.toMatch(/EACCES|injected/);
  });

  it('a full disk while a new folder is given the sample: words, no half sample and no lock left; the next start seeds it', async () => {
    const files = new FaultyFiles();
    files.failAlways('writeFileSynced', 'ENOSPC', (p) => p.includes('committees.json'));
    const err = await refusal(Store.open({ dataDir: dir, files, sampleDir: SAMPLE }));
    expect(err.code).toBe('DISK_FULL');
    expect(err.message).toContain('the disk is full, so the sample committee');
    expect(err.message).not.toMatch(/ENOSPC|injected/);
    expect(await readdir(join(dir, 'meetings'))).toEqual([]);
    expect(await exists(lockPath())).toBe(false);
    files.heal();
    const store = await Store.open({ dataDir: dir, files, sampleDir: SAMPLE });
    expect(store.meetingIds()).toHaveLength(1);
    expect(store.problems).toEqual([]);
    await store.close();
  });
});

describe('a folder where the lock file goes', () => {
  it('is named in words at once, not "another process keeps taking it"', async () => {
    await mkdir(lockPath());
    const started = Date.now();
    const err = await refusal(Store.open({ dataDir: dir }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(err.code).toBe('LOCK_FILE_UNUSABLE');
    expect(err.message).toContain(`${lockPath()} is a folder`);
    expect(err.message).not.toMatch(/keeps taking it/);
    expect((await stat(lockPath())).isDirectory()).toBe(true);
  });

  it('the same for its takeover guard', async () => {
    await fsp.writeFile(lockPath(), '');
    const old = new Date(Date.now() - 60_000);
    await fsp.utimes(lockPath(), old, old);
    await mkdir(`${lockPath()}.takeover`);
    const err = await refusal(Store.open({ dataDir: dir }));
    expect(err.code).toBe('LOCK_FILE_UNUSABLE');
    expect(err.message).toContain(`${lockPath()}.takeover is a folder`);
  });
});
